import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../tenancy/keys.ts';

export const userRoles = ['admin', 'coordinator', 'staff'] as const;
export type UserRole = (typeof userRoles)[number];

export const users = pgTable(
  'users',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: userRoles }).notNull(),
    isActive: boolean('is_active').notNull().default(true),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('users', t.tenantId, t.id),
    uniqueIndex('users_tenant_email').on(t.tenantId, sql`lower(${t.email})`),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').notNull(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('sessions', t.tenantId, t.tokenHash),
    tenantReference('sessions', t.tenantId, t.userId, users),
    index('sessions_user').on(t.tenantId, t.userId),
  ],
);

/** Failed sign-ins per client address, so guessing is slowed even across accounts. */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    clientKey: text('client_key').notNull(),
    failures: integer('failures').notNull().default(0),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantIsolation(), uniqueIndex('login_throttles_key').on(t.tenantId, t.clientKey)],
);
