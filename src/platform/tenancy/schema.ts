import { sql } from 'drizzle-orm';
import { boolean, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIsolation } from './keys.ts';

/** One 社協 or municipality. The root of every other row's tenant_id. */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    // Host names that serve this tenant's public site; the first tenant also
    // answers any unknown host so `npm start` works on localhost.
    hosts: text('hosts').array().notNull().default(sql`'{}'::text[]`),
    officeName: text('office_name').notNull().default(''),
    phone: text('phone').notNull().default(''),
    fax: text('fax').notNull().default(''),
    email: text('email').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    address: text('address').notNull().default(''),
    // A listing not confirmed for this many months is 「確認が必要」.
    confirmationIntervalMonths: integer('confirmation_interval_months').notNull().default(12),
    // Closed help requests older than this many years lose their personal details (個人情報保護法: keep no longer than needed).
    residentDataRetentionYears: integer('resident_data_retention_years').notNull().default(5),
    // Who hears of a web 相談 or a volunteer application: the area's coordinator, the office (email above), or nobody.
    arrivalNoticeTo: text('arrival_notice_to').notNull().default('coordinator'),
    // Off, the notice says only that something arrived and where; on, it also names the person.
    arrivalNoticeNamesPerson: boolean('arrival_notice_names_person').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  // A tenant's work reads and changes its own row only; finding a tenant by host is the owner's (decision 018).
  () => [tenantIsolation('id')],
);
