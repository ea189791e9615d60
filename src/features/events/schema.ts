import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';

export const eventKinds = ['training', 'exchange', 'conference', 'meeting', 'other'] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventStatuses = ['draft', 'published', 'closed', 'cancelled', 'postponed'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** A question the organiser adds to one event's application form. */
export type EventQuestion = { id: string; label: string; kind: 'text' | 'choice'; options: string[]; required: boolean };

/** A kind of participant with its own fee (e.g. 会員 500円 / 一般 1,000円); empty means one fee for all. */
export type ParticipantType = { id: string; label: string; feeYen: number };

/**
 * A training, exchange meeting or conference run by the tenant. Delivery is
 * any mix of in person, live online and on demand (two or more = hybrid).
 * Capacity null means no limit. Times are instants; they are shown in Japan time.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    title: text('title').notNull(),
    titleReading: text('title_reading').notNull().default(''),
    kind: text('kind', { enum: eventKinds }).notNull(),
    // Counts toward the yearly 養成講座・研修 figures and the volunteers' training records.
    isVolunteerTraining: boolean('is_volunteer_training').notNull().default(false),
    organiser: text('organiser').notNull().default(''),
    description: text('description').notNull().default(''),
    targetAudience: text('target_audience').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    inPerson: boolean('in_person').notNull().default(true),
    venueName: text('venue_name').notNull().default(''),
    venueAddress: text('venue_address').notNull().default(''),
    venueAccess: text('venue_access').notNull().default(''),
    liveOnline: boolean('live_online').notNull().default(false),
    liveUrl: text('live_url').notNull().default(''),
    liveNotes: text('live_notes').notNull().default(''),
    onDemand: boolean('on_demand').notNull().default(false),
    onDemandUrl: text('on_demand_url').notNull().default(''),
    onDemandMaterialsUrl: text('on_demand_materials_url').notNull().default(''),
    onDemandFrom: timestamp('on_demand_from', { withTimezone: true }),
    onDemandUntil: timestamp('on_demand_until', { withTimezone: true }),
    capacity: integer('capacity'),
    feeYen: integer('fee_yen').notNull().default(0),
    participantTypes: jsonb('participant_types').$type<ParticipantType[]>().notNull().default([]),
    applicationOpensAt: timestamp('application_opens_at', { withTimezone: true }).notNull(),
    applicationClosesAt: timestamp('application_closes_at', { withTimezone: true }).notNull(),
    paymentDueAt: timestamp('payment_due_at', { withTimezone: true }),
    paymentInstructions: text('payment_instructions').notNull().default(''),
    cancellationPolicy: text('cancellation_policy').notNull().default(''),
    // Applicants may cancel or leave the waitlist themselves until this many hours before the start.
    selfCancelHours: integer('self_cancel_hours').notNull().default(24),
    // A freed seat of a fee event is offered to the next in line for this long.
    offerHours: integer('offer_hours').notNull().default(48),
    questions: jsonb('questions').$type<EventQuestion[]>().notNull().default([]),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    contactFax: text('contact_fax').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    status: text('status', { enum: eventStatuses }).notNull().default('draft'),
    statusNotice: text('status_notice').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('events', t.tenantId, t.id),
    index('events_by_start').on(t.tenantId, t.status, t.startsAt),
  ],
);

export type EventRow = typeof events.$inferSelect;

/** A speaker of one session, with affiliation and role (講師, 実践報告者, コーディネーター …). */
export type SessionSpeaker = { name: string; affiliation: string; role: string };

/** One part of the programme. On-demand parts may have a length instead of a start and end. */
export const eventSessions = pgTable(
  'event_sessions',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    eventId: uuid('event_id').notNull(),
    delivery: text('delivery', { enum: ['in_person', 'live', 'on_demand'] }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    durationMinutes: integer('duration_minutes'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    speakers: jsonb('speakers').$type<SessionSpeaker[]>().notNull().default([]),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('event_sessions', t.tenantId, t.id),
    tenantReference('event_sessions', t.tenantId, t.eventId, events, 'cascade'),
    index('event_sessions_by_event').on(t.tenantId, t.eventId, t.sortOrder),
  ],
);

export type EventSessionRow = typeof eventSessions.$inferSelect;
