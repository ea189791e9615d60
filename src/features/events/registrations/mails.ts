import { translator } from '../../../platform/i18n/i18n.ts';
import type { MailMessage } from '../../../platform/mail/mailer.ts';
import { formatWarekiDateTime, formatWarekiSpan } from '../../../platform/wareki/wareki.ts';
import type { EventRow } from '../schema.ts';
import type { RegistrationRow } from './schema.ts';
import type { ApplicantMailKind } from './seats.ts';

export type ApplicantMailFacts = {
  event: EventRow;
  registration: RegistrationRow;
  link: string;
  checkInUrl: string;
  waitlistPosition: number | null;
  announcement?: { subject: string; body: string };
};

// Applicants' mails are in Japanese: the language the organiser writes in.
const t = translator('ja');

/** The mail an applicant receives for one kind of change. */
export function applicantMail(kind: ApplicantMailKind, facts: ApplicantMailFacts): MailMessage {
  const { event, registration } = facts;
  const subject = kind === 'announcement' && facts.announcement ? facts.announcement.subject : t(`events.mail.${kind}.subject`, { title: event.title });
  const lead = kind === 'announcement' && facts.announcement ? facts.announcement.body : t(`events.mail.${kind}.lead`, leadParams(facts));
  const lines = [t('events.mail.greeting', { name: registration.name }), '', lead, '', ...eventLines(event), '', t('events.mail.reference', { reference: registration.reference })];
  if (needsPaymentLines(kind, registration)) lines.push('', ...paymentLines(event, registration));
  if (kind === 'payment-recorded' && registration.accessIssuedAt && event.onDemand) lines.push('', ...onDemandLines(event, registration));
  if (kind === 'confirmed' || kind === 'promoted' || kind === 'offer-accepted') lines.push('', t('events.mail.checkIn'), facts.checkInUrl);
  lines.push('', t('events.mail.personalLink'), facts.link);
  if (event.cancellationPolicy) lines.push('', t('events.mail.policy', { policy: event.cancellationPolicy }));
  lines.push('', ...contactLines(event));
  return { to: registration.email, subject, text: lines.join('\n') };
}

function leadParams(facts: ApplicantMailFacts): Record<string, string | number> {
  const { event, registration } = facts;
  return {
    title: event.title,
    position: facts.waitlistPosition ?? '',
    until: registration.offerExpiresAt ? formatWarekiDateTime(registration.offerExpiresAt) : '',
    notice: event.statusNotice,
  };
}

function needsPaymentLines(kind: ApplicantMailKind, registration: RegistrationRow): boolean {
  if (registration.feeYen === 0 || registration.paymentStatus !== 'unpaid') return false;
  return kind === 'confirmed' || kind === 'offer-accepted' || kind === 'offered' || kind === 'payment-reminder';
}

function eventLines(event: EventRow): string[] {
  const lines = [t('events.mail.event', { title: event.title }), t('events.mail.when', { when: formatWarekiSpan(event.startsAt, event.endsAt) })];
  if (event.inPerson && event.venueName) lines.push(t('events.mail.venue', { venue: [event.venueName, event.venueAddress].filter(Boolean).join('　') }));
  if (event.liveOnline) lines.push(t('events.mail.live'));
  if (event.onDemand && event.onDemandFrom && event.onDemandUntil) {
    lines.push(t('events.mail.onDemand', { from: formatWarekiDateTime(event.onDemandFrom), until: formatWarekiDateTime(event.onDemandUntil) }));
  }
  return lines;
}

function paymentLines(event: EventRow, registration: RegistrationRow): string[] {
  const lines = [t('events.mail.fee', { fee: registration.feeYen.toLocaleString('ja-JP') })];
  if (event.paymentDueAt) lines.push(t('events.mail.paymentDue', { due: formatWarekiDateTime(event.paymentDueAt) }));
  if (event.paymentInstructions) lines.push(event.paymentInstructions);
  lines.push(t('events.mail.paymentReference', { reference: registration.reference }));
  return lines;
}

function onDemandLines(event: EventRow, registration: RegistrationRow): string[] {
  return [
    t('events.mail.accessIntro'),
    t('events.mail.accessId', { id: registration.accessId }),
    t('events.mail.accessPassword', { password: registration.accessPassword }),
    event.onDemandFrom && event.onDemandUntil ? t('events.mail.accessWindow', { from: formatWarekiDateTime(event.onDemandFrom), until: formatWarekiDateTime(event.onDemandUntil) }) : '',
  ].filter(Boolean);
}

function contactLines(event: EventRow): string[] {
  const parts = [
    event.contactName,
    event.contactPhone ? `TEL ${event.contactPhone}` : '',
    event.contactFax ? `FAX ${event.contactFax}` : '',
    event.contactEmail,
  ].filter(Boolean);
  return parts.length ? [t('events.mail.contact'), parts.join('　')] : [];
}
