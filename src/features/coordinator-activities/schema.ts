import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { tenants } from '../../platform/tenancy/schema.ts';
import { areas } from '../areas/schema.ts';
import { coordinators } from '../coordinators/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';

/** One piece of a coordinator's own work (ニーズ把握, 資源開発 …): what the 年度 figures count by type. */
export const coordinatorActivities = pgTable(
  'coordinator_activities',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    // Whose work it was; an admin may record it for a coordinator without an account.
    coordinatorId: uuid('coordinator_id').notNull(),
    areaId: uuid('area_id').notNull(),
    activityOn: date('activity_on', { mode: 'string' }).notNull(),
    // Codes from vocabulary.ts; one activity may be of several types.
    types: text('types').array().notNull().default(sql`'{}'::text[]`),
    counterpart: text('counterpart').notNull().default(''),
    minutes: integer('minutes'),
    notes: text('notes').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('coordinator_activities', t.tenantId, t.id),
    tenantReference('coordinator_activities', t.tenantId, t.coordinatorId, coordinators),
    tenantReference('coordinator_activities', t.tenantId, t.areaId, areas),
    tenantReference('coordinator_activities', t.tenantId, t.createdBy, users),
    index('coordinator_activities_day').on(t.tenantId, t.activityOn),
    index('coordinator_activities_coordinator').on(t.tenantId, t.coordinatorId, t.activityOn),
  ],
);
