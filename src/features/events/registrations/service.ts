import crypto from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import { safeEqual } from '../../../platform/auth/tokens.ts';
import { japanToday, type ServiceContext } from '../../../platform/context/service-context.ts';
import { Conflict, Invalid, NotFound } from '../../../platform/errors/app-error.ts';
import * as eventRepository from '../repository.ts';
import type { EventRow } from '../schema.ts';
import { applicationWindowState } from '../service.ts';
import { createRegistrationToken, personalLinkExpiresAt, readRegistrationToken } from './personal-link.ts';
import * as repository from './repository.ts';
import type { RegistrationRow } from './schema.ts';
import { confirmationChanges, fillFreedSeats, moveTo, queueApplicantMail, queuePaymentReminder, settleSeats } from './seats.ts';
import { activeStatuses } from './status.ts';
import type { ApplicationInput } from './validation.ts';

export type ApplyOutcome =
  | { kind: 'created' | 'repeated'; registration: RegistrationRow; token: string }
  | { kind: 'duplicate' };

/**
 * Applies to an event: confirmed while seats remain, else waitlisted in order.
 * The same form sent twice returns the first application; another application
 * with the same mail address makes none and mails that person their link again.
 */
export async function applyToEvent(ctx: ServiceContext, secret: string, eventId: string, input: ApplicationInput): Promise<ApplyOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.db.transaction(async (tx) => applyOnce(ctx, tx, secret, eventId, input));
    } catch (error) {
      // Two applications that raced past the checks on different events can
      // only meet on a reference number; a new one is drawn on retry.
      if (attempt < 3 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

async function applyOnce(ctx: ServiceContext, tx: Database, secret: string, eventId: string, input: ApplicationInput): Promise<ApplyOutcome> {
  const event = await eventRepository.selectEventForUpdate(tx, ctx.tenantId, eventId);
  if (!event || event.status === 'draft') throw new NotFound('event_not_found', 'events.notFound');
  const window = applicationWindowState(event, ctx.now);
  if (window !== 'open') throw new Conflict(`application_${window}`, `events.apply.${window}`);
  await settleSeats(ctx, tx, event);

  const repeated = await repository.selectBySubmissionKey(tx, ctx.tenantId, event.id, input.submissionKey);
  if (repeated) return { kind: 'repeated', registration: repeated, token: createRegistrationToken(secret, ctx.tenantId, repeated.id) };
  const sameMail = await repository.selectActiveByEmail(tx, ctx.tenantId, event.id, input.email);
  if (sameMail) {
    await queueApplicantMail(ctx, tx, sameMail, 'link-resent', { key: japanToday(ctx.now) });
    return { kind: 'duplicate' };
  }

  validateAnswers(event, input);
  const fee = feeFor(event, input);
  const free = event.capacity === null || (await repository.countSeatsTaken(tx, ctx.tenantId, event.id)) < event.capacity;
  const { consent: _consent, participantTypeId, ...person } = input;
  const draft = await repository.insertRegistration(tx, ctx.tenantId, {
    ...person,
    participantTypeId,
    eventId: event.id,
    reference: await newReference(tx, ctx.tenantId),
    status: free ? 'confirmed' : 'waitlisted',
    statusChangedAt: ctx.now,
    feeYen: fee,
    paymentStatus: fee === 0 ? 'not_required' : 'unpaid',
    createdAt: ctx.now,
  });
  const changes = free ? confirmationChanges(event, draft, ctx.now) : {};
  const registration = Object.keys(changes).length ? await repository.updateRegistration(tx, ctx.tenantId, draft.id, changes) : draft;
  await queueApplicantMail(ctx, tx, registration, free ? 'confirmed' : 'waitlisted');
  if (free) await queuePaymentReminder(ctx, tx, event, registration);
  await recordAudit(ctx, tx, { action: 'apply', entityType: 'event_registration', entityId: registration.id, after: { reference: registration.reference, status: registration.status } });
  return { kind: 'created', registration, token: createRegistrationToken(secret, ctx.tenantId, registration.id) };
}

function validateAnswers(event: EventRow, input: ApplicationInput): void {
  // Only the event's own questions are answered: anything else is refused, not stored.
  const known = new Set(event.questions.map((q) => q.id));
  const unknown = Object.keys(input.answers).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Invalid([{ path: 'answers', message: 'events.apply.unknownQuestion' }]);
  const problems = event.questions
    .filter((q) => q.required && !(input.answers[q.id] ?? '').trim())
    .map((q) => ({ path: `q_${q.id}`, message: 'validation.required' }));
  const choiceProblems = event.questions
    .filter((q) => q.kind === 'choice' && input.answers[q.id] && !q.options.includes(input.answers[q.id]!))
    .map((q) => ({ path: `q_${q.id}`, message: 'validation.choice' }));
  if (problems.length + choiceProblems.length > 0) throw new Invalid([...problems, ...choiceProblems]);
}

function feeFor(event: EventRow, input: ApplicationInput): number {
  if (event.participantTypes.length === 0) return event.feeYen;
  const type = event.participantTypes.find((t) => t.id === input.participantTypeId);
  if (!type) throw new Invalid([{ path: 'participantTypeId', message: 'validation.choice' }]);
  return type.feeYen;
}

/** An eight-digit number, easy to write in a bank transfer's name field. */
async function newReference(db: Database, tenantId: string): Promise<string> {
  for (;;) {
    const reference = String(crypto.randomInt(10_000_000, 100_000_000));
    if (!(await repository.referenceExists(db, tenantId, reference))) return reference;
  }
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } })?.code ?? (error as { cause?: { code?: string } })?.cause?.code;
  return code === '23505';
}

export type ApplicationView = {
  event: EventRow;
  registration: RegistrationRow;
  waitlistPosition: number | null;
  canCancel: boolean;
  token: string;
};

/** Reads an application through its personal link; offers past their time are settled first, so nothing waits on a job. */
export async function openApplication(ctx: ServiceContext, secret: string, token: string): Promise<ApplicationView> {
  return ctx.db.transaction(async (tx) => {
    const { event, registration } = await lockedByToken(ctx, tx, secret, token);
    await settleSeats(ctx, tx, event);
    const current = (await repository.selectRegistration(tx, ctx.tenantId, registration.id))!;
    return viewOf(ctx, tx, event, current, token);
  });
}

async function viewOf(ctx: ServiceContext, db: Database, event: EventRow, registration: RegistrationRow, token: string): Promise<ApplicationView> {
  const waitlistPosition = registration.status === 'waitlisted' ? await repository.waitlistPosition(db, ctx.tenantId, event.id, registration.seq) : null;
  return { event, registration, waitlistPosition, canCancel: canCancelNow(event, registration, ctx.now), token };
}

/** Applicants may cancel (or leave the waitlist) until `selfCancelHours` before the start. */
export function canCancelNow(event: EventRow, registration: RegistrationRow, now: Date): boolean {
  if (!activeStatuses.includes(registration.status)) return false;
  return now.getTime() <= event.startsAt.getTime() - event.selfCancelHours * 3_600_000;
}

async function lockedByToken(ctx: ServiceContext, tx: Database, secret: string, token: string): Promise<{ event: EventRow; registration: RegistrationRow }> {
  const id = readRegistrationToken(secret, ctx.tenantId, token);
  const found = id ? await repository.selectRegistration(tx, ctx.tenantId, id) : undefined;
  const event = found ? await eventRepository.selectEventForUpdate(tx, ctx.tenantId, found.eventId) : undefined;
  if (!found || !event || ctx.now > personalLinkExpiresAt(event)) throw new NotFound('registration_link_invalid', 'events.link.invalid');
  const registration = (await repository.selectRegistration(tx, ctx.tenantId, found.id))!;
  return { event, registration };
}

/** The applicant cancels (or leaves the waitlist) through their link; the seat goes to the next in line. */
export async function cancelApplication(ctx: ServiceContext, secret: string, token: string): Promise<ApplicationView> {
  return ctx.db.transaction(async (tx) => {
    const { event, registration } = await lockedByToken(ctx, tx, secret, token);
    if (!canCancelNow(event, registration, ctx.now)) throw new Conflict('cancel_not_allowed', activeStatuses.includes(registration.status) ? 'events.cancel.tooLate' : 'events.cancel.notActive');
    const cancelled = await moveTo(ctx, tx, registration, 'cancelled');
    await queueApplicantMail(ctx, tx, cancelled, 'cancelled');
    await recordAudit(ctx, tx, { action: 'cancel', entityType: 'event_registration', entityId: cancelled.id, before: { status: registration.status }, after: { status: 'cancelled' } });
    await settleSeats(ctx, tx, event);
    return viewOf(ctx, tx, event, cancelled, token);
  });
}

/** The applicant takes an offered seat of a fee event (before the offer runs out). */
export async function acceptOffer(ctx: ServiceContext, secret: string, token: string): Promise<ApplicationView> {
  return ctx.db.transaction(async (tx) => {
    const { event, registration: before } = await lockedByToken(ctx, tx, secret, token);
    await settleSeats(ctx, tx, event);
    const registration = (await repository.selectRegistration(tx, ctx.tenantId, before.id))!;
    if (registration.status !== 'offered') throw new Conflict('offer_not_open', registration.status === 'expired' ? 'events.offer.expired' : 'events.offer.notOpen');
    const confirmed = await moveTo(ctx, tx, registration, 'confirmed', { offerExpiresAt: null, ...confirmationChanges(event, registration, ctx.now) });
    await queueApplicantMail(ctx, tx, confirmed, 'offer-accepted');
    await queuePaymentReminder(ctx, tx, event, confirmed);
    return viewOf(ctx, tx, event, confirmed, token);
  });
}

/** The applicant turns an offered seat down; it goes to the next in line. */
export async function declineOffer(ctx: ServiceContext, secret: string, token: string): Promise<ApplicationView> {
  return ctx.db.transaction(async (tx) => {
    const { event, registration: before } = await lockedByToken(ctx, tx, secret, token);
    await settleSeats(ctx, tx, event);
    const registration = (await repository.selectRegistration(tx, ctx.tenantId, before.id))!;
    if (registration.status !== 'offered') throw new Conflict('offer_not_open', registration.status === 'expired' ? 'events.offer.expired' : 'events.offer.notOpen');
    const declined = await moveTo(ctx, tx, registration, 'declined', { offerExpiresAt: null });
    await queueApplicantMail(ctx, tx, declined, 'declined');
    await fillFreedSeats(ctx, tx, event);
    return viewOf(ctx, tx, event, declined, token);
  });
}

/** Expires overdue offers of one event and moves the waitlist on (the scheduled side of "checked on read"). */
export async function settleEvent(ctx: ServiceContext, eventId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const event = await eventRepository.selectEventForUpdate(tx, ctx.tenantId, eventId);
    if (event) await settleSeats(ctx, tx, event);
  });
}

/** Queues a mail to every live applicant telling them the event was cancelled or postponed; returns how many. Call inside the change's transaction. */
export async function notifyApplicantsOfEventChange(ctx: ServiceContext, db: Database, eventId: string, change: 'cancelled' | 'postponed', changeKey: string): Promise<number> {
  const applicants = await repository.selectRegistrationsOfEvent(db, ctx.tenantId, eventId, activeStatuses);
  for (const registration of applicants) await queueApplicantMail(ctx, db, registration, change === 'cancelled' ? 'event-cancelled' : 'event-postponed', { key: changeKey });
  return applicants.length;
}

/** Seats taken and left, and how many wait, for the public event page. */
export async function seatSummary(ctx: ServiceContext, event: EventRow): Promise<{ taken: number; remaining: number | null; waiting: number }> {
  const counts = await repository.countByStatus(ctx.db, ctx.tenantId, event.id);
  const taken = (counts.confirmed ?? 0) + (counts.offered ?? 0);
  return { taken, remaining: event.capacity === null ? null : Math.max(0, event.capacity - taken), waiting: counts.waitlisted ?? 0 };
}

/** The mails sent to one applicant, oldest first (for staff). */
export async function findApplicationMails(ctx: ServiceContext, registrationId: string): Promise<{ subject: string; sentAt: Date }[]> {
  return repository.selectMailsOf(ctx.db, ctx.tenantId, registrationId);
}

export type AttendedTraining = { eventId: string; title: string; startsAt: Date; status: RegistrationRow['status']; attended: boolean };

/** The volunteer trainings a registered volunteer applied to, with attendance, newest first (for the volunteer's profile). */
export async function findTrainingsOfVolunteer(ctx: ServiceContext, volunteerId: string): Promise<AttendedTraining[]> {
  const rows = await repository.selectTrainingsOfVolunteer(ctx.db, ctx.tenantId, volunteerId);
  return rows.map((r) => ({ eventId: r.eventId, title: r.title, startsAt: r.startsAt, status: r.status, attended: r.checkedInAt !== null }));
}

/** Links an application to a registered volunteer (or unlinks it), so their trainings show on the profile. */
export async function linkApplicationToVolunteer(ctx: ServiceContext, registrationId: string, volunteerId: string | null): Promise<RegistrationRow> {
  assertRole(ctx, 'admin', 'coordinator');
  return ctx.db.transaction(async (tx) => {
    const before = await repository.selectRegistration(tx, ctx.tenantId, registrationId);
    if (!before) throw new NotFound();
    const after = await repository.updateRegistration(tx, ctx.tenantId, before.id, { volunteerId });
    await recordAudit(ctx, tx, { action: 'update', entityType: 'event_registration', entityId: after.id, before: { volunteerId: before.volunteerId }, after: { volunteerId } });
    return after;
  });
}

/**
 * Checks a participant's on-demand ID and password (for the viewing page):
 * valid only for a confirmed application, with the exact password, inside the viewing window.
 */
export async function checkOnDemandAccess(ctx: ServiceContext, eventId: string, accessId: string, password: string): Promise<{ valid: boolean; until: Date | null }> {
  const event = await eventRepository.selectEvent(ctx.db, ctx.tenantId, eventId);
  const registration = event ? await repository.selectByAccessId(ctx.db, ctx.tenantId, eventId, accessId) : undefined;
  const inWindow = Boolean(event?.onDemand && (!event.onDemandFrom || ctx.now >= event.onDemandFrom) && (!event.onDemandUntil || ctx.now <= event.onDemandUntil));
  const matches = Boolean(registration && registration.accessPassword && safeEqual(registration.accessPassword, password));
  const valid = inWindow && matches && registration?.status === 'confirmed';
  return { valid, until: valid ? (event?.onDemandUntil ?? null) : null };
}

/** After staff change an event (more seats, no limit any more): expired offers settle and the waitlist moves on. Call inside the change's transaction, holding the event's lock. */
export async function fillSeatsAfterEventChange(ctx: ServiceContext, db: Database, event: EventRow): Promise<void> {
  await settleSeats(ctx, db, event);
}
