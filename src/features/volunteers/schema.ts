import { sql } from 'drizzle-orm';
import { date, doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.ts';
import { areas, districts } from '../areas/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';

/** What volunteers can do (買い物同行, 除雪 …): a per-tenant list, also what help requests ask for. */
export const helpTypes = pgTable(
  'help_types',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    // The directory's 困りごと code this help answers, so matching can suggest listings beside volunteers.
    needCategoryCode: text('need_category_code').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('help_types', t.tenantId, t.id),
    uniqueIndex('help_types_code').on(t.tenantId, t.code),
  ],
);

/** A ボランティア (担い手): personal data, read only through the volunteers service. */
export const volunteers = pgTable(
  'volunteers',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull(),
    ageBand: text('age_band').notNull(),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    address: text('address').notNull().default(''),
    // Optional home position (WGS84 degrees) for distances in matching; else the district's centre is used.
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    // Empty when the applicant did not know their 圏域 and the office sorts it out.
    districtId: uuid('district_id'),
    // The district's area, kept here so area scoping is one indexed condition.
    areaId: uuid('area_id').notNull(),
    helpTypeIds: uuid('help_type_ids').array().notNull().default(sql`'{}'::uuid[]`),
    // "weekday:slot" cells, e.g. "1:am" = Monday morning.
    availability: text('availability').array().notNull().default(sql`'{}'::text[]`),
    travelRange: text('travel_range').notNull(),
    travelMeans: text('travel_means').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes').notNull().default(''),
    status: text('status').notNull(),
    statusSince: date('status_since', { mode: 'string' }).notNull(),
    insuranceEnrolledOn: date('insurance_enrolled_on', { mode: 'string' }),
    monthlyAssignmentLimit: integer('monthly_assignment_limit').notNull().default(4),
    source: text('source').notNull(),
    // Raised to revoke the volunteer's personal link: tokens carry the version they were made for.
    linkVersion: integer('link_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('volunteers', t.tenantId, t.id),
    tenantReference('volunteers', t.tenantId, t.districtId, districts),
    tenantReference('volunteers', t.tenantId, t.areaId, areas),
    index('volunteers_area_status').on(t.tenantId, t.areaId, t.status),
    index('volunteers_reading').on(t.tenantId, t.nameReading),
    index('volunteers_help_types').using('gin', t.helpTypeIds),
  ],
);

/** Every status a volunteer went through, with the date it took effect: the source of the yearly counts. */
export const volunteerStatusChanges = pgTable(
  'volunteer_status_changes',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    volunteerId: uuid('volunteer_id').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('volunteer_status_changes', t.tenantId, t.id),
    tenantReference('volunteer_status_changes', t.tenantId, t.volunteerId, volunteers),
    index('volunteer_status_changes_volunteer').on(t.tenantId, t.volunteerId, t.onDate),
  ],
);
