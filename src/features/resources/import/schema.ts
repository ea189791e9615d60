import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../../platform/tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../../platform/tenancy/keys.ts';
import { resources } from '../schema.ts';

/** One applied import: which file, when, by whom, so its listings can be reviewed and published together. */
export const importRuns = pgTable(
  'import_runs',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    createdBy: text('created_by').notNull().default(''),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [tenantIsolation(), tenantPrimaryKey('import_runs', t.tenantId, t.id)],
);

/**
 * The listings a run brought in (created, updated or left as they were):
 * a table of its own rather than a column on resources, so a listing keeps
 * every run it came through and writing a run does not rewrite listings.
 */
export const importRunListings = pgTable(
  'import_run_listings',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    importRunId: uuid('import_run_id').notNull(),
    resourceId: uuid('resource_id').notNull(),
  },
  (t) => [
    tenantIsolation(),
    tenantReference('import_run_listings', t.tenantId, t.importRunId, importRuns, 'cascade'),
    tenantReference('import_run_listings', t.tenantId, t.resourceId, resources, 'cascade'),
    primaryKey({ name: 'import_run_listings_pkey', columns: [t.tenantId, t.importRunId, t.resourceId] }),
    index('import_run_listings_resource').on(t.tenantId, t.resourceId),
  ],
);
