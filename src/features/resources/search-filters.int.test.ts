import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { findNeedCategories, searchResources } from './service.ts';
import type { ResourceSearchQuery } from './validation.ts';

let testApp: TestApp;
let resident: ServiceContext;
const query = (q: string, more: Partial<ResourceSearchQuery> = {}): ResourceSearchQuery => ({ q, free: false, transport: false, target: '', perPage: 100, ...more });

beforeAll(async () => {
  testApp = await createTestApp({ demoResources: true });
  resident = { db: testApp.database.db, tenantId: testApp.demo.id, actor: null, now: testApp.clock.now, requestId: 'test' };
});
afterAll(async () => testApp.close());

type Listing = Awaited<ReturnType<typeof searchResources>>['results'][number];

describe('filters through the search keys', () => {
  it('finds exactly the listings of a word that also have the filter values, for words of every length', async () => {
    const categories = await findNeedCategories(resident);
    const all = (await searchResources(resident, query(''), { exactCounts: true })).results;
    const anArea = all.find((r) => r.districtId)!;
    const filters: [string, Partial<ResourceSearchQuery>, (r: Listing) => boolean][] = [
      ...categories.slice(0, 4).map((c): [string, Partial<ResourceSearchQuery>, (r: Listing) => boolean] => [`category ${c.code}`, { category: c.code }, (r) => r.categoryIds.includes(c.id)]),
      ['weekday 3', { weekday: 3 }, (r) => r.weekdays.includes(3)],
      ['free', { free: true }, (r) => r.costKind === 'free'],
      ['transport', { transport: true }, (r) => r.attributes.includes('transport')],
      ['area', { area: anArea.areaId! }, (r) => r.areaId === anArea.areaId],
      ['district', { district: anArea.districtId! }, (r) => r.districtId === anArea.districtId],
      ['free on Wednesdays', { free: true, weekday: 3 }, (r) => r.costKind === 'free' && r.weekdays.includes(3)],
    ];
    let nonEmpty = 0;
    for (const term of ['', '会', '地域', 'サロン', '体操教室', '食堂 地域']) {
      const matches = (await searchResources(resident, query(term), { exactCounts: true })).results;
      for (const [label, filter, keep] of filters) {
        const found = await searchResources(resident, query(term, filter), { exactCounts: true });
        const expected = matches.filter(keep).map((r) => r.id).sort();
        expect(found.results.map((r) => r.id).sort(), `${term} / ${label}`).toEqual(expected);
        expect(found.facets.total, `${term} / ${label}`).toBe(expected.length);
        if (expected.length) nonEmpty++;
      }
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });
});

describe('migration 0011', () => {
  it('writes the same filter keys in SQL as the service writes for new listings', async () => {
    const db = testApp.database;
    const keysById = async () => new Map((await db.query(`SELECT id, search_keys FROM resources ORDER BY id`)).map((r) => [String(r.id), [...(r.search_keys as string[])].sort()]));
    const written = await keysById();
    expect([...written.values()].some((keys) => keys.some((k) => k.startsWith('c:')) && keys.includes('cost:free'))).toBe(true);
    // Back to grams only (no key is as short as a gram), then the migration's statement.
    await db.query(`UPDATE resources SET search_keys = ARRAY(SELECT k FROM unnest(search_keys) AS k WHERE char_length(k) <= 2)`);
    const migration = fs.readFileSync(path.join(import.meta.dirname, '../../db/migrations/0011_search_keys.sql'), 'utf8');
    const update = migration.split('--> statement-breakpoint').find((s) => s.includes('UPDATE'))!;
    await db.query(update.replace(/^--.*$/gm, ''));
    expect(await keysById()).toEqual(written);
  });
});
