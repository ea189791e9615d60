import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { tenants } from '../../platform/tenancy/schema.ts';
import { helpRequests } from '../help-requests/schema.ts';
import { volunteers } from '../volunteers/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';

/** A volunteer proposed for a request, and their answer: 提案 → 引き受け / 辞退 (or 取消). */
export const matches = pgTable(
  'matches',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    helpRequestId: uuid('help_request_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    status: text('status').notNull(),
    // The request's time, copied so overlaps and monthly counts are one indexed query.
    scheduledOn: date('scheduled_on', { mode: 'string' }),
    timeSlot: text('time_slot').notNull().default(''),
    weekdays: integer('weekdays').array().notNull().default(sql`'{}'::integer[]`),
    proposedByUserId: uuid('proposed_by_user_id'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    // Who recorded the answer: the coordinator after a call, or the volunteer on their link.
    respondedVia: text('responded_via').notNull().default(''),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('matches', t.tenantId, t.id),
    tenantReference('matches', t.tenantId, t.helpRequestId, helpRequests),
    tenantReference('matches', t.tenantId, t.volunteerId, volunteers),
    tenantReference('matches', t.tenantId, t.proposedByUserId, users),
    index('matches_request').on(t.tenantId, t.helpRequestId),
    index('matches_volunteer').on(t.tenantId, t.volunteerId, t.scheduledOn),
  ],
);

/** 活動記録: what a volunteer did for a request, when and how long; from the volunteer's link it waits for the coordinator's confirmation. */
export const activityRecords = pgTable(
  'activity_records',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    matchId: uuid('match_id').notNull(),
    helpRequestId: uuid('help_request_id').notNull(),
    volunteerId: uuid('volunteer_id').notNull(),
    activityOn: date('activity_on', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    whatWasDone: text('what_was_done').notNull().default(''),
    notes: text('notes').notNull().default(''),
    recordedVia: text('recorded_via').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedByUserId: uuid('confirmed_by_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('activity_records', t.tenantId, t.id),
    tenantReference('activity_records', t.tenantId, t.matchId, matches),
    tenantReference('activity_records', t.tenantId, t.helpRequestId, helpRequests),
    tenantReference('activity_records', t.tenantId, t.volunteerId, volunteers),
    tenantReference('activity_records', t.tenantId, t.confirmedByUserId, users),
    index('activity_records_volunteer').on(t.tenantId, t.volunteerId, t.activityOn),
    index('activity_records_request').on(t.tenantId, t.helpRequestId),
    index('activity_records_on').on(t.tenantId, t.activityOn),
  ],
);
