import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { tenants } from '../../platform/tenancy/schema.ts';
import { areas, districts } from '../areas/schema.ts';
import { helpTypes } from '../volunteers/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';

/** A resident who asked for help: health and family details, read only through the help-requests service. */
export const residents = pgTable(
  'residents',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    phone: text('phone').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    address: text('address').notNull().default(''),
    // Optional home position (WGS84 degrees) for distances in matching; else the district's centre is used.
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    districtId: uuid('district_id'),
    areaId: uuid('area_id').notNull(),
    household: text('household').notNull().default(''),
    situationNotes: text('situation_notes').notNull().default(''),
    // Name, reading and phone digits, normalised, for the intake search.
    searchText: text('search_text').notNull().default(''),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('residents', t.tenantId, t.id),
    tenantReference('residents', t.tenantId, t.districtId, districts),
    tenantReference('residents', t.tenantId, t.areaId, areas),
    index('residents_area').on(t.tenantId, t.areaId),
    index('residents_search').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** A 依頼: who needs what help, when, and how far it has got. */
export const helpRequests = pgTable(
  'help_requests',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    residentId: uuid('resident_id').notNull(),
    areaId: uuid('area_id').notNull(),
    districtId: uuid('district_id'),
    helpTypeId: uuid('help_type_id').notNull(),
    description: text('description').notNull().default(''),
    referrerType: text('referrer_type').notNull(),
    referrerName: text('referrer_name').notNull().default(''),
    referrerPhone: text('referrer_phone').notNull().default(''),
    preferredOn: date('preferred_on', { mode: 'string' }),
    timeSlot: text('time_slot').notNull().default(''),
    frequency: text('frequency').notNull(),
    recurringWeekdays: integer('recurring_weekdays').array().notNull().default(sql`'{}'::integer[]`),
    urgency: text('urgency').notNull(),
    meetingPoint: text('meeting_point').notNull().default(''),
    status: text('status').notNull(),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    unmetReason: text('unmet_reason').notNull().default(''),
    // How it ended for the resident: 助かった, 連絡がつかない, 対象外, 不要になった …
    outcome: text('outcome').notNull().default(''),
    source: text('source').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    createdByUserId: uuid('created_by_user_id'),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('help_requests', t.tenantId, t.id),
    tenantReference('help_requests', t.tenantId, t.residentId, residents),
    tenantReference('help_requests', t.tenantId, t.areaId, areas),
    tenantReference('help_requests', t.tenantId, t.districtId, districts),
    tenantReference('help_requests', t.tenantId, t.helpTypeId, helpTypes),
    tenantReference('help_requests', t.tenantId, t.createdByUserId, users),
    index('help_requests_area_status').on(t.tenantId, t.areaId, t.status),
    index('help_requests_resident').on(t.tenantId, t.residentId),
    index('help_requests_received').on(t.tenantId, t.receivedOn),
    // Open requests only: matching reads their live matches, and ended requests pile up year after year.
    index('help_requests_open').on(t.tenantId, t.id).where(sql`${t.status} NOT IN ('closed', 'unmet')`),
  ],
);

/** Every status a request went through, with its date and (for 対応できず) the reason. */
export const helpRequestStatusChanges = pgTable(
  'help_request_status_changes',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    helpRequestId: uuid('help_request_id').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('help_request_status_changes', t.tenantId, t.id),
    tenantReference('help_request_status_changes', t.tenantId, t.helpRequestId, helpRequests),
    index('help_request_status_changes_request').on(t.tenantId, t.helpRequestId),
  ],
);

/** A phone intake in progress, saved as the coordinator types so a dropped call loses nothing. */
export const helpRequestDrafts = pgTable(
  'help_request_drafts',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    userId: uuid('user_id').notNull(),
    fields: jsonb('fields').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('help_request_drafts', t.tenantId, t.id),
    tenantReference('help_request_drafts', t.tenantId, t.userId, users),
    index('help_request_drafts_user').on(t.tenantId, t.userId),
  ],
);

/** Every contact made about a request (phone, visit, mail), with a follow-up date where one is needed. */
export const helpRequestContacts = pgTable(
  'help_request_contacts',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    helpRequestId: uuid('help_request_id').notNull(),
    contactedOn: date('contacted_on', { mode: 'string' }).notNull(),
    means: text('means').notNull(),
    note: text('note').notNull().default(''),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    followUpDoneAt: timestamp('follow_up_done_at', { withTimezone: true }),
    createdByUserId: uuid('created_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('help_request_contacts', t.tenantId, t.id),
    tenantReference('help_request_contacts', t.tenantId, t.helpRequestId, helpRequests),
    tenantReference('help_request_contacts', t.tenantId, t.createdByUserId, users),
    index('help_request_contacts_request').on(t.tenantId, t.helpRequestId),
    index('help_request_contacts_follow_up').on(t.tenantId, t.followUpOn),
  ],
);
