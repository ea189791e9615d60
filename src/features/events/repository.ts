import { and, asc, desc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { eventSessions, events, type EventRow, type EventSessionRow } from './schema.ts';

export async function selectEvent(db: Database, tenantId: string, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(and(eq(events.tenantId, tenantId), eq(events.id, id)));
  return row;
}

/**
 * The event row locked for the rest of the transaction: every change to an
 * event's seats takes this lock first, so seats are counted and given one
 * applicant at a time (the per-quota lock pretix uses, here per event).
 */
export async function selectEventForUpdate(db: Database, tenantId: string, id: string): Promise<EventRow | undefined> {
  const [row] = await db.select().from(events).where(and(eq(events.tenantId, tenantId), eq(events.id, id))).for('update');
  return row;
}

/** Published (and cancelled or postponed, so people see the notice) events ending after `since`, soonest first. */
export async function selectPublicEvents(db: Database, tenantId: string, since: Date): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(and(eq(events.tenantId, tenantId), inArray(events.status, ['published', 'closed', 'cancelled', 'postponed']), gte(events.endsAt, since)))
    .orderBy(asc(events.startsAt));
}

/** Past public events, newest first. */
export async function selectPastPublicEvents(db: Database, tenantId: string, before: Date, limit: number): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(and(eq(events.tenantId, tenantId), inArray(events.status, ['published', 'closed', 'cancelled', 'postponed']), lt(events.endsAt, before)))
    .orderBy(desc(events.startsAt))
    .limit(limit);
}

export async function selectEventSessions(db: Database, tenantId: string, eventId: string): Promise<EventSessionRow[]> {
  return db
    .select()
    .from(eventSessions)
    .where(and(eq(eventSessions.tenantId, tenantId), eq(eventSessions.eventId, eventId)))
    .orderBy(asc(eventSessions.sortOrder));
}
