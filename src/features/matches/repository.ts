import { and, asc, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { helpRequests } from '../help-requests/schema.ts';
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

/** Proposed or accepted matches of these volunteers on open requests other than `exceptRequestId`: what overlaps and monthly load are counted from. */
export async function selectLiveMatchesOfVolunteers(db: Database, tenantId: string, volunteerIds: string[], exceptRequestId: string): Promise<MatchRow[]> {
  if (volunteerIds.length === 0) return [];
  const rows = await db
    .select({ match: matches })
    .from(matches)
    .innerJoin(helpRequests, and(eq(helpRequests.id, matches.helpRequestId), eq(helpRequests.tenantId, matches.tenantId)))
    .where(
      and(
        eq(matches.tenantId, tenantId),
        inArray(matches.volunteerId, volunteerIds),
        inArray(matches.status, ['proposed', 'accepted']),
        ne(matches.helpRequestId, exceptRequestId),
        sql`${helpRequests.status} NOT IN ('closed', 'unmet')`,
      ),
    );
  return rows.map((r) => r.match);
}

/** How many activities each of these volunteers has done for this resident. */
export async function countActivitiesWithResident(db: Database, tenantId: string, volunteerIds: string[], residentId: string): Promise<Map<string, number>> {
  if (volunteerIds.length === 0) return new Map();
  const rows = await db
    .select({ volunteerId: activityRecords.volunteerId, n: sql<number>`count(*)::int` })
    .from(activityRecords)
    .innerJoin(helpRequests, and(eq(helpRequests.id, activityRecords.helpRequestId), eq(helpRequests.tenantId, activityRecords.tenantId)))
    .where(and(eq(activityRecords.tenantId, tenantId), eq(helpRequests.residentId, residentId), inArray(activityRecords.volunteerId, volunteerIds)))
    .groupBy(activityRecords.volunteerId);
  return new Map(rows.map((r) => [r.volunteerId, r.n]));
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
