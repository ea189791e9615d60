import { recordAudit } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { excelCsv, type ExcelEncoding } from '../../../platform/csv/excel-csv.ts';
import { Conflict, NotFound } from '../../../platform/errors/app-error.ts';
import { translator } from '../../../platform/i18n/i18n.ts';
import { formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import * as eventRepository from '../repository.ts';
import * as registrationRepository from '../registrations/repository.ts';
import type { RegistrationRow } from '../registrations/schema.ts';
import { confirmationChanges, queueApplicantMail } from '../registrations/seats.ts';
import type { EventRow } from '../schema.ts';
import * as repository from './repository.ts';
import type { AnnouncementInput, ParticipantFilters, PaymentInput } from './validation.ts';

export type ParticipantList = {
  event: EventRow;
  participants: RegistrationRow[];
  counts: Partial<Record<RegistrationRow['status'], number>>;
  attended: number;
};

async function eventOf(ctx: ServiceContext, eventId: string): Promise<EventRow> {
  const event = await eventRepository.selectEvent(ctx.db, ctx.tenantId, eventId);
  if (!event) throw new NotFound('event_not_found', 'events.notFound');
  return event;
}

/**
 * The organiser's list of applications of one event, filtered; any staff
 * member of the tenant (reception staff check people in and phone them).
 * Each reading leaves an audit row: applicants' addresses and phones are personal data.
 */
export async function findParticipants(ctx: ServiceContext, eventId: string, filters: ParticipantFilters): Promise<ParticipantList> {
  const list = await participantList(ctx, eventId, filters);
  await recordAudit(ctx, ctx.db, { action: 'view', entityType: 'event_participants', entityId: list.event.id, after: { rows: list.participants.length, filters } });
  return list;
}

/** One application with its applicant's details, for any staff member; audited. */
export async function getParticipant(ctx: ServiceContext, eventId: string, registrationId: string): Promise<{ event: EventRow; registration: RegistrationRow }> {
  const { event, participants } = await participantList(ctx, eventId, { status: '', payment: '', q: '' });
  const registration = participants.find((r) => r.id === registrationId);
  if (!registration) throw new NotFound();
  await recordAudit(ctx, ctx.db, { action: 'view', entityType: 'event_registration', entityId: registration.id, after: { eventId: event.id } });
  return { event, registration };
}

/** The event and how many applications match (no one's details, so no audit row): for the announcement and payment pages. */
export async function countParticipants(ctx: ServiceContext, eventId: string, filters: ParticipantFilters): Promise<{ event: EventRow; count: number }> {
  const { event, participants } = await participantList(ctx, eventId, filters);
  return { event, count: participants.length };
}

async function participantList(ctx: ServiceContext, eventId: string, filters: ParticipantFilters): Promise<ParticipantList> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const event = await eventOf(ctx, eventId);
  const [participants, counts, attended] = await Promise.all([
    repository.selectParticipants(ctx.db, ctx.tenantId, event.id, filters),
    registrationRepository.countByStatus(ctx.db, ctx.tenantId, event.id),
    repository.countAttended(ctx.db, ctx.tenantId, event.id),
  ]);
  return { event, participants, counts, attended };
}

const csvHeader = ['受付番号', '状況', '氏名', 'ふりがな', '所属', '立場', '都道府県', '市区町村', 'メールアドレス', '電話番号', '参加費', '入金状況', '入金日', '受付日時', '出席'];

/** The filtered participants as CSV for Excel; organisers only, and every export is audited. */
export async function exportParticipantsCsv(ctx: ServiceContext, eventId: string, filters: ParticipantFilters, encoding: ExcelEncoding): Promise<{ event: EventRow; body: Buffer }> {
  assertRole(ctx, 'admin', 'coordinator');
  const { event, participants } = await participantList(ctx, eventId, filters);
  const t = translator('ja');
  const questionLabels = event.questions.map((q) => q.label);
  const rows = participants.map((r) => [
    r.reference, t(`events.registrationStatus.${r.status}`), r.name, r.nameReading, r.organisation, r.role ? t(`events.role.${r.role}`) : '', r.prefecture, r.municipality,
    r.email, r.phone, r.feeYen, t(`events.payment.${r.paymentStatus}`), r.paidAt ? formatWarekiDateTime(r.paidAt) : '', formatWarekiDateTime(r.createdAt),
    r.checkedInAt ? '出席' : '', ...event.questions.map((q) => r.answers[q.id] ?? ''),
  ]);
  await recordAudit(ctx, ctx.db, { action: 'export', entityType: 'event', entityId: event.id, after: { rows: rows.length, filters, encoding } });
  return { event, body: excelCsv([[...csvHeader, ...questionLabels], ...rows], encoding) };
}

/**
 * Records a payment, a waiver, a refund or an undo for one application.
 * Paid or waived on-demand participants get their viewing ID and password,
 * and are told by mail.
 */
export async function recordPayment(ctx: ServiceContext, registrationId: string, input: PaymentInput): Promise<RegistrationRow> {
  assertRole(ctx, 'admin', 'coordinator');
  return ctx.db.transaction(async (tx) => {
    const before = await registrationRepository.selectRegistration(tx, ctx.tenantId, registrationId);
    if (!before) throw new NotFound();
    const event = (await eventRepository.selectEventForUpdate(tx, ctx.tenantId, before.eventId))!;
    if (before.feeYen === 0) throw new Conflict('payment_not_required', 'events.payment.notRequired');
    const settled = input.paymentStatus === 'paid' || input.paymentStatus === 'waived';
    const paidAt = input.paymentStatus === 'paid' ? (input.paidOn ? new Date(`${input.paidOn}T12:00:00+09:00`) : ctx.now) : null;
    let after = await registrationRepository.updateRegistration(tx, ctx.tenantId, before.id, {
      paymentStatus: input.paymentStatus,
      paidAt: input.paymentStatus === 'refunded' ? before.paidAt : paidAt,
      paidAmountYen: input.paymentStatus === 'paid' ? (input.amountYen ?? before.feeYen) : before.paidAmountYen,
      paymentNote: input.note,
    });
    if (settled && after.status === 'confirmed') {
      const access = confirmationChanges(event, after, ctx.now);
      if (Object.keys(access).length) after = await registrationRepository.updateRegistration(tx, ctx.tenantId, after.id, access);
      if (before.paymentStatus !== input.paymentStatus) await queueApplicantMail(ctx, tx, after, 'payment-recorded', { key: ctx.now.toISOString() });
    }
    await recordAudit(ctx, tx, { action: 'payment', entityType: 'event_registration', entityId: after.id, before: { paymentStatus: before.paymentStatus }, after: { paymentStatus: after.paymentStatus, paidAmountYen: after.paidAmountYen } });
    return after;
  });
}

/** Marks a confirmed participant as arrived (or undoes it); any staff member at the reception. */
export async function checkIn(ctx: ServiceContext, eventId: string, registrationId: string, arrived: boolean): Promise<RegistrationRow> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const registration = await registrationRepository.selectRegistration(ctx.db, ctx.tenantId, registrationId);
  if (!registration || registration.eventId !== eventId) throw new NotFound();
  if (registration.status !== 'confirmed') throw new Conflict('not_confirmed', 'events.checkIn.notConfirmed');
  return ctx.db.transaction(async (tx) => {
    const after = await registrationRepository.updateRegistration(tx, ctx.tenantId, registration.id, { checkedInAt: arrived ? ctx.now : null });
    await recordAudit(ctx, tx, { action: arrived ? 'check_in' : 'undo_check_in', entityType: 'event_registration', entityId: after.id });
    return after;
  });
}

/** Finds one application of the event by its reference number (from the QR code or typed at the reception). */
export async function findByReference(ctx: ServiceContext, eventId: string, reference: string): Promise<RegistrationRow | undefined> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const [row] = await repository.selectByReferences(ctx.db, ctx.tenantId, eventId, [reference.normalize('NFKC').trim()]);
  return row;
}

/** Mails one message to every participant the filters select; each mail is a job, sent once. Returns how many. */
export async function sendAnnouncement(ctx: ServiceContext, eventId: string, input: AnnouncementInput): Promise<number> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const { subject, body, ...filters } = input;
  return ctx.db.transaction(async (tx) => {
    const event = await eventOf({ ...ctx, db: tx }, eventId);
    const recipients = await repository.selectParticipants(tx, ctx.tenantId, event.id, filters);
    const announcement = await registrationRepository.insertAnnouncement(tx, ctx.tenantId, { eventId: event.id, subject, body, recipientCount: recipients.length, sentBy: actor.displayName, createdAt: ctx.now });
    for (const registration of recipients) await queueApplicantMail(ctx, tx, registration, 'announcement', { key: announcement.id, announcementId: announcement.id });
    await recordAudit(ctx, tx, { action: 'announce', entityType: 'event', entityId: event.id, after: { subject, recipients: recipients.length } });
    return recipients.length;
  });
}
