import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { tenants } from '../../platform/tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';
import { areas } from '../areas/schema.ts';
import { events } from '../events/schema.ts';
import { providers } from '../resources/schema.ts';

const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A tenant's own words for councils: the kinds of council (第1層協議体, 地域懇談会 …)
 * and the kinds of member (地域包括支援センター, 町内会・自治会 …). Each tenant starts
 * with the usual list and may add, rename or retire entries.
 */
export const councilTerms = pgTable(
  'council_terms',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    // 'council_kind' or 'member_type'.
    list: text('list').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('council_terms', t.tenantId, t.id),
    uniqueIndex('council_terms_code').on(t.tenantId, t.list, t.code),
  ],
);

/** A 協議体 or 地域懇談会: who it serves, who runs it, and what of it the public may see. */
export const councils = pgTable(
  'councils',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    kindId: uuid('kind_id').notNull(),
    areaId: uuid('area_id').notNull(),
    // Which layers it acts as: a town with one 圏域 has one body for both.
    tiers: integer('tiers').array().notNull().default(sql`'{}'::integer[]`),
    secretariat: text('secretariat').notNull().default(''),
    description: text('description').notNull().default(''),
    // Two flags, as municipal 会議録 pages show: a council may announce meetings but keep minutes internal.
    meetingsPublic: boolean('meetings_public').notNull().default(false),
    minutesPublic: boolean('minutes_public').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('councils', t.tenantId, t.id),
    tenantReference('councils', t.tenantId, t.kindId, councilTerms),
    tenantReference('councils', t.tenantId, t.areaId, areas),
    index('councils_area').on(t.tenantId, t.areaId),
  ],
);

/**
 * One term (任期) of one member: a person and/or an organisation (the directory's
 * provider, linked rather than copied). A new term is a new row, so the history stays.
 */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    councilId: uuid('council_id').notNull(),
    personName: text('person_name').notNull().default(''),
    organisationId: uuid('organisation_id'),
    memberTypeId: uuid('member_type_id').notNull(),
    // Codes from vocabulary.ts: 座長, 副座長, 委員, オブザーバー, 事務局.
    role: text('role').notNull(),
    email: text('email').notNull().default(''),
    fax: text('fax').notNull().default(''),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }),
    // Left the council: kept with their past attendance, no longer invited.
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('council_members', t.tenantId, t.id),
    tenantReference('council_members', t.tenantId, t.councilId, councils),
    tenantReference('council_members', t.tenantId, t.organisationId, providers),
    tenantReference('council_members', t.tenantId, t.memberTypeId, councilTerms),
    index('council_members_council').on(t.tenantId, t.councilId, t.termStart),
    index('council_members_organisation').on(t.tenantId, t.organisationId),
  ],
);

/** 第N回 of a council in a 年度; closing it records who came and what was said. */
export const councilMeetings = pgTable(
  'council_meetings',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    councilId: uuid('council_id').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    place: text('place').notNull().default(''),
    onlineUrl: text('online_url').notNull().default(''),
    // An open 懇談会 taken through the events feature, so residents apply there.
    eventId: uuid('event_id'),
    // Codes from vocabulary.ts: scheduled → closed, or cancelled.
    status: text('status').notNull().default('scheduled'),
    otherParticipants: integer('other_participants').notNull().default(0),
    observers: integer('observers').notNull().default(0),
    organisationsPresent: text('organisations_present').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    decisions: text('decisions').notNull().default(''),
    // Bumped on every save of the record, so two people editing the same minutes meet a conflict, not an overwrite.
    version: integer('version').notNull().default(1),
    invitationsSentAt: timestamp('invitations_sent_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('council_meetings', t.tenantId, t.id),
    tenantReference('council_meetings', t.tenantId, t.councilId, councils),
    tenantReference('council_meetings', t.tenantId, t.eventId, events),
    tenantReference('council_meetings', t.tenantId, t.createdBy, users),
    uniqueIndex('council_meetings_number').on(t.tenantId, t.councilId, t.fiscalYear, t.number),
    index('council_meetings_starts').on(t.tenantId, t.startsAt),
  ],
);

/** 議題: a tree (an item may have sub-items), each with its planned minutes and its own 議事要旨. */
export const meetingAgendaItems = pgTable(
  'meeting_agenda_items',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    meetingId: uuid('meeting_id').notNull(),
    parentId: uuid('parent_id'),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    durationMinutes: integer('duration_minutes'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('meeting_agenda_items', t.tenantId, t.id),
    tenantReference('meeting_agenda_items', t.tenantId, t.meetingId, councilMeetings, 'cascade'),
    tenantReference('meeting_agenda_items', t.tenantId, t.parentId, t, 'cascade'),
    index('meeting_agenda_items_meeting').on(t.tenantId, t.meetingId, t.position),
  ],
);

/** 出席・欠席・代理 of one member term at one meeting. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    meetingId: uuid('meeting_id').notNull(),
    memberId: uuid('member_id').notNull(),
    // Codes from vocabulary.ts: present, absent, proxy.
    status: text('status').notNull(),
    proxyName: text('proxy_name').notNull().default(''),
  },
  (t) => [
    tenantIsolation(),
    primaryKey({ name: 'meeting_attendance_pkey', columns: [t.tenantId, t.meetingId, t.memberId] }),
    tenantReference('meeting_attendance', t.tenantId, t.meetingId, councilMeetings, 'cascade'),
    tenantReference('meeting_attendance', t.tenantId, t.memberId, councilMembers),
    index('meeting_attendance_member').on(t.tenantId, t.memberId),
  ],
);

/** 資料1…n: files kept in the database, so a backup carries them and no path is ever built from input. */
export const meetingHandouts = pgTable(
  'meeting_handouts',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    meetingId: uuid('meeting_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    content: bytes('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('meeting_handouts', t.tenantId, t.id),
    tenantReference('meeting_handouts', t.tenantId, t.meetingId, councilMeetings, 'cascade'),
    index('meeting_handouts_meeting').on(t.tenantId, t.meetingId, t.position),
  ],
);

/** A task decided at a meeting, with an owner (a staff account) and a due date: it waits on the owner's home page. */
export const meetingActionItems = pgTable(
  'meeting_action_items',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    meetingId: uuid('meeting_id').notNull(),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('meeting_action_items', t.tenantId, t.id),
    tenantReference('meeting_action_items', t.tenantId, t.meetingId, councilMeetings, 'cascade'),
    tenantReference('meeting_action_items', t.tenantId, t.ownerId, users),
    index('meeting_action_items_owner').on(t.tenantId, t.ownerId, t.dueOn),
  ],
);
