import { doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';

/** 第1層 (whole city) and 第2層 (A地域 …) areas; tier 3 is kept for neighbourhoods. */
export const areas = pgTable(
  'areas',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    tier: integer('tier').notNull(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    description: text('description').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('areas', t.tenantId, t.id),
    tenantReference('areas', t.tenantId, t.parentId, t),
    index('areas_tenant').on(t.tenantId, t.tier, t.sortOrder),
  ],
);

/** 圏域: a daily-life district inside an area. */
export const districts = pgTable(
  'districts',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    areaId: uuid('area_id').notNull(),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    // Approximate centre (WGS84 degrees): where matching places people who gave no coordinates of their own.
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('districts', t.tenantId, t.id),
    tenantReference('districts', t.tenantId, t.areaId, areas),
    index('districts_area').on(t.tenantId, t.areaId, t.sortOrder),
  ],
);

/**
 * A 町名 (町丁目) inside a 圏域, so a resident who knows only their address
 * finds their district. A town belongs to one district of the tenant.
 */
export const districtTowns = pgTable(
  'district_towns',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    districtId: uuid('district_id').notNull(),
    name: text('name').notNull(),
    // The name folded by addressKey (全角/半角, 漢数字, かな): what an address is matched against.
    nameKey: text('name_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('district_towns', t.tenantId, t.id),
    tenantReference('district_towns', t.tenantId, t.districtId, districts, 'cascade'),
    uniqueIndex('district_towns_key').on(t.tenantId, t.nameKey),
    index('district_towns_district').on(t.tenantId, t.districtId),
  ],
);
