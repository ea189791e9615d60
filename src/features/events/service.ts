import type { ServiceContext } from '../../platform/context/service-context.ts';
import { NotFound } from '../../platform/errors/app-error.ts';
import * as repository from './repository.ts';
import type { EventRow, EventSessionRow } from './schema.ts';

export type { EventRow, EventSessionRow };

/** Statuses the public may see; a draft exists only for staff. */
const publicStatuses = new Set<EventRow['status']>(['published', 'closed', 'cancelled', 'postponed']);

/** One event as the public may see it (drafts are not found unless the actor is staff). */
export async function getEvent(ctx: ServiceContext, id: string): Promise<EventRow> {
  const event = await repository.selectEvent(ctx.db, ctx.tenantId, id);
  if (!event || (!publicStatuses.has(event.status) && !ctx.actor)) throw new NotFound('event_not_found', 'events.notFound');
  return event;
}

/** Public events that have not ended yet, soonest first. */
export async function findPublicEvents(ctx: ServiceContext): Promise<EventRow[]> {
  return repository.selectPublicEvents(ctx.db, ctx.tenantId, ctx.now);
}

/** The most recent public events that have ended. */
export async function findPastPublicEvents(ctx: ServiceContext, limit = 20): Promise<EventRow[]> {
  return repository.selectPastPublicEvents(ctx.db, ctx.tenantId, ctx.now, limit);
}

/** The programme of one event, in order. */
export async function findEventSessions(ctx: ServiceContext, eventId: string): Promise<EventSessionRow[]> {
  return repository.selectEventSessions(ctx.db, ctx.tenantId, eventId);
}

/** Whether applications are accepted at `now`: published, inside the window, and not yet started. */
export function applicationWindowState(event: EventRow, now: Date): 'open' | 'not_yet_open' | 'closed' | 'started' | 'unavailable' {
  if (event.status !== 'published') return 'unavailable';
  if (now >= event.startsAt) return 'started';
  if (now < event.applicationOpensAt) return 'not_yet_open';
  if (now > event.applicationClosesAt) return 'closed';
  return 'open';
}
