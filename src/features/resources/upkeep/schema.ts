import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../../platform/tenancy/schema.ts';
import { resources } from '../schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../../platform/tenancy/keys.ts';

/** A correction proposed by a provider (through their link) or by anyone (from the public page), waiting for staff. */
export const resourceSuggestions = pgTable(
  'resource_suggestions',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    resourceId: uuid('resource_id').notNull(),
    source: text('source', { enum: ['provider', 'public'] }).notNull(),
    submitterName: text('submitter_name').notNull().default(''),
    submitterContact: text('submitter_contact').notNull().default(''),
    message: text('message').notNull().default(''),
    proposed: jsonb('proposed').$type<Record<string, string>>().notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: text('decided_by').notNull().default(''),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('resource_suggestions', t.tenantId, t.id),
    tenantReference('resource_suggestions', t.tenantId, t.resourceId, resources),
    index('resource_suggestions_pending').on(t.tenantId, t.status, t.createdAt),
  ],
);

/**
 * One confirmation cycle of one listing (cycle = the 確認日 it had when the
 * request went out): request sent, reminder sent, handed to staff to phone.
 * One row per cycle is what makes every step happen once.
 */
export const resourceConfirmationRequests = pgTable(
  'resource_confirmation_requests',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    resourceId: uuid('resource_id').notNull(),
    cycle: text('cycle').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('resource_confirmation_requests', t.tenantId, t.id),
    tenantReference('resource_confirmation_requests', t.tenantId, t.resourceId, resources),
    uniqueIndex('resource_confirmation_cycle').on(t.tenantId, t.resourceId, t.cycle),
  ],
);

/** Provider links already used: a link confirms or proposes once. */
export const providerLinkUses = pgTable(
  'provider_link_uses',
  {
    tokenHash: text('token_hash').notNull(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    usedAt: timestamp('used_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantIsolation(), tenantPrimaryKey('provider_link_uses', t.tenantId, t.tokenHash)],
);
