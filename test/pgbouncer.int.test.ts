import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { startServer } from '../src/server.ts';
import { openPostgres, type DatabaseHandle } from '../src/db/client.ts';
import { latestMigrationTag, runMigrations } from '../src/db/migrate.ts';
import { areas } from '../src/features/areas/schema.ts';
import { findActorAreaIds } from '../src/features/coordinators/service.ts';
import { seedDemoTenant } from '../src/features/demo/service.ts';
import { createTenant, forgetCachedTenants, type Tenant } from '../src/platform/tenancy/tenancy.ts';
import { createEmptyPostgresDatabase, testDatabaseKind } from './support/database.ts';
import { createMemoryMailer } from './support/memory-mailer.ts';
import { pgbouncerMissing, startPgbouncer } from './support/pgbouncer.ts';

// Behind PgBouncer in transaction mode each statement or transaction may get
// another server connection, and nothing set outside a transaction survives
// it. The tenant's settings are transaction-local, so they must hold there.
const missing = testDatabaseKind === 'postgresql' ? pgbouncerMissing() : 'PgBouncer runs in front of PostgreSQL only';
if (missing) console.log(`PgBouncer tests skipped: ${missing}`);

const cleanups: (() => Promise<void> | void)[] = [];
let handle: DatabaseHandle;
let demo: Tenant;
let other: Tenant;
let bouncerUrl: (database: string) => string;

beforeAll(async () => {
  if (missing) return;
  const database = await createEmptyPostgresDatabase();
  cleanups.push(database.drop);
  // Migrations hold a session advisory lock: they go to the server directly, never through the pooler.
  const direct = await openPostgres(database.url, { max: 2 });
  await runMigrations(direct);
  demo = (await seedDemoTenant(direct.db, new Date('2026-11-23T01:00:00Z'), { resources: true, events: true })).tenant;
  await direct.close();
  const bouncer = await startPgbouncer(process.env.TEST_DATABASE_URL!);
  cleanups.push(bouncer.stop);
  bouncerUrl = bouncer.url;
  handle = await openPostgres(bouncer.url(new URL(database.url).pathname.slice(1)), { max: 16 });
  cleanups.push(() => handle.close());
  other = await createTenant(handle.db, { slug: 'sapporo', name: '札幌市社会福祉協議会', hosts: ['sapporo.example.jp'] });
  await handle.forTenant(other.id).insert(areas).values({ tenantId: other.id, tier: 2, name: '中央区' });
}, 120_000);
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.skipIf(missing)('through PgBouncer in transaction mode', () => {
  it('keeps each of many simultaneous statements and transactions to its own tenant', async () => {
    const demoAreas = (await handle.db.select().from(areas).where(eq(areas.tenantId, demo.id))).length;
    const answers = await Promise.all(
      Array.from({ length: 80 }, async (_, i) => {
        const tenant = i % 2 ? demo : other;
        const db = handle.forTenant(tenant.id);
        const rows = i % 4 < 2 ? await db.select().from(areas) : await db.transaction(async (tx) => tx.select().from(areas));
        return { tenant: tenant.id, count: rows.length, tenants: new Set(rows.map((row) => row.tenantId)).size };
      }),
    );
    for (const answer of answers) {
      expect(answer.tenants).toBe(1);
      expect(answer.count).toBe(answer.tenant === demo.id ? demoAreas : 1);
    }
  });

  it('serves the public directory, its search and the API', async () => {
    forgetCachedTenants();
    const app = createApp({
      database: handle,
      secret: 'pgbouncer-test-secret-pgbouncer-test-secret',
      now: () => new Date('2026-11-23T01:00:00Z'),
      trustProxy: false,
      findActorAreaIds,
      migrationTag: latestMigrationTag(),
      baseUrl: 'http://localhost',
      mailer: createMemoryMailer(),
    });
    const search = await app.request('http://localhost/resources?q=%E9%9B%AA%E3%81%8B%E3%81%8D');
    expect(search.status).toBe(200);
    expect(await search.text()).toContain('件');
    const api = await app.request('http://sapporo.example.jp/api/v1/areas', { headers: { host: 'sapporo.example.jp' } });
    expect(((await api.json()) as { areas: { name: string }[] }).areas.map((a) => a.name)).toEqual(['中央区']);
    expect((await app.request('http://localhost/events')).status).toBe(200);
  });
});

describe.skipIf(missing)('DATABASE_URL through PgBouncer, DATABASE_DIRECT_URL to the server', () => {
  it('migrates and prepares an empty database on the direct connection, leaves no lock behind, and LISTENs there', { timeout: 120_000 }, async () => {
    const database = await createEmptyPostgresDatabase();
    cleanups.push(database.drop);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-direct-'));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const name = new URL(database.url).pathname.slice(1);
    const config = loadConfig({
      DATABASE_URL: bouncerUrl(name),
      // The name tells the direct session from the pooler's server connections.
      DATABASE_DIRECT_URL: `${database.url}?application_name=sasaeai_direct`,
      SASAEAI_SECRET: 'direct-url-test-secret-direct-url-test-secret',
      SASAEAI_DATA_DIR: dataDir,
      SASAEAI_LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
    });
    const server = await startServer(config);
    cleanups.push(server.close);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/setup`)).status).toBe(200);
    const server2 = new pg.Client({ connectionString: database.url });
    await server2.connect();
    try {
      // A session lock taken through the pooler would stay with whichever
      // server connection ran it, and the next start would wait for it forever.
      const locks = await server2.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = $1)`, [name]);
      expect(locks.rows[0].n).toBe(0);
      const listening = await server2.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND query = 'LISTEN sasaeai_pages' AND application_name = 'sasaeai_direct'`, [name]);
      expect(listening.rows[0].n).toBe(1);
    } finally {
      await server2.end();
    }
  });
});
