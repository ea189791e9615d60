import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { createTenant, type Tenant } from '../../../platform/tenancy/tenancy.ts';
import { demoResources } from '../../demo/demo-resources.ts';
import { createUser } from '../../users/service.ts';
import { createResource, findNeedCategories, searchResources } from '../service.ts';
import { resourceInput } from '../validation.ts';
import { hsdsApi } from './api.ts';
import { exportHsdsJson } from './export-hsds.ts';
import { expectHsds, expectHsdsPage } from './schema-check.test-support.ts';

type Json = Record<string, any>;
let testApp: TestApp;
let visitor: TestClient;
let sapporo: { tenant: Tenant; client: TestClient; serviceId: string };
let hidden: { inactiveId: string; archivedId: string };
const publicDemo = demoResources.filter((r) => !r.draft);

const get = async (path: string, client = visitor): Promise<{ status: number; body: Json }> => {
  const response = await client.get(path);
  return { status: response.status, body: (await response.json()) as Json };
};
const ok = async (path: string, client = visitor): Promise<Json> => {
  const { status, body } = await get(path, client);
  expect(status, `${path}: ${JSON.stringify(body)}`).toBe(200);
  return body;
};
/** Every item of a list endpoint, page by page. */
async function all(path: string, client = visitor): Promise<Json[]> {
  const items: Json[] = [];
  for (let page = 1; ; page++) {
    const body = await ok(`${path}${path.includes('?') ? '&' : '?'}per_page=100&page=${page}`, client);
    items.push(...body.contents);
    if (body.last_page) return items;
  }
}
const names = (items: Json[]) => items.map((s) => s.name as string).sort();
/** Every value of an `id` key in a nested object. */
const idsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(idsIn) : value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => (k === 'id' ? [v as string] : idsIn(v))) : [];

beforeAll(async () => {
  testApp = await createTestApp({ demoResources: true });
  // Until src/app.ts mounts the router, mount it here the way app.ts would.
  if (!testApp.app.routes.some((r) => r.path.startsWith('/api/hsds'))) testApp.app.route('/', hsdsApi);
  visitor = createClient(testApp);

  const admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
  const post = async (listing: Json) => {
    const response = await admin.json('POST', '/api/v1/resources', { costKind: 'free', isPublished: true, ...listing });
    expect(response.status, await response.clone().text()).toBe(201);
    return ((await response.json()) as Json).resource.id as string;
  };
  const inactiveId = await post({ name: '活動していない除雪の会', providerName: '活動していない団体', status: 'inactive' });
  const archivedId = await post({ name: '終わった除雪の会', providerName: '終わった団体' });
  expect((await admin.post(`/staff/resources/${archivedId}/archive`, {})).status).toBe(303);
  hidden = { inactiveId, archivedId };

  const tenant = await createTenant(testApp.database.db, { slug: 'sapporo', name: '札幌市社会福祉協議会', hosts: ['sapporo.example.jp'] });
  const system = { db: testApp.database.db, tenantId: tenant.id, actor: null, now: testApp.clock.now, requestId: 't' };
  const user = await createUser(system, { email: 'admin@example.jp', displayName: '札幌 管理者', nameReading: '', role: 'admin', password: 'sapporo-password-1' }, { asSystem: true });
  const ctx = { ...system, actor: { id: user.id, tenantId: tenant.id, email: user.email, displayName: user.displayName, role: 'admin' as const, areaIds: [] } };
  const snow = (await findNeedCategories(ctx)).find((c) => c.code === 'snow')!;
  const input = resourceInput.parse({ name: '札幌 除雪ボランティア', providerName: '札幌除雪の会', needCategoryIds: [snow.id], costKind: 'free', isPublished: true, placeName: '中央会館' });
  const { resource } = await createResource(ctx, input);
  sapporo = { tenant, client: createClient(testApp, 'sapporo.example.jp'), serviceId: resource.id };
});
afterAll(async () => testApp.close());

describe('the HSDS API root', () => {
  it('names HSDS 3.0 and the OpenAPI file, with or without the trailing slash', async () => {
    for (const path of ['/api/hsds/', '/api/hsds']) {
      const body = await ok(path);
      expect(body.version).toBe('3.0');
      expect(() => new URL(body.profile)).not.toThrow();
      expect(body.openapi_url).toMatch(/^https:\/\/.+openapi\.json$/);
    }
  });
});

describe('listing services', () => {
  it('answers a Page of the public listings only, valid against service_list.json', async () => {
    const body = await ok('/api/hsds/services');
    expectHsdsPage('compiled/service_list.json', body);
    expect(body).toMatchObject({ total_items: publicDemo.length, total_pages: Math.ceil(publicDemo.length / 20), page_number: 1, size: 20, first_page: true, last_page: false, empty: false });
    const services = await all('/api/hsds/services');
    expect(names(services)).toEqual(names(publicDemo));
    expect(new Set(services.map((s) => s.status))).toEqual(new Set(['active', 'temporarily closed']));
  });

  it('pages with per_page and page, and answers an empty last page past the end', async () => {
    const total = publicDemo.length;
    const pages = Math.ceil(total / 7);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const body = await ok(`/api/hsds/services?per_page=7&page=${page}`);
      expect(body).toMatchObject({ total_items: total, total_pages: pages, page_number: page, first_page: page === 1, last_page: page === pages, empty: false });
      expect(body.size).toBe(page < pages ? 7 : total - 7 * (pages - 1));
      seen.push(...body.contents.map((s: Json) => s.id));
    }
    expect(new Set(seen).size).toBe(total);
    expect(await ok(`/api/hsds/services?per_page=7&page=${pages + 1}`)).toMatchObject({ size: 0, empty: true, last_page: true, contents: [] });
  });

  it('refuses bad paging and filter values with a 422 naming the field', async () => {
    for (const [query, field] of [['per_page=101', 'per_page'], ['per_page=0', 'per_page'], ['page=0', 'page'], ['page=x', 'page'], ['modified_after=yesterday', 'modified_after'], ['organization_id=42', 'organization_id'], ['full=maybe', 'full']]) {
      const { status, body } = await get(`/api/hsds/services?${query}`);
      expect(status, query).toBe(422);
      expect(body.error.code).toBe('invalid');
      expect(body.error.fields.map((f: Json) => f.path)).toContain(field);
    }
  });

  it('searches with the Japanese search of the directory: 除雪 finds the snow listings', async () => {
    const found = names(await all('/api/hsds/services?search=' + encodeURIComponent('除雪')));
    const directory = (await ok('/api/v1/resources?perPage=100&q=' + encodeURIComponent('除雪'))).results.map((r: Json) => r.name).sort();
    expect(found).toEqual(directory);
    expect(found).toEqual(expect.arrayContaining(publicDemo.filter((r) => r.name.includes('除雪')).map((r) => r.name)));
    expect(found).not.toContain('活動していない除雪の会');
    expect(found).not.toContain('札幌 除雪ボランティア');
  });

  it('filters by taxonomy_term_id, organization_id and taxonomy_id, combined with AND', async () => {
    const terms = (await ok('/api/hsds/taxonomy_terms')).contents as Json[];
    const snow = terms.find((t) => t.code === 'snow')!;
    const bySnow = await all(`/api/hsds/services?full=true&taxonomy_term_id=${snow.id}`);
    expect(names(bySnow)).toEqual(names(publicDemo.filter((r) => r.categories.includes('snow'))));
    for (const service of bySnow) expect(service.attributes.map((a: Json) => a.taxonomy_term_id)).toContain(snow.id);

    const shakyo = publicDemo.filter((r) => r.provider === '旭川市社会福祉協議会（第2層生活支援コーディネーター）');
    const one = (await all('/api/hsds/services')).find((s) => s.name === shakyo[0]!.name)!;
    const byOrganization = await all(`/api/hsds/services?organization_id=${one.organization_id}`);
    expect(names(byOrganization)).toEqual(names(shakyo));
    expect(byOrganization.every((s) => s.organization.id === one.organization_id)).toBe(true);

    const both = await all(`/api/hsds/services?taxonomy_term_id=${snow.id}&organization_id=${one.organization_id}&search=${encodeURIComponent('除雪')}`);
    expect(both).toEqual([]);
    const taxonomyId = (await ok('/api/hsds/taxonomies')).contents[0].id;
    expect((await ok(`/api/hsds/services?taxonomy_id=${taxonomyId}`)).total_items).toBeGreaterThan(0);
    expect((await ok(`/api/hsds/services?taxonomy_id=${snow.id}`)).total_items).toBe(0);
  });

  it('filters by modified_after: on or after the change, never in the future', async () => {
    const changedAt = testApp.clock.now.toISOString();
    expect((await ok(`/api/hsds/services?modified_after=${encodeURIComponent(changedAt)}`)).total_items).toBe(publicDemo.length);
    expect((await ok('/api/hsds/services?modified_after=2026-01-01')).total_items).toBe(publicDemo.length);
    expect(await ok('/api/hsds/services?modified_after=2099-01-01T00:00:00%2B09:00')).toMatchObject({ total_items: 0, total_pages: 0, empty: true, contents: [] });
  });
});

describe('one service', () => {
  it('is fully nested, valid against compiled/service.json, with our fields mapped to HSDS', async () => {
    const id = (await all('/api/hsds/services')).find((s) => s.name === 'まごころ配食サービス')!.id;
    const service = await ok(`/api/hsds/services/${id}`);
    expectHsds('compiled/service.json', service);
    expect(service).toMatchObject({
      status: 'active',
      url: 'https://example.jp/magokoro-kitchen',
      assured_date: '2026-06-12',
      fees_description: '550円（1食）',
      application_process: '予約が必要',
      last_modified: testApp.clock.now.toISOString(),
      organization: { name: '株式会社まごころキッチン旭川' },
      languages: [{ code: 'ja' }],
      cost_options: [{ amount: 550, currency: 'JPY', amount_description: '1食' }],
    });
    expect(service.phones.map((p: Json) => [p.type, p.number])).toEqual([['voice', '0166-27-4410'], ['fax', '0166-27-4411']]);
    expect(service.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA', opens_at: '11:00', closes_at: '13:00', timezone: 9 });
    expect(service.attributes.map((a: Json) => a.taxonomy_term.name).sort()).toEqual(['見守り・安否確認', '食事・配食'].sort());
    const [{ location }] = service.service_at_locations;
    expect(location).toMatchObject({ location_type: 'physical', name: 'まごころキッチン 調理センター', latitude: 43.7697, longitude: 142.3668 });
    expect(location.addresses).toEqual([expect.objectContaining({ state_province: '北海道', city: '旭川市', address_1: '6条通12丁目', postal_code: '070-0036', country: 'JP' })]);
    const ids = idsIn(service);
    expect(new Set(ids).size, 'every object has its own id').toBe(ids.length);
    expect(await ok(`/api/hsds/services/${id}`), 'derived ids are stable').toEqual(service);
  });

  it('says temporarily closed, with the notice as the alert, and free costs as 0 JPY', async () => {
    const services = await all('/api/hsds/services');
    const closed = await ok(`/api/hsds/services/${services.find((s) => s.name === 'ながやま地域食堂 きずな')!.id}`);
    expect(closed).toMatchObject({ status: 'temporarily closed', alert: '会場改修のため休止中（令和9年4月再開予定）' });
    const free = publicDemo.find((r) => r.cost === 'free' && !r.costNote)!;
    const freeService = await ok(`/api/hsds/services/${services.find((s) => s.name === free.name)!.id}`);
    expect(freeService.cost_options).toEqual([expect.objectContaining({ amount: 0, currency: 'JPY' })]);
    expect(freeService.fees_description).toBe('無料');
  });

  it('answers 404 for drafts, inactive and archived listings, unknown and malformed ids', async () => {
    const ctx = { db: testApp.database.db, tenantId: testApp.demo.id, actor: null, now: testApp.clock.now, requestId: 't' };
    const staffSearch = await searchResources(ctx, { q: '', perPage: 100, free: false, transport: false, target: '' }, { includeDrafts: true });
    const draftId = staffSearch.results.find((r) => r.name === demoResources.find((d) => d.draft)!.name)!.id;
    for (const id of [draftId, hidden.inactiveId, hidden.archivedId, crypto.randomUUID(), 'not-a-uuid']) {
      const { status, body } = await get(`/api/hsds/services/${id}`);
      expect(status, id).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
  });
});

describe('another tenant', () => {
  it("answers 404 for the other tenant's services, organizations, places and terms, and lists only its own", async () => {
    const own = await all('/api/hsds/services', sapporo.client);
    expect(names(own)).toEqual(['札幌 除雪ボランティア']);
    const theirs = await ok(`/api/hsds/services/${sapporo.serviceId}`, sapporo.client);
    const sapporoPaths = [`/api/hsds/services/${theirs.id}`, `/api/hsds/organizations/${theirs.organization.id}`, `/api/hsds/service_at_locations/${theirs.service_at_locations[0].id}`, `/api/hsds/taxonomy_terms/${theirs.attributes[0].taxonomy_term_id}`];
    for (const path of sapporoPaths) expect((await get(path)).status, path).toBe(404);
    const demo = await ok(`/api/hsds/services/${(await all('/api/hsds/services'))[0]!.id}`);
    const demoPaths = [`/api/hsds/services/${demo.id}`, `/api/hsds/organizations/${demo.organization.id}`, `/api/hsds/service_at_locations/${demo.service_at_locations[0].id}`, `/api/hsds/taxonomies/${(await ok('/api/hsds/taxonomies')).contents[0].id}`];
    for (const path of demoPaths) expect((await get(path, sapporo.client)).status, path).toBe(404);
  });
});

describe('organizations, places and the taxonomy', () => {
  it('lists only organizations that run a public listing; each answers with its public services', async () => {
    const body = await ok('/api/hsds/organizations');
    expectHsdsPage('compiled/organization_list.json', body);
    const organizations = await all('/api/hsds/organizations');
    expect(names(organizations)).toEqual([...new Set(publicDemo.map((r) => r.provider))].sort());
    const shakyo = organizations.find((o) => o.name === '旭川市社会福祉協議会（第2層生活支援コーディネーター）')!;
    for (const query of ['', '?full_service=true']) {
      const organization = await ok(`/api/hsds/organizations/${shakyo.id}${query}`);
      expectHsds('compiled/organization.json', organization);
      expect(organization.services).toHaveLength(2);
    }
    expect(names((await ok(`/api/hsds/organizations?search=${encodeURIComponent('まごころ')}`)).contents)).toEqual(['株式会社まごころキッチン旭川']);
  });

  it('lists service_at_locations, each resolving to its fully nested record', async () => {
    const body = await ok('/api/hsds/service_at_locations?per_page=5');
    expectHsdsPage('compiled/service_at_location_list.json', body);
    expect(body.total_items).toBe(publicDemo.length);
    const first = body.contents[0];
    const full = await ok(`/api/hsds/service_at_locations/${first.id}`);
    expectHsds('compiled/service_at_location.json', full);
    expect(full).toMatchObject({ id: first.id, service_id: first.service_id, location: { id: first.location_id }, service: { id: first.service_id } });
    expectHsdsPage('compiled/service_at_location.json', await ok('/api/hsds/service_at_locations?per_page=3&full=true'));
  });

  it('serves the one 困りごと taxonomy and its terms', async () => {
    const taxonomies = await ok('/api/hsds/taxonomies');
    expectHsdsPage('taxonomy.json', taxonomies);
    expect(taxonomies.contents).toEqual([expect.objectContaining({ name: '困りごと' })]);
    const taxonomy = await ok(`/api/hsds/taxonomies/${taxonomies.contents[0].id}`);
    expectHsds('taxonomy.json', taxonomy);
    const terms = await ok('/api/hsds/taxonomy_terms');
    expectHsdsPage('taxonomy_term.json', terms);
    expect(terms.total_items).toBe(12);
    expect(terms.contents.every((t: Json) => t.taxonomy_id === taxonomy.id && t.language === 'ja')).toBe(true);
    expectHsds('taxonomy_term.json', await ok(`/api/hsds/taxonomy_terms/${terms.contents[2].id}`));
    expect((await ok(`/api/hsds/taxonomy_terms?parent_id=${terms.contents[0].id}`)).total_items).toBe(0);
    expect((await ok(`/api/hsds/taxonomy_terms?taxonomy_id=${crypto.randomUUID()}`)).total_items).toBe(0);
    expect(names((await ok(`/api/hsds/taxonomy_terms?search=${encodeURIComponent('じょせつ')}`)).contents)).toEqual(['除雪']);
  });
});

describe('the HSDS JSON export', () => {
  it('holds every public listing of the tenant as a fully nested, valid service', async () => {
    const ctx = { db: testApp.database.db, tenantId: testApp.demo.id, actor: null, now: testApp.clock.now, requestId: 't' };
    const services = JSON.parse(JSON.stringify(await exportHsdsJson(ctx))) as Json[];
    expect(names(services)).toEqual(names(publicDemo));
    expectHsds('compiled/service_package.json', services, 'export');
    expect(JSON.stringify(services)).not.toContain('staff_note');
  });
});
