// Fresh databases for the directory benchmarks (PGlite in a temp folder, or a
// new database on the PostgreSQL server of BENCH_DATABASE_URL /
// TEST_DATABASE_URL), the demo tenant, and a fast bulk loader for listings
// that fills the search columns with the application's own helpers.
import { scopePglite } from '../../src/db/tenant-scope.ts';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { openPglite, openPostgres, type Database, type DatabaseHandle } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { readPgliteTemplate } from '../../src/db/pglite-template.ts';
import { findAreasWithDistricts } from '../../src/features/areas/service.ts';
import { seedDemoTenant } from '../../src/features/demo/service.ts';
import { providers, resourceNeedCategories, resources } from '../../src/features/resources/schema.ts';
import { scheduleWeekdays } from '../../src/features/resources/schedule-text.ts';
import { buildNameGrams, buildSearchKeys, buildSearchText } from '../../src/features/resources/search-text.ts';
import { findNeedCategories, type NeedCategoryRow } from '../../src/features/resources/service.ts';
import { commandLineActor, type ServiceContext } from '../../src/platform/context/service-context.ts';
import type { Tenant } from '../../src/platform/tenancy/tenancy.ts';
import { freshDataDir, onCleanup } from '../server-process.ts';
import type { ListingSpec } from './listings.ts';

export type DatabaseKind = 'pglite' | 'postgresql';
/** Where a bench database lives, so a child process can open it too. */
export type BenchLocation = { kind: 'pglite'; dataDir: string } | { kind: 'postgresql'; url: string; name: string; adminUrl: string };

/** The PostgreSQL server to use, if any (a URL of a database we may CREATE DATABASE from). */
export function postgresAdminUrl(): string | undefined {
  return process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
}

/**
 * The databases to measure: PGlite, and PostgreSQL when a URL is set;
 * BENCH_DATABASES=pglite or =postgresql picks one.
 */
export function benchDatabaseKinds(): DatabaseKind[] {
  const wanted = (process.env.BENCH_DATABASES ?? 'pglite,postgresql').split(',').map((k) => k.trim());
  const kinds = (['pglite', 'postgresql'] as const).filter((k) => wanted.includes(k) && (k === 'pglite' || postgresAdminUrl()));
  if (wanted.includes('postgresql') && !postgresAdminUrl()) console.log('(no BENCH_DATABASE_URL / TEST_DATABASE_URL: PostgreSQL skipped)');
  return kinds;
}

/** Only loopback servers: the bench creates and drops databases. */
function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) throw new Error(`bench refuses a non-loopback database host: ${host}`);
}

const psql = '/usr/lib/postgresql/15/bin/psql';

/** Drops a bench database synchronously (crash / Ctrl-C path), if psql is there. */
function dropSync(adminUrl: string, name: string): void {
  if (!fs.existsSync(psql)) return;
  try {
    execFileSync(psql, [adminUrl, '-XAtq', '-c', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`], { stdio: 'ignore' });
  } catch {
    // best effort
  }
}

/** A new, migrated, empty database of the given kind; `drop` removes it (PGlite folders go with the bench's temp folders). */
export async function createBenchDatabase(kind: DatabaseKind): Promise<{ location: BenchLocation; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dataDir = path.join(freshDataDir(), 'pglite');
    const handle = await openPglite({ dataDir, loadDataDir: readPgliteTemplate() });
    await runMigrations(handle); // a no-op on the template; builds the schema without one
    await handle.close();
    return { location: { kind, dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const adminUrl = postgresAdminUrl();
  if (!adminUrl) throw new Error('PostgreSQL needs BENCH_DATABASE_URL or TEST_DATABASE_URL');
  assertLoopback(adminUrl);
  const name = `sasaeai_bench_${crypto.randomBytes(5).toString('hex')}`;
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin
    .query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`)
    .finally(() => admin.end());
  let dropped = false;
  onCleanup(() => dropped || dropSync(adminUrl, name));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), { max: 2 });
  await runMigrations(handle);
  await handle.close();
  return {
    location: { kind, url: url.toString(), name, adminUrl },
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => cleanup.end());
      dropped = true;
    },
  };
}

/** Opens a bench database; PostgreSQL with the app's default pool size. */
export async function openBenchDatabase(location: BenchLocation): Promise<DatabaseHandle> {
  return location.kind === 'pglite' ? openPglite({ dataDir: location.dataDir }) : openPostgres(location.url);
}

export type TenantSetup = {
  tenant: Tenant;
  /** The command-line admin of the tenant. */
  admin: ServiceContext;
  /** A resident: no actor. */
  resident: ServiceContext;
  categories: NeedCategoryRow[];
  categoryIdByCode: Map<string, string>;
  cityWideAreaId: string;
  districtNames: string[];
  districtByName: Map<string, { id: string; areaId: string; areaName: string }>;
  areaNameById: Map<string, string>;
};

/** The demo tenant (旭川市社協: areas, districts, coordinators, accounts), without its listings. */
export async function prepareDemoTenant(db: Database, now: Date): Promise<TenantSetup> {
  const { tenant } = await seedDemoTenant(db, now, { resources: false, stories: false });
  return describeTenant(db, tenant, now);
}

/** Lookups for an existing demo tenant (used by child processes). */
export async function describeTenant(db: Database, tenant: Tenant, now: Date): Promise<TenantSetup> {
  const base = { db, tenantId: tenant.id, now, requestId: 'bench' };
  const admin: ServiceContext = { ...base, actor: commandLineActor(tenant.id) };
  const resident: ServiceContext = { ...base, actor: null };
  const categories = await findNeedCategories(admin);
  const areas = await findAreasWithDistricts(admin);
  const cityWide = areas.find((a) => a.tier === 1)!;
  const districtByName = new Map(areas.flatMap((a) => a.districts.map((d) => [d.name, { id: d.id, areaId: a.id, areaName: a.name }] as const)));
  return {
    tenant,
    admin,
    resident,
    categories,
    categoryIdByCode: new Map(categories.map((c) => [c.code, c.id])),
    cityWideAreaId: cityWide.id,
    districtNames: [...districtByName.keys()],
    districtByName,
    areaNameById: new Map(areas.map((a) => [a.id, a.name])),
  };
}

/**
 * search_text of each listing, built exactly as the service builds it (see
 * rowValues in src/features/resources/service.ts). This folding is most of
 * the JS time of a load, so it is done once and shared by every database.
 */
export function buildSearchTexts(listings: ListingSpec[], setup: TenantSetup): string[] {
  const categoryNames = new Map(setup.categories.map((c) => [c.code, `${c.name} ${c.nameReading}`]));
  const cityWide = setup.areaNameById.get(setup.cityWideAreaId)!;
  return listings.map((l) => {
    const district = l.districtName ? setup.districtByName.get(l.districtName) : undefined;
    const areaNames = district ? [district.areaName, l.districtName!] : [cityWide];
    return buildSearchText({
      name: l.name,
      nameReading: l.nameReading,
      rest: [l.description, l.providerName, l.target, l.costText, l.placeName, l.address, l.building, l.statusNotice, ...areaNames, ...l.categoryCodes.map((c) => categoryNames.get(c)!)],
    });
  });
}

/**
 * A COPY-like multi-row insert: the whole batch as one jsonb parameter,
 * expanded by jsonb_populate_recordset (one parameter instead of ~37,000, so
 * PGlite and node-postgres do not spend their time on parameter handling).
 * Every NOT NULL column must be given: missing keys become NULL, not defaults.
 */
async function insertJsonRows<T extends PgTable>(handle: DatabaseHandle, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)) as [string, { name: string; notNull: boolean }][];
  const json = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = (row as Record<string, unknown>)[key];
      if (value === undefined && column.notNull) throw new Error(`bench loader: ${getTableName(table)}.${column.name} missing`);
      out[column.name] = value instanceof Date ? value.toISOString() : (value ?? null);
    }
    return out;
  });
  const name = getTableName(table);
  await handle.query(`INSERT INTO "${name}" SELECT * FROM jsonb_populate_recordset(NULL::"${name}", $1::jsonb)`, [JSON.stringify(json)]);
}

/** The GIN search indexes of resources, as the migrations define them. */
async function searchIndexDefinitions(handle: DatabaseHandle): Promise<{ name: string; definition: string }[]> {
  const rows = await handle.query(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'resources' AND indexname IN ('resources_search_trgm', 'resources_search_keys', 'resources_name_grams')`,
  );
  return rows as { name: string; definition: string }[];
}

export type LoadTimes = { rowsMs: number; insertMs: number; indexMs: number; providers: number; links: number };

/**
 * Inserts listings in batches of `batchSize` (not createResource one by
 * one). With `rebuildSearchIndexes` the GIN search indexes are dropped first and
 * built again after the load, as a restore does (their exact definitions are
 * read from the catalog), which is many times faster than maintaining them
 * row by row; the result is a freshly built index.
 */
export async function bulkLoadListings(
  handle: DatabaseHandle,
  setup: TenantSetup,
  listings: ListingSpec[],
  searchTexts: string[],
  options: { now: Date; batchSize?: number; rebuildSearchIndexes?: boolean; onBatch?: (done: number) => void },
): Promise<LoadTimes> {
  const tenantId = setup.tenant.id;
  const batchSize = options.batchSize ?? 1000;
  const times: LoadTimes = { rowsMs: 0, insertMs: 0, indexMs: 0, providers: 0, links: 0 };
  const timed = async <R>(key: 'rowsMs' | 'insertMs' | 'indexMs', work: () => Promise<R> | R): Promise<R> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      times[key] += performance.now() - started;
    }
  };

  const indexes = options.rebuildSearchIndexes ? await searchIndexDefinitions(handle) : [];
  await timed('indexMs', async () => {
    for (const index of indexes) await handle.query(`DROP INDEX "${index.name}"`);
  });

  // Providers first: one row per distinct name (the existing ones are reused).
  const existing = await handle.query(`SELECT id, name FROM providers WHERE tenant_id = $1`, [tenantId]);
  const providerIds = new Map(existing.map((p) => [String(p.name), String(p.id)]));
  const providerRows = await timed('rowsMs', () => {
    const rows: (typeof providers.$inferInsert)[] = [];
    for (const l of listings) {
      if (providerIds.has(l.providerName)) continue;
      const id = crypto.randomUUID();
      providerIds.set(l.providerName, id);
      rows.push({ id, tenantId, name: l.providerName, nameReading: '', providerType: l.providerType, description: '', phone: '', email: '', url: '', createdAt: options.now, updatedAt: options.now });
    }
    return rows;
  });
  times.providers = providerRows.length;
  for (let i = 0; i < providerRows.length; i += batchSize) await timed('insertMs', () => insertJsonRows(handle, providers, providerRows.slice(i, i + batchSize)));

  for (let offset = 0; offset < listings.length; offset += batchSize) {
    const [rows, linkRows] = await timed('rowsMs', () => {
      const rows: (typeof resources.$inferInsert)[] = [];
      const linkRows: (typeof resourceNeedCategories.$inferInsert)[] = [];
      for (let i = offset; i < Math.min(listings.length, offset + batchSize); i++) {
        const l = listings[i]!;
        const id = crypto.randomUUID();
        const district = l.districtName ? setup.districtByName.get(l.districtName) : undefined;
        const searchText = searchTexts[i]!;
        const weekdays = scheduleWeekdays(l.schedule);
        const needCategoryIds = l.categoryCodes.map((code) => setup.categoryIdByCode.get(code)!);
        const areaId = district?.areaId ?? setup.cityWideAreaId;
        rows.push({
          id,
          tenantId,
          providerId: providerIds.get(l.providerName)!,
          externalId: null,
          name: l.name,
          nameReading: l.nameReading,
          description: l.description,
          target: l.target,
          costKind: l.costKind,
          costYen: l.costYen,
          costText: l.costText,
          schedule: l.schedule,
          weekdays,
          needCategoryIds,
          placeName: l.placeName,
          postalCode: l.postalCode,
          address: l.address,
          building: l.building,
          latitude: l.latitude,
          longitude: l.longitude,
          areaId,
          districtId: district?.id ?? null,
          phone: l.phone,
          fax: l.fax,
          email: l.email,
          url: l.url,
          attributes: l.attributes,
          status: l.status,
          statusNotice: l.statusNotice,
          staffNote: '',
          isPublished: l.isPublished,
          confirmedOn: l.confirmedOn,
          confirmedBy: l.confirmedOn ? '生活支援コーディネーター' : '',
          searchText,
          searchKeys: buildSearchKeys(searchText, { needCategoryIds, weekdays, costKind: l.costKind, attributes: l.attributes, areaId, districtId: district?.id }),
          nameGrams: buildNameGrams(searchText),
          archivedAt: l.archived ? options.now : null,
          createdAt: options.now,
          updatedAt: options.now,
        });
        for (const code of l.categoryCodes) linkRows.push({ tenantId, resourceId: id, needCategoryId: setup.categoryIdByCode.get(code)! });
      }
      return [rows, linkRows] as const;
    });
    await timed('insertMs', async () => {
      await insertJsonRows(handle, resources, rows);
      await insertJsonRows(handle, resourceNeedCategories, linkRows);
    });
    times.links += linkRows.length;
    options.onBatch?.(Math.min(listings.length, offset + batchSize));
  }

  await timed('indexMs', async () => {
    for (const index of indexes) await handle.query(index.definition);
  });
  return times;
}

/**
 * PGlite on a bench folder with other server settings than the app's
 * openPglite (which sizes shared_buffers to the data): for what-if figures only.
 */
export async function openPgliteWithSettings(dataDir: string, settings: string[]): Promise<DatabaseHandle> {
  const [{ PGlite }, { pg_trgm }, { drizzle }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
  ]);
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm }, postgresqlconf: settings });
  const db = drizzle(client) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    forTenant: (tenantId) => drizzle(scopePglite(client, tenantId)) as unknown as Database,
    query: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
    withAdvisoryLock: async (_key, work) => work(db),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}
