import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.ts';
import { users } from '../../platform/auth/schema.ts';
import { areas } from '../areas/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';

/** A 生活支援コーディネーター; may or may not have a staff account. */
export const coordinators = pgTable(
  'coordinators',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    userId: uuid('user_id'),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull(),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('coordinators', t.tenantId, t.id),
    tenantReference('coordinators', t.tenantId, t.userId, users),
    index('coordinators_tenant').on(t.tenantId),
  ],
);

/** Who serves which area at which tier, and from when to when: history is kept, never overwritten. */
export const coordinatorAssignments = pgTable(
  'coordinator_assignments',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    coordinatorId: uuid('coordinator_id').notNull(),
    areaId: uuid('area_id').notNull(),
    tier: integer('tier').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('coordinator_assignments', t.tenantId, t.id),
    tenantReference('coordinator_assignments', t.tenantId, t.coordinatorId, coordinators),
    tenantReference('coordinator_assignments', t.tenantId, t.areaId, areas),
    index('assignments_area').on(t.tenantId, t.areaId),
    index('assignments_coordinator').on(t.tenantId, t.coordinatorId),
  ],
);
