import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { registrations } from '../registrations/schema.ts';
import { events } from '../schema.ts';

export type YearlyEventFigures = { fiscalYear: number; eventsHeld: number; trainingsHeld: number; applications: number; confirmed: number; attended: number };

// The 年度 (April–March) an event starts in, on the Japan calendar.
const fiscalYear = sql<number>`(extract(year from ((${events.startsAt} at time zone 'Asia/Tokyo') - interval '3 months')))::int`;

// Held: published or closed (not a draft, not cancelled or postponed) and already started.
function heldBy(now: Date) {
  return and(inArray(events.status, ['published', 'closed']), lte(events.startsAt, now));
}

/**
 * Per 年度: events held, volunteer trainings held, and the applications,
 * confirmed places and attendances (checked in) of those events. Oldest first.
 */
export async function selectYearlyEventFigures(db: Database, tenantId: string, now: Date): Promise<YearlyEventFigures[]> {
  const held = await db
    .select({
      fiscalYear,
      eventsHeld: sql<number>`count(*)::int`,
      trainingsHeld: sql<number>`(count(*) filter (where ${events.isVolunteerTraining}))::int`,
    })
    .from(events)
    .where(and(eq(events.tenantId, tenantId), heldBy(now)))
    .groupBy(fiscalYear);
  const people = await db
    .select({
      fiscalYear,
      applications: sql<number>`count(${registrations.id})::int`,
      confirmed: sql<number>`(count(${registrations.id}) filter (where ${registrations.status} = 'confirmed'))::int`,
      attended: sql<number>`(count(${registrations.id}) filter (where ${registrations.checkedInAt} is not null))::int`,
    })
    .from(registrations)
    .innerJoin(events, and(eq(events.id, registrations.eventId), eq(events.tenantId, registrations.tenantId)))
    .where(and(eq(registrations.tenantId, tenantId), heldBy(now)))
    .groupBy(fiscalYear);
  return held
    .map((h) => {
      const p = people.find((x) => Number(x.fiscalYear) === Number(h.fiscalYear));
      return { fiscalYear: Number(h.fiscalYear), eventsHeld: Number(h.eventsHeld), trainingsHeld: Number(h.trainingsHeld), applications: Number(p?.applications ?? 0), confirmed: Number(p?.confirmed ?? 0), attended: Number(p?.attended ?? 0) };
    })
    .sort((a, b) => a.fiscalYear - b.fiscalYear);
}
