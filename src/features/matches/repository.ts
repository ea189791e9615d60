import { and, asc, desc, eq, inArray, isNotNull, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { JapanMonth } from '../../platform/wareki/japan-time.ts';
import { districts } from '../areas/schema.ts';
import { helpRequests } from '../help-requests/schema.ts';
import { volunteers } from '../volunteers/schema.ts';
import { wantedWeekdays, type Candidate, type WantedTime } from './ranking.ts';
import { activityRecords, matches } from './schema.ts';

export type MatchRow = typeof matches.$inferSelect;
export type ActivityRecordRow = typeof activityRecords.$inferSelect;

export async function insertMatch(db: Database, tenantId: string, values: Omit<typeof matches.$inferInsert, 'tenantId'>): Promise<MatchRow> {
  const [row] = await db.insert(matches).values({ ...values, tenantId }).returning();
  return row!;
}

export async function selectMatch(db: Database, tenantId: string, id: string): Promise<MatchRow | undefined> {
  const [row] = await db.select().from(matches).where(and(eq(matches.tenantId, tenantId), eq(matches.id, id))).limit(1);
  return row;
}

export async function updateMatchRow(db: Database, tenantId: string, id: string, values: Partial<typeof matches.$inferInsert>): Promise<MatchRow | undefined> {
  const [row] = await db.update(matches).set(values).where(and(eq(matches.tenantId, tenantId), eq(matches.id, id))).returning();
  return row;
}

export async function selectMatchesOfRequest(db: Database, tenantId: string, helpRequestId: string): Promise<MatchRow[]> {
  return db.select().from(matches).where(and(eq(matches.tenantId, tenantId), eq(matches.helpRequestId, helpRequestId))).orderBy(asc(matches.proposedAt));
}

type CandidateTuple = [string, string, string, string[], string, number, number | string, boolean, number | string, number | null, number | null, number | null, number | null];
type Coordinates = { latitude: number | null; longitude: number | null };

/** What ranking reads about one volunteer, with their own coordinates and their district's centre (which one counts is the service's rule). */
export type CandidateInputRow = Omit<Candidate, 'position'> & { home: Coordinates; districtCentre: Coordinates };

/** What the candidate query needs to know about the request being matched. */
export type CandidateQuery = {
  helpTypeId: string;
  // The matching pool: registered, can do the help, insured on or after `insuredSince` (this 年度) and by `today`.
  insuredSince: string;
  today: string;
  residentId: string;
  exceptRequestId: string;
  // This month in Japan: the assignments that count against each volunteer's monthly limit.
  month: JapanMonth;
  time: WantedTime;
};

// A live match meets the wanted time (ranking.ts timesOverlap, in SQL): the slots meet, and the same date, or a weekday in common.
function overlapsWanted(time: WantedTime): SQL {
  const slot = time.slot ? sql`(${matches.timeSlot} = '' OR ${matches.timeSlot} = ${time.slot})` : sql`true`;
  if (time.date) {
    const weekday = wantedWeekdays(time)[0]!;
    return sql`${slot} AND (${matches.scheduledOn} = ${time.date} OR (${matches.scheduledOn} IS NULL AND ${weekday}::int = ANY(${matches.weekdays})))`;
  }
  if (time.weekdays.length === 0) return sql`false`;
  const days = sql`ARRAY[${sql.join(time.weekdays.map((d) => sql`${d}::int`), sql`, `)}]`;
  return sql`${slot} AND ((${matches.scheduledOn} IS NOT NULL AND extract(dow FROM ${matches.scheduledOn})::int = ANY(${days})) OR (${matches.scheduledOn} IS NULL AND ${matches.weekdays} && ${days}))`;
}

/**
 * An accepted match takes one of the volunteer's places this month when it
 * was accepted this month, falls on a day of this month, or recurs on a
 * request still open. An undated one-off (the public form asks no date)
 * counts by when it was accepted; a month is Japan's, not the server's.
 */
function takesPlaceThisMonth(month: JapanMonth): SQL {
  return sql`((${matches.respondedAt} >= ${month.start.toISOString()}::timestamptz AND ${matches.respondedAt} < ${month.end.toISOString()}::timestamptz)
    OR ${matches.scheduledOn} BETWEEN ${month.firstDay} AND ${month.lastDay}
    OR (cardinality(${matches.weekdays}) > 0 AND ${helpRequests.status} NOT IN ('closed', 'unmet')))`;
}

/**
 * Everything ranking reads about each volunteer in the matching pool, in one
 * query: their place, free times and limit; their assignments this month
 * (takesPlaceThisMonth, on any request); whether a live match (proposed or
 * accepted, on an open request other than this one) overlaps the wanted
 * time; and how many activities they did for this resident.
 */
export async function selectCandidateInputs(db: Database, tenantId: string, query: CandidateQuery): Promise<CandidateInputRow[]> {
  const live = db
    .select({
      volunteerId: matches.volunteerId,
      overlap: sql<boolean>`bool_or(${overlapsWanted(query.time)})`.as('overlap'),
    })
    .from(matches)
    .innerJoin(helpRequests, and(eq(helpRequests.id, matches.helpRequestId), eq(helpRequests.tenantId, matches.tenantId)))
    .where(and(eq(matches.tenantId, tenantId), inArray(matches.status, ['proposed', 'accepted']), ne(matches.helpRequestId, query.exceptRequestId), notInArray(helpRequests.status, ['closed', 'unmet'])))
    .groupBy(matches.volunteerId)
    .as('live');
  const load = db
    .select({ volunteerId: matches.volunteerId, assignments: sql<number>`count(*)`.as('assignments') })
    .from(matches)
    .innerJoin(helpRequests, and(eq(helpRequests.id, matches.helpRequestId), eq(helpRequests.tenantId, matches.tenantId)))
    .where(and(eq(matches.tenantId, tenantId), eq(matches.status, 'accepted'), takesPlaceThisMonth(query.month)))
    .groupBy(matches.volunteerId)
    .as('load');
  const known = db
    .select({ volunteerId: activityRecords.volunteerId, activities: sql<number>`count(*)`.as('activities') })
    .from(activityRecords)
    .innerJoin(helpRequests, and(eq(helpRequests.id, activityRecords.helpRequestId), eq(helpRequests.tenantId, activityRecords.tenantId)))
    .where(and(eq(activityRecords.tenantId, tenantId), eq(helpRequests.tenantId, tenantId), eq(helpRequests.residentId, query.residentId)))
    .groupBy(activityRecords.volunteerId)
    .as('known');
  // Thousands of volunteers can do common help: one JSON value per query
  // decodes in a fraction of the time of thousands of rows of arrays
  // (PGlite and node-postgres decode every field in JS).
  const [row] = await db
    .select({
      candidates: sql<CandidateTuple[]>`coalesce(json_agg(json_build_array(${volunteers.id}, ${volunteers.districtId}, ${volunteers.areaId}, ${volunteers.availability}, ${volunteers.travelRange}, ${volunteers.monthlyAssignmentLimit}, coalesce(${load.assignments}, 0), coalesce(${live.overlap}, false), coalesce(${known.activities}, 0), ${volunteers.latitude}, ${volunteers.longitude}, ${districts.latitude}, ${districts.longitude})), '[]'::json)`,
    })
    .from(volunteers)
    .leftJoin(districts, and(eq(districts.id, volunteers.districtId), eq(districts.tenantId, volunteers.tenantId)))
    .leftJoin(live, eq(live.volunteerId, volunteers.id))
    .leftJoin(load, eq(load.volunteerId, volunteers.id))
    .leftJoin(known, eq(known.volunteerId, volunteers.id))
    .where(
      and(
        eq(volunteers.tenantId, tenantId),
        eq(volunteers.status, 'registered'),
        sql`${volunteers.helpTypeIds} @> ARRAY[${query.helpTypeId}]::uuid[]`,
        sql`${volunteers.insuranceEnrolledOn} BETWEEN ${query.insuredSince} AND ${query.today}`,
      ),
    );
  return (row?.candidates ?? []).map(([id, districtId, areaId, availability, travelRange, monthlyAssignmentLimit, assignments, hasOverlap, activities, latitude, longitude, centreLatitude, centreLongitude]) => ({
    id, districtId, areaId, availability, travelRange, monthlyAssignmentLimit, assignmentsThisMonth: Number(assignments), hasOverlap, activitiesWithResident: Number(activities),
    home: { latitude, longitude }, districtCentre: { latitude: centreLatitude, longitude: centreLongitude },
  }));
}

/** Why a volunteer who can do the help is not in the matching pool; a withdrawn one is no volunteer any more and is not counted. */
export type PoolExclusion = 'notRegistered' | 'paused' | 'uninsured' | 'insuranceExpired';

/** How many volunteers who can do the help are kept out of the pool, by the first rule that keeps them out (the pool query's rules, in order). */
export async function countPoolExclusions(db: Database, tenantId: string, query: Pick<CandidateQuery, 'helpTypeId' | 'insuredSince' | 'today'>): Promise<Partial<Record<PoolExclusion, number>>> {
  const reason = sql<PoolExclusion | 'pool'>`CASE
    WHEN ${volunteers.status} IN ('applied', 'interviewed') THEN 'notRegistered'
    WHEN ${volunteers.status} <> 'registered' THEN 'paused'
    WHEN ${volunteers.insuranceEnrolledOn} IS NULL OR ${volunteers.insuranceEnrolledOn} > ${query.today} THEN 'uninsured'
    WHEN ${volunteers.insuranceEnrolledOn} < ${query.insuredSince} THEN 'insuranceExpired'
    ELSE 'pool' END`;
  const rows = await db
    .select({ reason, count: sql<number>`count(*)::int` })
    .from(volunteers)
    .where(and(eq(volunteers.tenantId, tenantId), ne(volunteers.status, 'withdrawn'), sql`${volunteers.helpTypeIds} @> ARRAY[${query.helpTypeId}]::uuid[]`))
    .groupBy(sql`1`);
  return Object.fromEntries(rows.filter((r) => r.reason !== 'pool').map((r) => [r.reason, Number(r.count)]));
}

export async function selectMatchesOfVolunteer(db: Database, tenantId: string, volunteerId: string): Promise<MatchRow[]> {
  return db
    .select()
    .from(matches)
    .where(and(eq(matches.tenantId, tenantId), eq(matches.volunteerId, volunteerId), inArray(matches.status, ['proposed', 'accepted'])))
    .orderBy(desc(matches.proposedAt))
    .limit(50);
}

export async function insertActivityRecord(db: Database, tenantId: string, values: Omit<typeof activityRecords.$inferInsert, 'tenantId'>): Promise<ActivityRecordRow> {
  const [row] = await db.insert(activityRecords).values({ ...values, tenantId }).returning();
  return row!;
}

export async function selectActivityRecords(db: Database, tenantId: string, filter: { helpRequestId?: string; volunteerId?: string }): Promise<ActivityRecordRow[]> {
  const conditions = [eq(activityRecords.tenantId, tenantId)];
  if (filter.helpRequestId) conditions.push(eq(activityRecords.helpRequestId, filter.helpRequestId));
  if (filter.volunteerId) conditions.push(eq(activityRecords.volunteerId, filter.volunteerId));
  return db.select().from(activityRecords).where(and(...conditions)).orderBy(desc(activityRecords.activityOn)).limit(200);
}

export async function selectActivityRecord(db: Database, tenantId: string, id: string): Promise<ActivityRecordRow | undefined> {
  const [row] = await db.select().from(activityRecords).where(and(eq(activityRecords.tenantId, tenantId), eq(activityRecords.id, id))).limit(1);
  return row;
}

export async function confirmActivityRecordRow(db: Database, tenantId: string, id: string, userId: string, now: Date): Promise<void> {
  await db.update(activityRecords).set({ confirmedAt: now, confirmedByUserId: userId }).where(and(eq(activityRecords.tenantId, tenantId), eq(activityRecords.id, id)));
}

/** Confirmed activity totals of one volunteer: count and minutes. */
export async function sumActivitiesOfVolunteer(db: Database, tenantId: string, volunteerId: string): Promise<{ count: number; minutes: number }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, minutes: sql<number>`coalesce(sum(${activityRecords.minutes}), 0)::int` })
    .from(activityRecords)
    .where(and(eq(activityRecords.tenantId, tenantId), eq(activityRecords.volunteerId, volunteerId), isNotNull(activityRecords.confirmedAt)));
  return row ?? { count: 0, minutes: 0 };
}

/** Matches accepted and confirmed activities (count, minutes) in a date range, optionally for some request areas. */
export async function sumYear(db: Database, tenantId: string, range: { start: string; end: string }, areaIds: readonly string[] | undefined) {
  const area = areaIds ? (areaIds.length ? inArray(helpRequests.areaId, [...areaIds]) : sql`false`) : undefined;
  const [accepted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(matches)
    .innerJoin(helpRequests, and(eq(helpRequests.id, matches.helpRequestId), eq(helpRequests.tenantId, matches.tenantId)))
    .where(and(eq(matches.tenantId, tenantId), eq(matches.status, 'accepted'), sql`(${matches.respondedAt} AT TIME ZONE 'Asia/Tokyo')::date BETWEEN ${range.start} AND ${range.end}`, area));
  const [activities] = await db
    .select({ count: sql<number>`count(*)::int`, minutes: sql<number>`coalesce(sum(${activityRecords.minutes}), 0)::int` })
    .from(activityRecords)
    .innerJoin(helpRequests, and(eq(helpRequests.id, activityRecords.helpRequestId), eq(helpRequests.tenantId, activityRecords.tenantId)))
    .where(and(eq(activityRecords.tenantId, tenantId), isNotNull(activityRecords.confirmedAt), sql`${activityRecords.activityOn} BETWEEN ${range.start} AND ${range.end}`, area));
  return { matches: accepted?.n ?? 0, activities: activities?.count ?? 0, minutes: activities?.minutes ?? 0 };
}
