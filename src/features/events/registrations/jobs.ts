import { z } from 'zod';
import { systemActor, type ServiceContext } from '../../../platform/context/service-context.ts';
import type { JobDefinition } from '../../../platform/jobs/runner.ts';
import { deliverMail, mailMessageId } from '../../../platform/mail/delivery.ts';
import type { Mailer } from '../../../platform/mail/mailer.ts';
import { findTenantBaseUrl } from '../../../platform/tenancy/tenancy.ts';
import * as eventRepository from '../repository.ts';
import { applicantMail } from './mails.ts';
import { createRegistrationToken } from './personal-link.ts';
import * as repository from './repository.ts';
import { applicantMailJob, settleEventJob, type ApplicantMailKind } from './seats.ts';
import { settleEvent } from './service.ts';
import { activeStatuses } from './status.ts';

/** `baseUrl`: the deployment's address; each tenant's links are built on its own (tenantBaseUrl). */
export type EventJobDeps = { secret: string; baseUrl: string; mailer: Mailer };

const mailPayload = z.object({ registrationId: z.uuid(), kind: z.string(), mailKey: z.string(), announcementId: z.uuid().nullable() });
const settlePayload = z.object({ eventId: z.uuid() });

/** The address of one applicant's personal page. */
export function personalLinkUrl(baseUrl: string, secret: string, tenantId: string, registrationId: string): string {
  return `${baseUrl}/events/applications/${createRegistrationToken(secret, tenantId, registrationId)}`;
}

/** The address staff open (from the QR code) to check a participant in. */
export function checkInUrl(baseUrl: string, eventId: string, reference: string): string {
  return `${baseUrl}/staff/events/${eventId}/check-in?reference=${reference}`;
}

/**
 * Sends one queued mail to one applicant. It is recorded as sent only once
 * handed over (deliverMail), so a process that dies before leaves it to the
 * retry, and a retry of a mail that went sends nothing (by its record and
 * its Message-ID).
 */
async function sendApplicantMail(ctx: ServiceContext, deps: EventJobDeps, payload: z.infer<typeof mailPayload>): Promise<void> {
  const registration = await repository.selectRegistration(ctx.db, ctx.tenantId, payload.registrationId);
  const event = registration && (await eventRepository.selectEvent(ctx.db, ctx.tenantId, registration.eventId));
  if (!registration || !event) return;
  if (await repository.isMailRecorded(ctx.db, ctx.tenantId, registration.id, payload.mailKey)) return;
  const kind = payload.kind as ApplicantMailKind;
  // A reminder queued weeks ago is dropped if it no longer applies.
  if (kind === 'payment-reminder' && (registration.paymentStatus !== 'unpaid' || !activeStatuses.includes(registration.status))) return;
  const announcement = payload.announcementId ? await repository.selectAnnouncement(ctx.db, ctx.tenantId, payload.announcementId) : undefined;
  const waitlistPosition = registration.status === 'waitlisted' ? await repository.waitlistPosition(ctx.db, ctx.tenantId, event.id, registration.seq) : null;
  const baseUrl = await findTenantBaseUrl(ctx.db, ctx.tenantId, deps.baseUrl);
  const message = applicantMail(kind, {
    event,
    registration,
    link: personalLinkUrl(baseUrl, deps.secret, ctx.tenantId, registration.id),
    checkInUrl: checkInUrl(baseUrl, event.id, registration.reference),
    waitlistPosition,
    announcement,
  });
  if (event.inPerson && (kind === 'confirmed' || kind === 'promoted' || kind === 'offer-accepted')) {
    // The QR code staff scan at the reception opens this person's check-in.
    const { default: QRCode } = await import('qrcode');
    message.attachments = [{ filename: `check-in-${registration.reference}.png`, content: await QRCode.toBuffer(checkInUrl(baseUrl, event.id, registration.reference), { margin: 1, width: 240 }), contentType: 'image/png' }];
  }
  const messageId = mailMessageId(ctx.tenantId, `event-registration:${registration.id}:${payload.mailKey}`);
  await deliverMail(ctx.db, ctx.tenantId, deps.mailer, { ...message, messageId }, ctx.now, (tx) =>
    repository.recordMailSent(tx, ctx.tenantId, registration.id, payload.mailKey, message.subject, ctx.now),
  );
}

/** The events feature's queued work: applicant mails and the settling of expired offers. */
export function eventJobs(deps: EventJobDeps): JobDefinition[] {
  const context = (tenantId: string, now: Date, db: ServiceContext['db']): ServiceContext => ({ db, tenantId, actor: systemActor(tenantId, '研修・イベント'), now, requestId: 'job' });
  return [
    {
      name: applicantMailJob,
      handler: async ({ tenantId, payload, now, db }) => sendApplicantMail(context(tenantId, now, db), deps, mailPayload.parse(payload)),
    },
    {
      name: settleEventJob,
      handler: async ({ tenantId, payload, now, db }) => settleEvent(context(tenantId, now, db), settlePayload.parse(payload).eventId),
    },
  ];
}
