/**
 * The fixed set of application statuses. Each says whether it holds a seat;
 * every change of status must be allowed by the transition table.
 */
export const registrationStatuses = ['confirmed', 'waitlisted', 'offered', 'cancelled', 'declined', 'expired'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** Whether a status holds one of the event's seats (an open offer keeps the seat for the person offered). */
export const takesSeat: Record<RegistrationStatus, boolean> = {
  confirmed: true,
  offered: true,
  waitlisted: false,
  cancelled: false,
  declined: false,
  expired: false,
};

export const seatTakingStatuses = registrationStatuses.filter((s) => takesSeat[s]);

/** Statuses of an application that is still alive (one per mail address and event). */
export const activeStatuses: readonly RegistrationStatus[] = ['confirmed', 'waitlisted', 'offered'];

const transitions: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  // A freed seat: confirmed at once (free events) or offered (fee events); or the person leaves.
  waitlisted: ['confirmed', 'offered', 'cancelled'],
  offered: ['confirmed', 'declined', 'expired', 'cancelled'],
  confirmed: ['cancelled'],
  cancelled: [],
  declined: [],
  expired: [],
};

/** True when an application may move from `from` to `to`. */
export function canTransition(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return transitions[from].includes(to);
}

/** Every allowed move, for tests and documentation. */
export function allowedTransitions(from: RegistrationStatus): readonly RegistrationStatus[] {
  return transitions[from];
}
