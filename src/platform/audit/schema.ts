import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../tenancy/keys.ts';

/** Every change (and every read of personal data) leaves one row here. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull().default(''),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull().default(''),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id').notNull().default(''),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('audit_log', t.tenantId, t.id),
    index('audit_log_tenant_at').on(t.tenantId, t.at),
    index('audit_log_entity').on(t.tenantId, t.entityType, t.entityId),
  ],
);
