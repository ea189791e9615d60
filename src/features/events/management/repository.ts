import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { registrations } from '../registrations/schema.ts';
import { eventSessions, events, type EventRow, type EventSessionRow, type EventStatus } from '../schema.ts';

export type NewEventRow = Omit<typeof events.$inferInsert, 'tenantId'>;
export type NewEventSessionRow = Omit<typeof eventSessions.$inferInsert, 'tenantId' | 'eventId'>;

export async function insertEvent(db: Database, tenantId: string, values: NewEventRow): Promise<EventRow> {
  const [row] = await db.insert(events).values({ ...values, tenantId }).returning();
  return row!;
}

export async function insertEvents(db: Database, tenantId: string, values: NewEventRow[]): Promise<EventRow[]> {
  if (values.length === 0) return [];
  return db.insert(events).values(values.map((v) => ({ ...v, tenantId }))).returning();
}

export async function updateEventRow(db: Database, tenantId: string, id: string, values: Partial<NewEventRow>): Promise<EventRow | undefined> {
  const [row] = await db.update(events).set(values).where(and(eq(events.tenantId, tenantId), eq(events.id, id))).returning();
  return row;
}

export async function selectSessions(db: Database, tenantId: string, eventIds: string[]): Promise<EventSessionRow[]> {
  if (eventIds.length === 0) return [];
  return db
    .select()
    .from(eventSessions)
    .where(and(eq(eventSessions.tenantId, tenantId), inArray(eventSessions.eventId, eventIds)))
    .orderBy(asc(eventSessions.eventId), asc(eventSessions.sortOrder));
}

/** Replaces the whole programme of one event (run inside the event's transaction). */
export async function replaceSessions(db: Database, tenantId: string, eventId: string, sessions: NewEventSessionRow[]): Promise<EventSessionRow[]> {
  await db.delete(eventSessions).where(and(eq(eventSessions.tenantId, tenantId), eq(eventSessions.eventId, eventId)));
  if (sessions.length === 0) return [];
  return db.insert(eventSessions).values(sessions.map((s, i) => ({ ...s, sortOrder: i, tenantId, eventId }))).returning();
}

export async function insertSessionsForEvents(db: Database, tenantId: string, rows: (NewEventSessionRow & { eventId: string })[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(eventSessions).values(rows.map((r) => ({ ...r, tenantId })));
}

export type EventListFilter = { now: Date; when: 'upcoming' | 'past'; status?: EventStatus };

/** Staff list: upcoming (not yet ended) soonest first, or past most recent first. */
export async function selectEventsForStaff(db: Database, tenantId: string, filter: EventListFilter): Promise<EventRow[]> {
  const conditions = [eq(events.tenantId, tenantId), filter.when === 'upcoming' ? gte(events.endsAt, filter.now) : lt(events.endsAt, filter.now)];
  if (filter.status) conditions.push(eq(events.status, filter.status));
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(filter.when === 'upcoming' ? asc(events.startsAt) : desc(events.startsAt))
    .limit(500);
}

export type PublicEventFilter = { statuses: readonly EventStatus[]; from?: Date; to?: Date };

/** Events in the given statuses, optionally those ending on or after `from` and starting before `to`, soonest first. */
export async function selectEventsInStatuses(db: Database, tenantId: string, filter: PublicEventFilter): Promise<EventRow[]> {
  const range = filter;
  const conditions = [eq(events.tenantId, tenantId), inArray(events.status, [...filter.statuses])];
  if (range.from) conditions.push(gte(events.endsAt, range.from));
  if (range.to) conditions.push(lt(events.startsAt, range.to));
  return db.select().from(events).where(and(...conditions)).orderBy(asc(events.startsAt)).limit(1000);
}

/** Applications per event by status, for the staff list. */
export async function countApplicationsByEvent(db: Database, tenantId: string, eventIds: string[]): Promise<Map<string, { applications: number; confirmed: number; waitlisted: number }>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .select({
      eventId: registrations.eventId,
      applications: sql<number>`count(*)::int`,
      confirmed: sql<number>`(count(*) filter (where ${registrations.status} = 'confirmed'))::int`,
      waitlisted: sql<number>`(count(*) filter (where ${registrations.status} = 'waitlisted'))::int`,
    })
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), inArray(registrations.eventId, eventIds)))
    .groupBy(registrations.eventId);
  return new Map(rows.map((r) => [r.eventId, { applications: Number(r.applications), confirmed: Number(r.confirmed), waitlisted: Number(r.waitlisted) }]));
}
