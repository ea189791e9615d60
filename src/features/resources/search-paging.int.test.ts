import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { normalizeForSearch } from '../../platform/japanese-text/search-normalize.ts';
import { findNeedCategories, searchResources } from './service.ts';
import type { ResourceSearchQuery } from './validation.ts';

let testApp: TestApp;
let admin: TestClient;
let resident: ServiceContext;
const query = (q: string, more: Partial<ResourceSearchQuery> = {}): ResourceSearchQuery => ({ q, free: false, transport: false, target: '', ...more });

beforeAll(async () => {
  testApp = await createTestApp({ demoResources: true });
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
  resident = { db: testApp.database.db, tenantId: testApp.demo.id, actor: null, now: testApp.clock.now, requestId: 'test' };
});
afterAll(async () => testApp.close());

/** Every page of a search, one after the other. */
async function everyPage(q: ResourceSearchQuery, perPage: number, countLimit?: number) {
  const names: string[] = [];
  for (let page = 1; ; page++) {
    const result = await searchResources(resident, { ...q, page, perPage }, { countLimit });
    names.push(...result.results.map((r) => r.name));
    if (page >= result.pageCount) return names;
  }
}

describe('search order and paging', () => {
  it('lists name matches first, each part in 五十音 order, the same whether read in one page or five at a time', async () => {
    for (const term of ['会', 'サロン', '食堂']) {
      const all = await searchResources(resident, query(term, { perPage: 100 }));
      expect(all.results.length, term).toBeGreaterThan(3);
      const folded = normalizeForSearch(term);
      const inName = (r: (typeof all.results)[number]) => normalizeForSearch(`${r.name} ${r.nameReading}`).includes(folded);
      expect(all.results.some(inName), term).toBe(true);
      expect(all.results.some((r) => !inName(r)), term).toBe(true);
      const expected = [...all.results].sort(
        (a, b) => Number(inName(b)) - Number(inName(a)) || compare(a.nameReading, b.nameReading) || compare(a.name, b.name) || compare(a.id, b.id),
      );
      expect(all.results.map((r) => r.name), term).toEqual(expected.map((r) => r.name));
      expect(await everyPage(query(term), 5), term).toEqual(expected.map((r) => r.name));
      // Past the count limit the page is read another way (in index order), with the same answer.
      expect(await everyPage(query(term), 5, 2), term).toEqual(expected.map((r) => r.name));
      expect(await everyPage(query(term, { sort: 'reading' }), 7, 2), term).toEqual([...expected].sort((a, b) => compare(a.nameReading, b.nameReading) || compare(a.name, b.name) || compare(a.id, b.id)).map((r) => r.name));
    }
  });

  it('ranks by the number of words found in the name when there are several', async () => {
    const result = await searchResources(resident, query('食堂 地域', { perPage: 100 }));
    const score = (r: (typeof result.results)[number]) => ['食堂', '地域'].filter((w) => normalizeForSearch(`${r.name} ${r.nameReading}`).includes(w)).length;
    const scores = result.results.map(score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('counts past the count limit', () => {
  it('says the limit was passed and counts nothing, while the page and the next pages stay exact', async () => {
    const exact = await searchResources(resident, query('', { perPage: 100 }), { exactCounts: true });
    expect(exact.facets.isCapped).toBe(false);
    expect(exact.facets.total).toBe(exact.results.length);
    const capped = await searchResources(resident, query('', { perPage: 4, page: 2 }), { countLimit: 10 });
    expect(capped.facets).toMatchObject({ total: 10, isCapped: true, categories: {}, areas: {}, districts: {}, weekdays: {} });
    expect(capped.results.map((r) => r.name)).toEqual(exact.results.slice(4, 8).map((r) => r.name));
    // At least the limit's worth of pages, and one more for as long as there is a next one.
    expect(capped.pageCount).toBe(3);
    const deep = await searchResources(resident, query('', { perPage: 4, page: 5 }), { countLimit: 10 });
    expect(deep.pageCount).toBe(6);
    const lastPage = Math.ceil(exact.results.length / 4);
    expect((await searchResources(resident, query('', { perPage: 4, page: lastPage }), { countLimit: 10 })).pageCount).toBe(lastPage);
  });

  it('counts exactly up to the limit', async () => {
    const exact = await searchResources(resident, query('', { perPage: 1 }), { exactCounts: true });
    const atLimit = await searchResources(resident, query('', { perPage: 1 }), { countLimit: exact.facets.total });
    expect(atLimit.facets).toEqual(exact.facets);
    expect(Object.keys(atLimit.facets.categories).length).toBeGreaterThan(1);
  });

  it('answers the API with totalIsCapped and facets while under the limit', async () => {
    const body = (await (await createClient(testApp).get('/api/v1/resources?q=%E9%A3%9F%E5%A0%82')).json()) as { totalIsCapped: boolean; facets: Record<string, unknown> | null; total: number };
    expect(body.totalIsCapped).toBe(false);
    expect(body.facets).not.toBeNull();
    expect(body.total).toBeGreaterThan(0);
  });
});

describe('categories kept on the listing', () => {
  it('filters and counts by a listing’s categories as they are after an edit', async () => {
    const categories = await findNeedCategories(resident);
    const id = (code: string) => categories.find((c) => c.code === code)!.id;
    const created = await admin.json('POST', '/api/v1/resources', { name: 'カテゴリ移動テスト', costKind: 'free', isPublished: true, needCategoryIds: [id('snow')] });
    expect(created.status).toBe(201);
    const { resource } = (await created.json()) as { resource: { id: string } };
    const before = await searchResources(resident, query('カテゴリ移動', { category: 'snow' }));
    expect(before.results.map((r) => r.name)).toEqual(['カテゴリ移動テスト']);
    expect(before.facets.categories).toEqual({ [id('snow')]: 1 });
    const edited = await admin.json('PUT', `/api/v1/resources/${resource.id}`, { name: 'カテゴリ移動テスト', costKind: 'free', isPublished: true, needCategoryIds: [id('hobby'), id('salon')] });
    expect(edited.status).toBe(200);
    expect((await searchResources(resident, query('カテゴリ移動', { category: 'snow' }))).results).toEqual([]);
    const after = await searchResources(resident, query('カテゴリ移動', { category: 'hobby' }));
    expect(after.results.map((r) => r.categoryIds.sort())).toEqual([[id('hobby'), id('salon')].sort()]);
    expect(after.facets.categories).toEqual({ [id('hobby')]: 1, [id('salon')]: 1 });
  });
});

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
