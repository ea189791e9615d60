import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../tenancy/keys.ts';

/**
 * Work to do later, kept in PostgreSQL so it survives restarts and needs no
 * broker. `uniqueKey` makes enqueueing idempotent: the same key is queued
 * (and so done) once.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull(),
    uniqueKey: text('unique_key').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    lastError: text('last_error').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('jobs', t.tenantId, t.id),
    uniqueIndex('jobs_unique_key').on(t.tenantId, t.uniqueKey),
    index('jobs_due').on(t.status, t.runAt),
  ],
);
