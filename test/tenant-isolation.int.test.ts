import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/features/users/service.ts';
import * as areasService from '../src/features/areas/service.ts';
import { createTenant, type Tenant } from '../src/platform/tenancy/tenancy.ts';
import { createClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Two cities on one deployment: 旭川 (the demo, any host) and 札幌 (its own host).
let testApp: TestApp;
let sapporo: Tenant;
const sapporoHost = 'sapporo.example.jp';

beforeAll(async () => {
  testApp = await createTestApp();
  sapporo = await createTenant(testApp.database.db, { slug: 'sapporo', name: '札幌市社会福祉協議会', hosts: [sapporoHost] });
  const system = { db: testApp.database.db, tenantId: sapporo.id, actor: null, now: testApp.clock.now, requestId: 't' };
  const admin = await createUser(system, { email: 'admin@example.jp', displayName: '札幌 管理者', nameReading: '', role: 'admin', password: 'sapporo-password-1' }, { asSystem: true });
  const ctx = { ...system, actor: { id: admin.id, tenantId: sapporo.id, email: admin.email, displayName: admin.displayName, role: 'admin' as const, areaIds: [] } };
  await areasService.createArea(ctx, { tier: 2, parentId: null, name: '中央区', nameReading: 'ちゅうおうく', description: '', sortOrder: 0 });
});
afterAll(async () => testApp.close());

async function areaIds(host: string): Promise<{ id: string; name: string }[]> {
  return ((await (await createClient(testApp, host).get('/api/v1/areas')).json()) as { areas: { id: string; name: string }[] }).areas;
}

describe('tenant isolation', () => {
  it('shows each tenant only its own areas, on pages and in the API', async () => {
    const asahikawa = await (await createClient(testApp, 'localhost').get('/areas')).text();
    const sapporoPage = await (await createClient(testApp, sapporoHost).get('/areas')).text();
    expect(asahikawa).toContain('A地域');
    expect(asahikawa).not.toContain('中央区');
    expect(sapporoPage).toContain('中央区');
    expect(sapporoPage).not.toContain('A地域');
    expect(sapporoPage).toContain('札幌市社会福祉協議会');
    expect((await areaIds(sapporoHost)).map((a) => a.name)).toEqual(['中央区']);
  });

  it("answers 404 for another tenant's area id, on pages and in the API", async () => {
    const [asahikawaArea] = await areaIds('localhost');
    const [sapporoArea] = await areaIds(sapporoHost);
    const fromSapporo = createClient(testApp, sapporoHost);
    expect((await fromSapporo.get(`/areas/${asahikawaArea!.id}`)).status).toBe(404);
    expect((await fromSapporo.get(`/api/v1/areas/${asahikawaArea!.id}`)).status).toBe(404);
    expect((await createClient(testApp, 'localhost').get(`/api/v1/areas/${sapporoArea!.id}`)).status).toBe(404);
  });

  it('keeps accounts apart: the same email is a different person in each tenant', async () => {
    expect((await createClient(testApp, sapporoHost).signIn('admin@example.jp', 'sasaeai-demo-2026')).status).toBe(401);
    expect((await createClient(testApp, sapporoHost).signIn('admin@example.jp', 'sapporo-password-1')).status).toBe(303);
    const users = await (await signedIn(sapporoHost, 'sapporo-password-1')).get('/staff/users');
    const html = await users.text();
    expect(html).toContain('札幌 管理者');
    expect(html).not.toContain('山田 花子');
  });

  it("does not accept one tenant's session cookie on another tenant's site", async () => {
    const asahikawa = await signedIn('localhost', 'sasaeai-demo-2026');
    const cookie = asahikawa.cookies.get('sasaeai_session')!;
    const response = await testApp.app.request(`http://${sapporoHost}/staff`, { headers: { host: sapporoHost, cookie: `sasaeai_session=${cookie}` }, redirect: 'manual' });
    expect(response.status).toBe(303);
  });

  it("keeps each tenant's audit log to itself", async () => {
    const sapporoAudit = await (await (await signedIn(sapporoHost, 'sapporo-password-1')).get('/staff/audit')).text();
    const asahikawaAudit = await (await (await signedIn('localhost', 'sasaeai-demo-2026')).get('/staff/audit')).text();
    expect(sapporoAudit).toContain('中央区');
    expect(sapporoAudit).not.toContain('A地域');
    expect(asahikawaAudit).toContain('A地域');
    expect(asahikawaAudit).not.toContain('中央区');
  });
});

async function signedIn(host: string, password: string) {
  const client = createClient(testApp, host);
  await client.signIn('admin@example.jp', password);
  return client;
}
