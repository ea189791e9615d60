import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { openPostgres, type DatabaseHandle } from '../src/db/client.ts';
import { latestMigrationTag, runMigrations } from '../src/db/migrate.ts';
import { openReadReplica, type ReadReplica, type ReplicaState } from '../src/db/read-replica.ts';
import { areas } from '../src/features/areas/schema.ts';
import { findActorAreaIds } from '../src/features/coordinators/service.ts';
import { seedDemoTenant } from '../src/features/demo/service.ts';
import type { Mailer } from '../src/platform/mail/mailer.ts';
import { forgetCachedTenants, type Tenant } from '../src/platform/tenancy/tenancy.ts';
import { createEmptyPostgresDatabase, testDatabaseKind } from './support/database.ts';
import { createClient } from './support/http-client.ts';
import { createMemoryMailer } from './support/memory-mailer.ts';
import { startStandby, standbyMissing, type Standby } from './support/replica-cluster.ts';
import type { TestApp } from './support/test-app.ts';

// A primary and a real streaming standby (pg_basebackup -R). Public reads
// go to the standby while it keeps up; a browser that just wrote, and
// everyone while the standby lags or is down, read from the primary.
const missing = testDatabaseKind === 'postgresql' ? standbyMissing() : 'a standby streams from PostgreSQL only';
if (missing) console.log(`Read replica tests skipped: ${missing}`);

const cleanups: (() => Promise<void> | void)[] = [];
let primary: DatabaseHandle;
let standby: Standby;
let databaseName: string;
let demo: Tenant;

beforeAll(async () => {
  if (missing) return;
  const database = await createEmptyPostgresDatabase();
  cleanups.push(database.drop);
  databaseName = new URL(database.url).pathname.slice(1);
  primary = await openPostgres(database.url);
  cleanups.push(() => primary.close());
  await runMigrations(primary);
  demo = (await seedDemoTenant(primary.db, new Date('2026-11-23T01:00:00Z'))).tenant;
  standby = await startStandby(process.env.TEST_DATABASE_URL!);
  cleanups.push(() => standby.stop());
  const onStandby = await openPostgres(standby.url(databaseName), { max: 1 });
  for (let attempt = 0; attempt < 200; attempt++) {
    const [row] = await onStandby.query(`SELECT count(*)::int AS n FROM tenants`).catch(() => [{ n: 0 }]);
    if (Number(row?.n) > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await onStandby.close();
}, 180_000);
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function appWith(replica: ReadReplica): TestApp<Mailer> {
  forgetCachedTenants();
  const app = createApp({
    database: primary,
    secret: 'replica-test-secret-replica-test-secret-01',
    now: () => new Date('2026-11-23T01:00:00Z'),
    trustProxy: false,
    findActorAreaIds,
    migrationTag: latestMigrationTag(),
    baseUrl: 'http://localhost',
    mailer: createMemoryMailer(),
    replica,
  });
  return { app } as TestApp<Mailer>;
}

async function areaNames(client: ReturnType<typeof createClient>, tag: string): Promise<string[]> {
  const response = await client.get(`/api/v1/areas?probe=${tag}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { areas: { name: string }[] }).areas.map((a) => a.name);
}

async function healthOf(testApp: TestApp<Mailer>, state: ReplicaState): Promise<{ replica: { state: ReplicaState } }> {
  for (let attempt = 0; attempt < 400; attempt++) {
    const health = (await (await testApp.app.request('http://localhost/healthz')).json()) as { replica: { state: ReplicaState } };
    if (health.replica.state === state) return health;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the replica never became ${state}`);
}

describe.skipIf(missing)('a read replica for the public side', () => {
  it('reads public data from the replica, and from the primary for a browser that just wrote', async () => {
    const replica = await openReadReplica(standby.url(databaseName), primary, { maxLagSeconds: 3600, checkEveryMs: 100 });
    cleanups.push(() => replica.close());
    const testApp = appWith(replica);
    await healthOf(testApp, 'ok');
    standby.pause();
    try {
      await primary.db.insert(areas).values({ tenantId: demo.id, tier: 2, name: '新しい地域' });
      const visitor = createClient(testApp);
      expect(await areaNames(visitor, 'a')).not.toContain('新しい地域');
      // A write (here a failed sign-in) marks the browser with the primary's position.
      await visitor.get('/login');
      expect((await visitor.post('/login', { email: 'nobody@example.jp', password: 'wrong-password-1' })).status).toBeLessThan(500);
      expect(decodeURIComponent(visitor.cookies.get('sasaeai_wrote') ?? '')).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(await areaNames(visitor, 'b')).toContain('新しい地域');
      expect(await areaNames(createClient(testApp), 'c')).not.toContain('新しい地域');
    } finally {
      standby.resume();
    }
    // Caught up, the replica answers the writer too.
    await healthOf(testApp, 'ok');
    const visitor = createClient(testApp);
    for (let attempt = 0; attempt < 200 && !(await areaNames(visitor, `d${attempt}`)).includes('新しい地域'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await areaNames(visitor, 'e')).toContain('新しい地域');
  });

  it('falls back to the primary while the replica lags beyond the limit or is down, and says so on /healthz', async () => {
    const replica = await openReadReplica(standby.url(databaseName), primary, { maxLagSeconds: 0.3, checkEveryMs: 100 });
    cleanups.push(() => replica.close());
    const testApp = appWith(replica);
    await healthOf(testApp, 'ok');
    standby.pause();
    try {
      await primary.db.insert(areas).values({ tenantId: demo.id, tier: 2, name: '遅れの確認' });
      const health = await healthOf(testApp, 'lagging');
      expect(health.replica).toMatchObject({ state: 'lagging' });
      expect(await areaNames(createClient(testApp), 'f')).toContain('遅れの確認');
    } finally {
      standby.resume();
    }
    await healthOf(testApp, 'ok');
    standby.stop();
    await healthOf(testApp, 'down');
    expect(await areaNames(createClient(testApp), 'g')).toContain('遅れの確認');
  });
});
