import { sql } from 'drizzle-orm';
import { boolean, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.ts';
import { areas, districts } from '../areas/schema.ts';
import type { Schedule } from './schedule.ts';
import { tenantIsolation, tenantPrimaryKey, tenantReference } from '../../platform/tenancy/keys.ts';

/** 困りごと: the tenant's own taxonomy of the troubles residents have (HSDS taxonomy_term). */
export const needCategories = pgTable(
  'need_categories',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('need_categories', t.tenantId, t.id),
    uniqueIndex('need_categories_code').on(t.tenantId, t.code),
  ],
);

/** Who runs activities (HSDS organization). */
export const providers = pgTable(
  'providers',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    providerType: text('provider_type').notNull(),
    description: text('description').notNull().default(''),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    url: text('url').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('providers', t.tenantId, t.id),
    index('providers_name').on(t.tenantId, t.name),
  ],
);

/** A listing: one activity or service at one place (HSDS service + its location). */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    providerId: uuid('provider_id'),
    externalId: text('external_id'),
    name: text('name').notNull(),
    nameReading: text('name_reading').notNull().default(''),
    description: text('description').notNull().default(''),
    target: text('target').notNull().default(''),
    costKind: text('cost_kind').notNull().default('text'),
    costYen: integer('cost_yen'),
    costText: text('cost_text').notNull().default(''),
    schedule: jsonb('schedule').$type<Schedule>().notNull(),
    // Derived from the schedule, for the 曜日 filter and its counts.
    weekdays: integer('weekdays').array().notNull().default(sql`'{}'::integer[]`),
    // The listing's 困りごと ids, a copy of its resource_need_categories rows
    // kept in the same transaction, so search filters and counts them without a join.
    needCategoryIds: uuid('need_category_ids').array().notNull().default(sql`'{}'::uuid[]`),
    placeName: text('place_name').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    address: text('address').notNull().default(''),
    building: text('building').notNull().default(''),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    areaId: uuid('area_id'),
    districtId: uuid('district_id'),
    phone: text('phone').notNull().default(''),
    fax: text('fax').notNull().default(''),
    email: text('email').notNull().default(''),
    url: text('url').notNull().default(''),
    attributes: text('attributes').array().notNull().default(sql`'{}'::text[]`),
    status: text('status').notNull().default('active'),
    statusNotice: text('status_notice').notNull().default(''),
    // For staff only, never shown publicly: e.g. columns an import could not place.
    staffNote: text('staff_note').notNull().default(''),
    isPublished: boolean('is_published').notNull().default(false),
    confirmedOn: date('confirmed_on', { mode: 'string' }),
    confirmedBy: text('confirmed_by').notNull().default(''),
    // Normalised text (NFKC, lower case, hiragana, variants folded): pg_trgm
    // serves terms of three or more characters. search_keys holds its one-
    // and two-character grams (囲碁, 配食, single characters) and one key per
    // filter value (困りごと, 曜日, 無料, …), so a search with filters is one
    // GIN scan (decision 014).
    searchText: text('search_text').notNull().default(''),
    searchKeys: text('search_keys').array().notNull().default(sql`'{}'::text[]`),
    // The grams of the name line alone: finds the listings whose name holds a
    // term (they rank first) through an index instead of reading every match.
    nameGrams: text('name_grams').array().notNull().default(sql`'{}'::text[]`),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    tenantIsolation(),
    tenantPrimaryKey('resources', t.tenantId, t.id),
    tenantReference('resources', t.tenantId, t.providerId, providers),
    tenantReference('resources', t.tenantId, t.areaId, areas),
    tenantReference('resources', t.tenantId, t.districtId, districts),
    index('resources_tenant').on(t.tenantId, t.isPublished, t.status),
    index('resources_external').on(t.tenantId, t.externalId),
    index('resources_search_trgm').using('gin', sql`${t.searchText} gin_trgm_ops`),
    index('resources_search_keys').using('gin', t.searchKeys),
    index('resources_confirmed').on(t.tenantId, t.confirmedOn),
    // 五十音 order: a page of a broad search is read in index order and stops after a page.
    index('resources_reading').on(t.tenantId, t.nameReading, t.name, t.id),
    index('resources_name_grams').using('gin', t.nameGrams),
  ],
);

export const resourceNeedCategories = pgTable(
  'resource_need_categories',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    resourceId: uuid('resource_id').notNull(),
    needCategoryId: uuid('need_category_id').notNull(),
  },
  (t) => [
    tenantIsolation(),
    tenantReference('resource_need_categories', t.tenantId, t.resourceId, resources),
    tenantReference('resource_need_categories', t.tenantId, t.needCategoryId, needCategories),
    primaryKey({ name: 'resource_need_categories_pkey', columns: [t.tenantId, t.resourceId, t.needCategoryId] }),
    index('resource_need_categories_category').on(t.tenantId, t.needCategoryId),
  ],
);
