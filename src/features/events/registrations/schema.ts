import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../../platform/tenancy/schema.ts';
import { events } from '../schema.ts';
import { registrationStatuses } from './status.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../../platform/tenancy/keys.ts';

export const paymentStatuses = ['not_required', 'unpaid', 'paid', 'waived', 'refunded'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];

/**
 * One person's application to one event. `seq` orders the waitlist: it is
 * taken while the event row is locked, so it is the order applications were
 * accepted. At most one active application per event and mail address.
 */
export const registrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    eventId: uuid('event_id').notNull(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    reference: text('reference').notNull(),
    submissionKey: text('submission_key').notNull(),
    status: text('status', { enum: registrationStatuses }).notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    organisation: text('organisation').notNull().default(''),
    role: text('role').notNull().default(''),
    prefecture: text('prefecture').notNull().default(''),
    municipality: text('municipality').notNull().default(''),
    email: text('email').notNull(),
    phone: text('phone').notNull().default(''),
    answers: jsonb('answers').$type<Record<string, string>>().notNull().default({}),
    participantTypeId: text('participant_type_id').notNull().default(''),
    feeYen: integer('fee_yen').notNull().default(0),
    paymentStatus: text('payment_status', { enum: paymentStatuses }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    paidAmountYen: integer('paid_amount_yen'),
    paymentNote: text('payment_note').notNull().default(''),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    accessId: text('access_id').notNull().default(''),
    accessPassword: text('access_password').notNull().default(''),
    accessIssuedAt: timestamp('access_issued_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    // The registered volunteer this applicant is, when staff linked them (training records).
    volunteerId: uuid('volunteer_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('event_registrations', t.tenantId, t.id),
    tenantReference('event_registrations', t.tenantId, t.eventId, events),
    uniqueIndex('event_registrations_reference').on(t.tenantId, t.reference),
    uniqueIndex('event_registrations_submission').on(t.tenantId, t.eventId, t.submissionKey),
    uniqueIndex('event_registrations_active_email')
      .on(t.tenantId, t.eventId, t.email)
      .where(sql`${t.status} IN ('confirmed', 'waitlisted', 'offered')`),
    index('event_registrations_by_event').on(t.tenantId, t.eventId, t.status, t.seq),
  ],
);

export type RegistrationRow = typeof registrations.$inferSelect;

/**
 * Each mail to an applicant is claimed here before it is sent, so a retried
 * or repeated job never sends the same mail twice.
 */
export const registrationMails = pgTable(
  'event_registration_mails',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    registrationId: uuid('registration_id').notNull(),
    mailKey: text('mail_key').notNull(),
    subject: text('subject').notNull().default(''),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('event_registration_mails', t.tenantId, t.id),
    tenantReference('event_registration_mails', t.tenantId, t.registrationId, registrations),
    uniqueIndex('event_registration_mails_key').on(t.tenantId, t.registrationId, t.mailKey),
  ],
);

/** A message staff sent to many participants of one event at once. */
export const eventAnnouncements = pgTable(
  'event_announcements',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    eventId: uuid('event_id').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    recipientCount: integer('recipient_count').notNull(),
    sentBy: text('sent_by').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantIsolation(), tenantPrimaryKey('event_announcements', t.tenantId, t.id), tenantReference('event_announcements', t.tenantId, t.eventId, events)],
);
