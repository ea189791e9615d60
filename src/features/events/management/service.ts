import type { Database } from '../../../db/client.ts';
import { recordAudit, recordAuditMany } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { Conflict, Invalid, NotFound } from '../../../platform/errors/app-error.ts';
import type { EventRow, EventSessionRow, EventStatus } from '../schema.ts';
import { fillSeatsAfterEventChange, notifyApplicantsOfEventChange } from '../registrations/service.ts';
import { canChangeEventStatus, publicEventStatuses } from './event-status.ts';
import { copiedEventValues, copiedSessionValues, eventRowValues, hasPlaceToAttend, sessionRowValues } from './event-values.ts';
import * as eventRepository from '../repository.ts';
import * as repository from './repository.ts';
import type { CreateEventInput, StaffEventListQuery } from './validation.ts';

export type EventWithSessions = { event: EventRow; sessions: EventSessionRow[] };
export type SeedEvent = { input: CreateEventInput; status: EventStatus };
export type StaffEventListItem = EventRow & { applications: number; confirmed: number; waitlisted: number };

const writers = ['admin', 'coordinator'] as const;
const readers = ['admin', 'coordinator', 'staff'] as const;
const copySuffix = '（コピー）';

function inTransaction<T>(ctx: ServiceContext, work: (db: Database) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work(tx as unknown as Database));
}

async function lockEvent(ctx: ServiceContext, db: Database, id: string): Promise<EventRow> {
  const event = await eventRepository.selectEventForUpdate(db, ctx.tenantId, id);
  if (!event) throw new NotFound('event_not_found', 'events.mgmt.notFound');
  return event;
}

function assertPlaceToAttend(event: Pick<EventRow, 'inPerson' | 'venueName' | 'liveOnline' | 'onDemand'>): void {
  if (!hasPlaceToAttend(event)) throw new Invalid([{ path: 'venueName', message: 'events.mgmt.placeRequired' }]);
}

/** Staff list of events, upcoming (soonest first) or past (latest first), with application counts. */
export async function findEventsForStaff(ctx: ServiceContext, query: StaffEventListQuery): Promise<StaffEventListItem[]> {
  assertRole(ctx, ...readers);
  const rows = await repository.selectEventsForStaff(ctx.db, ctx.tenantId, { now: ctx.now, when: query.when, status: query.status });
  const counts = await repository.countApplicationsByEvent(ctx.db, ctx.tenantId, rows.map((r) => r.id));
  return rows.map((row) => ({ ...row, ...(counts.get(row.id) ?? { applications: 0, confirmed: 0, waitlisted: 0 }) }));
}

/** One event with its programme, drafts included (staff only). */
export async function getEventForStaff(ctx: ServiceContext, id: string): Promise<EventWithSessions> {
  assertRole(ctx, ...readers);
  const event = await eventRepository.selectEvent(ctx.db, ctx.tenantId, id);
  if (!event) throw new NotFound('event_not_found', 'events.mgmt.notFound');
  return { event, sessions: await repository.selectSessions(ctx.db, ctx.tenantId, [id]) };
}

/** Adds an event as a draft, with its programme. */
export async function createEvent(ctx: ServiceContext, input: CreateEventInput): Promise<EventRow> {
  assertRole(ctx, ...writers);
  return inTransaction(ctx, async (db) => {
    const event = await repository.insertEvent(db, ctx.tenantId, { ...eventRowValues(input, ctx.now), status: 'draft', createdAt: ctx.now });
    const sessions = await repository.replaceSessions(db, ctx.tenantId, event.id, sessionRowValues(input));
    await recordAudit(ctx, db, { action: 'create', entityType: 'event', entityId: event.id, after: { ...event, sessions } });
    return event;
  });
}

/** Changes an event and replaces its whole programme in the same transaction. */
export async function updateEvent(ctx: ServiceContext, id: string, input: CreateEventInput): Promise<EventRow> {
  assertRole(ctx, ...writers);
  return inTransaction(ctx, async (db) => {
    const before = await lockEvent(ctx, db, id);
    if (before.status === 'cancelled') throw new Conflict('event_cancelled', 'events.mgmt.cancelledIsFinal');
    const values = eventRowValues(input, ctx.now);
    if (before.status !== 'draft') assertPlaceToAttend(input);
    const beforeSessions = await repository.selectSessions(db, ctx.tenantId, [id]);
    const after = (await repository.updateEventRow(db, ctx.tenantId, id, values))!;
    const sessions = await repository.replaceSessions(db, ctx.tenantId, id, sessionRowValues(input));
    // More seats (or none any more) move the waitlist on at once.
    await fillSeatsAfterEventChange(ctx, db, after);
    await recordAudit(ctx, db, { action: 'update', entityType: 'event', entityId: id, before: { ...before, sessions: beforeSessions }, after: { ...after, sessions } });
    return after;
  });
}

/** Makes a draft copy of an event and its programme, titled 「…（コピー）」, without any applications. */
export async function copyEvent(ctx: ServiceContext, id: string): Promise<EventRow> {
  assertRole(ctx, ...writers);
  return inTransaction(ctx, async (db) => {
    const source = await eventRepository.selectEvent(db, ctx.tenantId, id);
    if (!source) throw new NotFound('event_not_found', 'events.mgmt.notFound');
    const sessions = await repository.selectSessions(db, ctx.tenantId, [id]);
    const copy = await repository.insertEvent(db, ctx.tenantId, copiedEventValues(source, `${source.title}${copySuffix}`, ctx.now));
    await repository.replaceSessions(db, ctx.tenantId, copy.id, copiedSessionValues(sessions));
    await recordAudit(ctx, db, { action: 'copy', entityType: 'event', entityId: copy.id, before: { copiedFrom: id }, after: copy });
    return copy;
  });
}

async function changeStatus(ctx: ServiceContext, id: string, to: EventStatus, notice: string | null, onChange?: (db: Database, event: EventRow) => Promise<void>): Promise<EventRow> {
  assertRole(ctx, ...writers);
  return inTransaction(ctx, async (db) => {
    const before = await lockEvent(ctx, db, id);
    if (!canChangeEventStatus(before.status, to)) throw new Conflict('event_status', 'events.mgmt.statusNotAllowed');
    if (to === 'published') assertPlaceToAttend(before);
    const after = (await repository.updateEventRow(db, ctx.tenantId, id, { status: to, statusNotice: notice ?? before.statusNotice, updatedAt: ctx.now }))!;
    await onChange?.(db, after);
    await recordAudit(ctx, db, { action: to === 'published' ? 'publish' : to === 'closed' ? 'close' : to === 'cancelled' ? 'cancel_event' : 'postpone', entityType: 'event', entityId: id, before: { status: before.status, statusNotice: before.statusNotice }, after: { status: after.status, statusNotice: after.statusNotice } });
    return after;
  });
}

/** Opens an event to the public (it needs a venue, or a live or on-demand delivery). */
export async function publishEvent(ctx: ServiceContext, id: string): Promise<EventRow> {
  return changeStatus(ctx, id, 'published', '');
}

/** Closes applications; the event stays on the public pages. */
export async function closeEvent(ctx: ServiceContext, id: string): Promise<EventRow> {
  return changeStatus(ctx, id, 'closed', null);
}

/** Cancels an event with a notice, and queues a mail to every applicant in the same transaction. */
export async function cancelEvent(ctx: ServiceContext, id: string, notice: string): Promise<EventRow> {
  return changeStatus(ctx, id, 'cancelled', notice, (db, event) => notifyOfChange(ctx, db, event, 'cancelled'));
}

/** Postpones an event with a notice, and queues a mail to every applicant in the same transaction. */
export async function postponeEvent(ctx: ServiceContext, id: string, notice: string): Promise<EventRow> {
  return changeStatus(ctx, id, 'postponed', notice, (db, event) => notifyOfChange(ctx, db, event, 'postponed'));
}

async function notifyOfChange(ctx: ServiceContext, db: Database, event: EventRow, change: 'cancelled' | 'postponed'): Promise<void> {
  // One key per change: a retried request mails nobody twice, a second postponement mails again.
  await notifyApplicantsOfEventChange(ctx, db, event.id, change, `${change}:${ctx.now.toISOString()}`);
}

/** Events the public may see (never drafts), optionally within a range, each with its programme. */
export async function findPublicEventsWithSessions(ctx: ServiceContext, range: { from?: Date; to?: Date; statuses?: readonly EventStatus[] } = {}): Promise<EventWithSessions[]> {
  const rows = await repository.selectEventsInStatuses(ctx.db, ctx.tenantId, { statuses: range.statuses ?? publicEventStatuses, from: range.from, to: range.to });
  const sessions = await repository.selectSessions(ctx.db, ctx.tenantId, rows.map((r) => r.id));
  return rows.map((event) => ({ event, sessions: sessions.filter((s) => s.eventId === event.id) }));
}

/** One event the public may see, with its programme; drafts and other tenants' events are not found. */
export async function getPublicEventWithSessions(ctx: ServiceContext, id: string): Promise<EventWithSessions> {
  const event = await eventRepository.selectEvent(ctx.db, ctx.tenantId, id);
  if (!event || !publicEventStatuses.includes(event.status)) throw new NotFound('event_not_found', 'events.mgmt.notFound');
  return { event, sessions: await repository.selectSessions(ctx.db, ctx.tenantId, [id]) };
}

/** Adds many events with their programmes in a few statements (demo data, imports), one audit row each. */
export async function createEventsInBulk(ctx: ServiceContext, items: SeedEvent[]): Promise<number> {
  assertRole(ctx, 'admin');
  return inTransaction(ctx, async (db) => {
    const rows = await repository.insertEvents(db, ctx.tenantId, items.map(({ input, status }) => ({ ...eventRowValues(input, ctx.now), status, createdAt: ctx.now })));
    await repository.insertSessionsForEvents(db, ctx.tenantId, rows.flatMap((row, i) => sessionRowValues(items[i]!.input).map((s, order) => ({ ...s, eventId: row.id, sortOrder: order }))));
    await recordAuditMany(ctx, db, rows.map((row) => ({ action: 'create', entityType: 'event', entityId: row.id, after: row })));
    return rows.length;
  });
}
