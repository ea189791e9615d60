import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { latestMigrationTag } from '../src/db/migrate.ts';
import { findActorAreaIds } from '../src/features/coordinators/service.ts';
import { forgetCachedTenants } from '../src/platform/tenancy/tenancy.ts';
import { prepareFirstTenant } from '../src/server.ts';
import { createTestDatabase, testDatabaseKind } from './support/database.ts';
import { createClient } from './support/http-client.ts';
import { createMemoryMailer } from './support/memory-mailer.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('health and API description', () => {
  it('reports the database kind and the newest migration', async () => {
    const response = await createClient(testApp).get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: testDatabaseKind, migration: latestMigrationTag(), process: process.pid });
  });

  it('serves an OpenAPI 3.1 document generated from the same zod schemas that validate input', async () => {
    const doc = (await (await createClient(testApp).get('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> } }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/v1/areas', '/api/v1/areas/{id}', '/api/v1/districts', '/api/v1/coordinators', '/api/v1/coordinators/{id}', '/api/v1/coordinators/{id}/assignments', '/api/v1/resources', '/api/v1/resources/{id}']) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    const createArea = doc.paths['/api/v1/areas']!.post!.requestBody!.content['application/json']!.schema;
    expect(Object.keys(createArea.properties).sort()).toEqual(['description', 'name', 'nameReading', 'parentId', 'sortOrder', 'tier']);
    expect(createArea.required).toContain('name');
    expect(doc.components.schemas).toHaveProperty('Area');
  });
});

describe('what every public page carries', () => {
  it('links a favicon that is served (also at /favicon.ico), and has a meta description; staff pages are not indexed instead', async () => {
    const client = createClient(testApp);
    for (const path of ['/', '/areas', '/resources', '/events']) {
      const html = await (await client.get(path)).text();
      expect(html, path).toMatch(/<meta name="description" content="旭川市社会福祉協議会の生活支援の情報サイト。[^"]+"/);
      expect(html, path).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"/>');
    }
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const icon = await client.get(path);
      expect([icon.status, icon.headers.get('content-type')], path).toEqual([200, 'image/svg+xml']);
    }
  });
});

describe('pages that go wrong', () => {
  it('answers unknown pages with a Japanese 404 page and unknown API paths with JSON', async () => {
    const page = await createClient(testApp).get('/no-such-page');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('お探しのページは見つかりませんでした。');
    const api = await createClient(testApp).get('/api/v1/nothing');
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('shows a Japanese error page, not a stack trace, when the database is down', async () => {
    const database = await createTestDatabase();
    const app = createApp({ database, secret: 'x'.repeat(32), now: () => new Date(), trustProxy: false, findActorAreaIds, migrationTag: 'm', baseUrl: 'http://localhost', mailer: createMemoryMailer() });
    forgetCachedTenants();
    await database.close();
    const response = await app.request('http://localhost/areas');
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('ただいまデータベースに接続できません');
    expect(html).not.toMatch(/at .*\.ts:\d+/);
    const health = await app.request('http://localhost/healthz');
    expect(health.status).toBe(503);
    expect(((await health.json()) as { error: { code: string } }).error.code).toBe('database_unavailable');
  });

  it('sets security headers on every page', async () => {
    const response = await createClient(testApp).get('/');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('first start without the demo', () => {
  it('sends the first visitor to setup, which creates the first admin once', async () => {
    forgetCachedTenants();
    const database = await createTestDatabase();
    try {
      expect(await prepareFirstTenant(database, false, new Date())).toBe('empty');
      const app = createApp({ database, secret: 'y'.repeat(32), now: () => new Date(), trustProxy: false, findActorAreaIds, migrationTag: 'm', baseUrl: 'http://localhost', mailer: createMemoryMailer() });
      const client = createClient({ app, database, demo: undefined as never, clock: { now: new Date() }, mailer: createMemoryMailer(), secret: '', close: async () => {} });
      const home = await client.get('/');
      expect(home.status).toBe(303);
      expect(home.headers.get('location')).toBe('/setup');
      await client.get('/setup');
      const invalid = await client.post('/setup', { tenantName: '', displayName: '', email: 'x', password: 'short' });
      expect(invalid.status).toBe(422);
      const done = await client.post('/setup', { tenantName: '札幌市社会福祉協議会', displayName: '最初 の人', email: 'first@example.jp', password: 'first-admin-password' });
      expect(done.status).toBe(303);
      expect((await client.get('/setup')).status).toBe(404);
      expect((await client.signIn('first@example.jp', 'first-admin-password')).status).toBe(303);
      expect(await (await client.get('/')).text()).toContain('札幌市社会福祉協議会');
    } finally {
      forgetCachedTenants();
      await database.close();
    }
  });
});
