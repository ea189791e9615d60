import type { EventStatus } from '../schema.ts';

/**
 * Which status an event may move to from each status. A cancelled event is
 * final; a postponed one is published again once it has new dates.
 */
const transitions: Record<EventStatus, readonly EventStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['closed', 'cancelled', 'postponed'],
  closed: ['published', 'cancelled', 'postponed'],
  postponed: ['published', 'cancelled'],
  cancelled: [],
};

/** True when an event may move from `from` to `to`. */
export function canChangeEventStatus(from: EventStatus, to: EventStatus): boolean {
  return transitions[from].includes(to);
}

/** The statuses the public sees (a draft exists only for staff). */
export const publicEventStatuses: readonly EventStatus[] = ['published', 'closed', 'cancelled', 'postponed'];
