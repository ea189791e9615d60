import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDatabaseKind } from '../../test/support/database.ts';
import { seedDemoTenant } from '../features/demo/service.ts';
import { createListingsInBulk } from '../features/resources/import/bulk-create.ts';
import { planImport } from '../features/resources/import/service.ts';
import type { Database } from './client.ts';
import { commandLineActor } from '../platform/context/service-context.ts';
import { createTenant, type Tenant } from '../platform/tenancy/tenancy.ts';
import { openPglite, openPostgres, type DatabaseHandle } from './client.ts';
import { migrationsFolder, runMigrations } from './migrate.ts';

// Migration 0012 puts the tenant into every key. It must take a database as
// people have it (the demo, and a directory of 10,000 imported listings) to
// the new keys without changing a row.
const keysMigration = '0012_tenant_keys';
const listingCount = 10_000;
// Written by migration 0018; fixed text, not input.
const laterTenantColumns = ["arrival_notice_to text NOT NULL DEFAULT 'coordinator'", 'arrival_notice_names_person boolean NOT NULL DEFAULT false'];

/** The migrations folder as it was before `tag`: its SQL files and a journal that ends before it. */
function migrationsBefore(tag: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-migrations-'));
  fs.mkdirSync(path.join(folder, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag));
  fs.writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const { tag: earlier } of entries) fs.copyFileSync(path.join(migrationsFolder, `${earlier}.sql`), path.join(folder, `${earlier}.sql`));
  return folder;
}

let handle: DatabaseHandle;
let dropDatabase = async () => {};
let demo: Tenant;
let before: Map<string, string>;

async function migrateWith(folder: string): Promise<void> {
  await handle.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  if (handle.kind === 'pglite') return migratePglite(handle.db as never, { migrationsFolder: folder });
  const { migrate: migratePostgres } = await import('drizzle-orm/node-postgres/migrator');
  await migratePostgres(handle.db as never, { migrationsFolder: folder });
}

/**
 * Each table's row count and a digest of all its rows, in one order. Only the
 * columns a table had before are read, so columns later migrations add (with
 * their defaults) do not count as a change.
 */
let columnsBefore: Map<string, string[]> | undefined;
async function tableContents(): Promise<Map<string, string>> {
  const columns = await handle.query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`);
  const now = new Map<string, string[]>();
  for (const { table_name, column_name } of columns) now.set(String(table_name), [...(now.get(String(table_name)) ?? []), String(column_name)]);
  columnsBefore ??= now;
  const contents = new Map<string, string>();
  for (const [name, all] of now) {
    // Identifiers come from the catalog, not from input.
    const list = (columnsBefore.get(name) ?? all).map((c) => `"${c}"`).join(', ');
    const [row] = await handle.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS digest FROM (SELECT ROW(${list}) AS r FROM "${name}") t`);
    contents.set(name, `${row!.n} rows, ${row!.digest}`);
  }
  return contents;
}

function listingsFile(): Buffer {
  const districts = ['豊岡', '東光', '永山', '神楽'];
  const lines = Array.from({ length: listingCount }, (_, i) => `移行確認${i}の会,いこうかくにん${i}のかい,${i % 2 ? '除雪' : '交流・サロン'},,${districts[i % districts.length]},0166-${String(10 + (i % 80)).padStart(2, '0')}-${String(i).padStart(4, '0')}`);
  return Buffer.from(`名称,名称_カナ,困りごと,地域,圏域,電話番号\n${lines.join('\n')}\n`);
}

beforeAll(async () => {
  if (testDatabaseKind === 'pglite') {
    handle = await openPglite();
  } else {
    const empty = await createEmptyPostgresDatabase();
    handle = await openPostgres(empty.url, { max: 4 });
    dropDatabase = empty.drop;
  }
  const olderMigrations = migrationsBefore(keysMigration);
  await migrateWith(olderMigrations);
  fs.rmSync(olderMigrations, { recursive: true });

  // Today's seed reads columns later migrations add to tenants: they are there
  // for the seed only, and gone again before the migrations run.
  await handle.query(`ALTER TABLE tenants ADD COLUMN ${laterTenantColumns.join(', ADD COLUMN ')}`);
  const now = new Date('2026-12-07T01:00:00Z');
  demo = (await seedDemoTenant(handle.db, now, { laterTables: false })).tenant;
  const ctx = { db: handle.db, tenantId: demo.id, actor: commandLineActor(demo.id), now, requestId: 'migration-test' };
  // The listings as the importer writes them, without the import run a later migration adds.
  const plan = await planImport(ctx, listingsFile(), 'listings.csv');
  const created = await handle.db.transaction((tx) => createListingsInBulk({ ...ctx, db: tx as unknown as Database }, tx as unknown as Database, plan.rows.map((r) => ({ input: r.input!, externalId: r.externalId }))));
  expect(created).toHaveLength(listingCount);

  await handle.query(`ALTER TABLE tenants ${laterTenantColumns.map((c) => `DROP COLUMN ${c.split(' ')[0]}`).join(', ')}`);
  before = await tableContents();
  await runMigrations(handle);
});
afterAll(async () => {
  await handle?.close();
  await dropDatabase();
});

describe('migration 0012: keys that carry the tenant', () => {
  it('keeps every row of every table: the demo and 10,000 imported listings', async () => {
    expect(Number(before.get('resources')!.split(' ')[0])).toBeGreaterThan(listingCount);
    const after = await tableContents();
    // Tables born in later migrations start empty; every table that was there keeps its rows.
    const born = [...after.keys()].filter((name) => !before.has(name));
    expect(born.map((name) => after.get(name)).every((contents) => contents?.startsWith('0 rows'))).toBe(true);
    for (const name of born) after.delete(name);
    expect(after).toEqual(before);
  });

  it('gives every tenant-owned table a key that starts with tenant_id, and every reference between them the tenant', async () => {
    const keys = await handle.query(`
      SELECT c.conrelid::regclass::text AS table_name, c.contype AS kind, c.confrelid::regclass::text AS target,
             (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, ord)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
       WHERE n.nspname = 'public' AND c.contype IN ('p', 'f')`);
    const primaryKeys = keys.filter((k) => k.kind === 'p' && k.table_name !== 'tenants');
    expect(primaryKeys.length).toBeGreaterThanOrEqual(30);
    for (const key of primaryKeys) expect({ table: key.table_name, first: (key.columns as string[])[0] }).toEqual({ table: key.table_name, first: 'tenant_id' });
    const references = keys.filter((k) => k.kind === 'f' && k.target !== 'tenants');
    expect(references.length).toBeGreaterThanOrEqual(40);
    for (const reference of references) {
      expect({ table: reference.table_name, columns: (reference.columns as string[]).length, first: (reference.columns as string[])[0] }).toEqual({
        table: reference.table_name,
        columns: 2,
        first: 'tenant_id',
      });
    }
  });

  it("refuses a row that points at another tenant's row", async () => {
    const other = await createTenant(handle.db, { slug: 'sapporo', name: '札幌市社会福祉協議会', hosts: ['sapporo.example.jp'] });
    const [demoArea] = await handle.query(`SELECT id FROM areas WHERE tenant_id = $1 LIMIT 1`, [demo.id]);
    await expect(handle.query(`INSERT INTO districts (tenant_id, area_id, name) VALUES ($1, $2, '越境')`, [other.id, demoArea!.id])).rejects.toMatchObject({ code: '23503' });
    await handle.query(`INSERT INTO districts (tenant_id, area_id, name) VALUES ($1, $2, '自分の圏域')`, [demo.id, demoArea!.id]);
  });
});
