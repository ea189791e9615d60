import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Database } from '../../db/client.ts';
import { commandLineActor, type ServiceContext } from '../../platform/context/service-context.ts';
import { createTenant, type Tenant } from '../../platform/tenancy/tenancy.ts';
import { applyImport } from './import/service.ts';
import { searchResources } from './service.ts';

// Search reads the listings as the session's user, so that its GIN indexes
// serve it under row-level security (decision 018). Its own conditions must
// then keep each tenant to its own listings.
let testApp: TestApp;
let sapporo: Tenant;
const contextOf = (tenantId: string, db?: Database): ServiceContext => ({
  db: db ?? testApp.database.forTenant(tenantId),
  tenantId,
  actor: commandLineActor(tenantId),
  now: testApp.clock.now,
  requestId: 'search-tenants',
});
const query = (q: string) => ({ q, free: false, transport: false, target: '', sort: 'relevance' as const, perPage: 50 });

beforeAll(async () => {
  testApp = await createTestApp({ demoResources: true });
  sapporo = await createTenant(testApp.database.db, { slug: 'sapporo', name: '札幌市社会福祉協議会', hosts: ['sapporo.example.jp'] });
  const file = Buffer.from('名称,名称_カナ,説明\n札幌雪かき隊,さっぽろゆきかきたい,玄関前の雪かきを手伝います。\n');
  await applyImport(contextOf(sapporo.id), file, 'sapporo.csv', { skipInvalid: false });
});
afterAll(async () => testApp.close());

describe('search as each tenant', () => {
  it("finds only the tenant's own listings for a word both tenants have", async () => {
    const inSapporo = await searchResources(contextOf(sapporo.id), query('雪かき'), { includeDrafts: true });
    expect(inSapporo.results.map((r) => r.name)).toEqual(['札幌雪かき隊']);
    const inAsahikawa = await searchResources(contextOf(testApp.demo.id), query('雪かき'), { includeDrafts: true });
    expect(inAsahikawa.results.length).toBeGreaterThan(0);
    expect(inAsahikawa.results.map((r) => r.name)).not.toContain('札幌雪かき隊');
  });

  it("gives the tenant's role back inside a longer transaction", async () => {
    const role = await testApp.database.forTenant(sapporo.id).transaction(async (tx) => {
      await searchResources(contextOf(sapporo.id, tx as unknown as Database), query('雪'), { includeDrafts: true });
      const result = await tx.execute(sql`SELECT current_setting('role') AS role`);
      return (result as unknown as { rows: { role: string }[] }).rows[0]!.role;
    });
    expect(role).toBe('sasaeai_app');
  });
});
