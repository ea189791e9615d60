import crypto from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { enqueueJob } from '../../../platform/jobs/jobs.ts';
import type { EventRow } from '../schema.ts';
import * as repository from './repository.ts';
import type { RegistrationRow } from './schema.ts';
import { canTransition, type RegistrationStatus } from './status.ts';

// The seat rules. Every function here runs inside a transaction that holds
// the event's row lock (repository.selectEventForUpdate), so counts and
// changes never interleave with another applicant's.

export type ApplicantMailKind =
  | 'confirmed'
  | 'waitlisted'
  | 'promoted'
  | 'offered'
  | 'offer-accepted'
  | 'offer-expired'
  | 'declined'
  | 'cancelled'
  | 'link-resent'
  | 'payment-reminder'
  | 'payment-recorded'
  | 'event-cancelled'
  | 'event-postponed'
  | 'announcement';

export const applicantMailJob = 'events.applicant-mail';
export const settleEventJob = 'events.settle';

export type QueuedJob = Parameters<typeof enqueueJob>[1];

/** The job that sends one mail to one applicant, at most once per key (queue it with the change it tells of). */
export function applicantMail(
  ctx: ServiceContext,
  registration: RegistrationRow,
  kind: ApplicantMailKind,
  options: { key?: string; runAt?: Date; announcementId?: string } = {},
): QueuedJob {
  const mailKey = options.key ? `${kind}:${options.key}` : kind;
  return {
    tenantId: ctx.tenantId,
    name: applicantMailJob,
    payload: { registrationId: registration.id, kind, mailKey, announcementId: options.announcementId ?? null },
    uniqueKey: `${applicantMailJob}:${registration.id}:${mailKey}`,
    runAt: options.runAt ?? ctx.now,
  };
}

/**
 * Queues one mail to one applicant, in the same transaction as the change it
 * tells of: it is sent if and only if the change commits, and at most once per key.
 */
export async function queueApplicantMail(
  ctx: ServiceContext,
  db: Database,
  registration: RegistrationRow,
  kind: ApplicantMailKind,
  options: { key?: string; runAt?: Date; announcementId?: string } = {},
): Promise<boolean> {
  return enqueueJob(db, applicantMail(ctx, registration, kind, options));
}

/** Moves an application to a new status, refusing any move the transition table does not allow. */
export async function moveTo(
  ctx: ServiceContext,
  db: Database,
  registration: RegistrationRow,
  to: RegistrationStatus,
  changes: Partial<repository.NewRegistrationRow> = {},
): Promise<RegistrationRow> {
  if (!canTransition(registration.status, to)) throw new Error(`registration ${registration.id}: ${registration.status} → ${to} is not allowed`);
  return repository.updateRegistration(db, ctx.tenantId, registration.id, { ...changes, status: to, statusChangedAt: ctx.now });
}

/** A per-participant ID and password for the on-demand page. */
export function newAccessCredentials(registration: RegistrationRow): { accessId: string; accessPassword: string } {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.randomBytes(10);
  const password = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return { accessId: `ev${registration.reference}`, accessPassword: password };
}

/** What a confirmed application gets: on-demand access at once when nothing is left to pay. */
export function confirmationChanges(event: EventRow, registration: RegistrationRow, now: Date): Partial<repository.NewRegistrationRow> {
  const settled = registration.feeYen === 0 || registration.paymentStatus === 'paid' || registration.paymentStatus === 'waived';
  if (!event.onDemand || !settled || registration.accessIssuedAt) return {};
  return { ...newAccessCredentials(registration), accessIssuedAt: now };
}

/** Offers past their time are expired, and freed seats go to the next in line. */
export async function settleSeats(ctx: ServiceContext, db: Database, event: EventRow): Promise<void> {
  for (const offer of await repository.selectExpiredOffers(db, ctx.tenantId, event.id, ctx.now)) {
    const expired = await moveTo(ctx, db, offer, 'expired');
    await queueApplicantMail(ctx, db, expired, 'offer-expired');
  }
  await fillFreedSeats(ctx, db, event);
}

/**
 * Gives free seats to waiting applicants in the order they applied: a free
 * event confirms them at once; a fee event offers the seat for `offerHours`.
 */
export async function fillFreedSeats(ctx: ServiceContext, db: Database, event: EventRow): Promise<void> {
  if (ctx.now >= event.startsAt) return;
  if (event.status !== 'published' && event.status !== 'closed') return;
  // No limit (any more): everyone waiting gets a seat.
  const free = event.capacity === null ? 100_000 : event.capacity - (await repository.countSeatsTaken(db, ctx.tenantId, event.id));
  if (free <= 0) return;
  for (const next of await repository.selectWaitlistHead(db, ctx.tenantId, event.id, free)) {
    if (next.feeYen > 0) {
      const until = new Date(Math.min(ctx.now.getTime() + event.offerHours * 3_600_000, event.startsAt.getTime()));
      const offered = await moveTo(ctx, db, next, 'offered', { offerExpiresAt: until });
      await queueApplicantMail(ctx, db, offered, 'offered');
      // Expiry is also checked on every read; this job makes sure the seat moves on even if nobody looks.
      await enqueueJob(db, { tenantId: ctx.tenantId, name: settleEventJob, payload: { eventId: event.id }, uniqueKey: `${settleEventJob}:${offered.id}:${until.toISOString()}`, runAt: until });
    } else {
      const confirmed = await moveTo(ctx, db, next, 'confirmed', confirmationChanges(event, next, ctx.now));
      await queueApplicantMail(ctx, db, confirmed, 'promoted');
    }
  }
}

/** For a fee event: the reminder three days before the payment deadline, or null when there is none to send (free, no deadline, or too late). */
export function paymentReminder(ctx: ServiceContext, event: EventRow, registration: RegistrationRow): QueuedJob | null {
  if (registration.feeYen === 0 || !event.paymentDueAt) return null;
  const runAt = new Date(event.paymentDueAt.getTime() - 3 * 86_400_000);
  if (runAt <= ctx.now) return null;
  return applicantMail(ctx, registration, 'payment-reminder', { runAt });
}

/** For a fee event: remind the applicant three days before the payment deadline (if that is still ahead). */
export async function queuePaymentReminder(ctx: ServiceContext, db: Database, event: EventRow, registration: RegistrationRow): Promise<void> {
  const reminder = paymentReminder(ctx, event, registration);
  if (reminder) await enqueueJob(db, reminder);
}
