import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
let admin: TestClient;
let categoryIds: Record<string, string>;
let districtIds: Record<string, string>;
let areaIds: Record<string, string>;

type Listing = Record<string, unknown>;
async function create(listing: Listing): Promise<{ id: string }> {
  const response = await admin.json('POST', '/api/v1/resources', { isPublished: true, ...listing });
  expect(response.status, await response.clone().text()).toBe(201);
  return ((await response.json()) as { resource: { id: string } }).resource;
}

async function search(query: string): Promise<{ total: number; names: string[]; facets: Record<string, unknown> }> {
  const body = (await (await createClient(testApp).get(`/api/v1/resources?${query}`)).json()) as { total: number; results: { name: string }[]; facets: Record<string, unknown> };
  return { total: body.total, names: body.results.map((r) => r.name), facets: body.facets };
}

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await admin.get('/staff/resources/new');
  const html = await (await admin.get('/staff/resources/new')).text();
  categoryIds = Object.fromEntries([...html.matchAll(/name="needCategoryIds" value="([0-9a-f-]{36})"[^>]*\/?>\s*<label[^>]*>([^<]+)</g)].map((m) => [m[2]!, m[1]!]));
  const areas = (await (await admin.get('/api/v1/areas')).json()) as { areas: { id: string; name: string; districts: { id: string; name: string }[] }[] };
  areaIds = Object.fromEntries(areas.areas.map((a) => [a.name, a.id]));
  districtIds = Object.fromEntries(areas.areas.flatMap((a) => a.districts.map((d) => [d.name, d.id])));
  await create({
    name: '雪かき隊ひがしみつ',
    nameReading: 'ゆきかきたいひがしみつ',
    description: '一人暮らしの高齢者宅の玄関前の除雪を手伝います。',
    needCategoryIds: [categoryIds['除雪']],
    costKind: 'free',
    schedule: { rules: [{ kind: 'irregular', note: '降雪後' }], season: { fromMonth: 12, toMonth: 3 }, note: '' },
    areaId: areaIds['A地域'],
    districtId: districtIds['東光'],
    phone: '0166-31-0001',
    latitude: 43.755,
    longitude: 142.39,
    attributes: ['outside_care_insurance'],
  });
  await create({
    name: '囲碁クラブ',
    nameReading: 'いごくらぶ',
    description: '初心者歓迎。対局の相手をします。',
    needCategoryIds: [categoryIds['趣味・生きがい']],
    costKind: 'yen',
    costYen: 100,
    costText: 'お茶代',
    schedule: { rules: [{ kind: 'monthly', weeksOfMonth: [2, 4], weekday: 3, startTime: '10:00', endTime: '12:00' }], season: null, note: '' },
    areaId: areaIds['B地域'],
    districtId: districtIds['永山'],
    latitude: 43.81,
    longitude: 142.44,
  });
  await create({
    name: '配食サービスまごころ',
    nameReading: 'はいしょくさーびすまごころ',
    description: 'お弁当を届けながら安否を確認します。',
    needCategoryIds: [categoryIds['食事・配食'], categoryIds['見守り・安否確認']],
    costKind: 'yen',
    costYen: 500,
    schedule: { rules: [{ kind: 'weekly', weekdays: [1, 4], startTime: '11:00' }], season: null, note: '' },
    areaId: areaIds['D地域'],
    attributes: ['transport'],
    phone: '0166-31-0002',
  });
  await create({ name: '下書きのサロン', isPublished: false, costKind: 'free', needCategoryIds: [categoryIds['交流・サロン']] });
});
afterAll(async () => testApp.close());

describe('searching the directory', () => {
  it('finds the same listing by ゆきかき, ユキカキ, 雪かき, 雪はね and 除雪', async () => {
    for (const q of ['ゆきかき', 'ユキカキ', 'ﾕｷｶｷ', '雪かき', '雪はね', '除雪']) {
      expect((await search(`q=${encodeURIComponent(q)}`)).names, q).toEqual(['雪かき隊ひがしみつ']);
    }
  });

  it('finds one- and two-character words inside longer text', async () => {
    expect((await search(`q=${encodeURIComponent('囲碁')}`)).names).toEqual(['囲碁クラブ']);
    expect((await search(`q=${encodeURIComponent('配食')}`)).names).toEqual(['配食サービスまごころ']);
    expect((await search(`q=${encodeURIComponent('碁')}`)).names).toEqual(['囲碁クラブ']);
    expect((await search(`q=${encodeURIComponent('安否')}`)).names).toEqual(['配食サービスまごころ']);
  });

  it('combines words and filters with AND and counts per filter value', async () => {
    const free = await search('free=1');
    expect(free.names).toEqual(['雪かき隊ひがしみつ']);
    expect((await search('transport=1')).names).toEqual(['配食サービスまごころ']);
    expect((await search('weekday=3')).names).toEqual(['囲碁クラブ']);
    expect((await search(`district=${districtIds['東光']}`)).names).toEqual(['雪かき隊ひがしみつ']);
    const all = await search('');
    expect(all.total).toBe(3);
    expect((all.facets as { weekdays: Record<string, number> }).weekdays).toEqual({ '1': 1, '3': 1, '4': 1 });
    expect((await search(`q=${encodeURIComponent('配食')}&free=1`)).total).toBe(0);
  });

  it('never shows drafts to the public', async () => {
    expect((await search(`q=${encodeURIComponent('下書き')}`)).total).toBe(0);
  });

  it('sorts by reading and by distance', async () => {
    expect((await search('sort=reading')).names).toEqual(['囲碁クラブ', '配食サービスまごころ', '雪かき隊ひがしみつ']);
    const near = await search('sort=distance&lat=43.81&lng=142.44');
    expect(near.names[0]).toBe('囲碁クラブ');
    expect(near.names.at(-1)).toBe('配食サービスまごころ'); // no coordinates: last
    // Without a location of their own, nearest is measured from the chosen district's middle.
    const fromNagayama = await search(`sort=distance&district=${districtIds['永山']}`);
    expect(fromNagayama.names).toEqual(['囲碁クラブ']);
    const fromB = await search(`sort=distance&area=${areaIds['B地域']}`);
    expect(fromB.names[0]).toBe('囲碁クラブ');
    const noPlace = await createClient(testApp).get('/resources?sort=distance');
    expect(noPlace.status).toBe(200);
  });

  it('returns a page for any input: symbols, emoji, SQL, 10,000 characters', async () => {
    for (const q of ["' OR 1=1 --", '%_\\', '😀🍙', 'あ'.repeat(10_000), '<script>']) {
      const response = await createClient(testApp).get(`/resources?q=${encodeURIComponent(q)}`);
      expect(response.status, q.slice(0, 20)).toBe(200);
    }
    expect((await search(`q=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await createClient(testApp).get('/resources?weekday=9&area=nope&page=-1')).status).toBe(200);
    expect((await createClient(testApp).get('/api/v1/resources?weekday=9')).status).toBe(422);
  });

  it('shows the schedule in words, the cost and the date checked on the result page', async () => {
    const html = await (await createClient(testApp).get(`/resources?q=${encodeURIComponent('囲碁')}`)).text();
    expect(html).toContain('毎月第2・第4水曜日 10:00〜12:00');
    expect(html).toContain('100円（お茶代）');
    expect(html).toContain('確認日なし');
  });
});

describe('managing listings', () => {
  it('flags a possible duplicate by name or phone when one is added', async () => {
    const response = await admin.json('POST', '/api/v1/resources', { name: '別の名前', phone: '0166-31-0002', costKind: 'free' });
    const body = (await response.json()) as { possibleDuplicates: { name: string }[] };
    expect(body.possibleDuplicates.map((d) => d.name)).toEqual(['配食サービスまごころ']);
  });

  it('confirms a listing in one click, which sets 確認日 to today', async () => {
    const { id } = await create({ name: '確認テスト', costKind: 'free' });
    await admin.get(`/staff/resources/${id}`);
    expect((await admin.post(`/staff/resources/${id}/confirm`, {})).status).toBe(303);
    const detail = (await (await createClient(testApp).get(`/api/v1/resources/${id}`)).json()) as { confirmedOn: string; confirmedBy: string };
    expect(detail.confirmedOn).toBe('2026-11-23');
    expect(detail.confirmedBy).toBe('管理者 太郎');
  });

  it('lists listings not confirmed for twelve months under 確認が必要', async () => {
    const { id } = await create({ name: '古い確認', costKind: 'free', confirmedOn: '2025-01-10', areaId: areaIds['C地域'] });
    const html = await (await admin.get('/staff/resources/stale')).text();
    expect(html).toContain('古い確認');
    expect(html).not.toContain('確認テスト');
    void id;
  });

  it('saves a listing from the staff form with a schedule and shows field errors in Japanese', async () => {
    await admin.get('/staff/resources/new');
    const bad = await admin.post('/staff/resources', { name: '', costKind: 'yen', 'schedule.rules.0.kind': 'weekly', 'schedule.rules.0.startTime': '25:00', phone: '123' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('入力してください。');
    expect(html).toContain('曜日を選んでください。');
    expect(html).toContain('時刻は 10:00 のように入力してください。');
    expect(html).toContain('電話番号の形式が正しくありません');
    expect(html).toContain('value="25:00"');
    const noAmount = await admin.post('/staff/resources', { name: '金額なし', costKind: 'yen' });
    expect(await noAmount.text()).toContain('金額を入力してください。');
    const good = await admin.post('/staff/resources', {
      name: 'いきいき体操',
      nameReading: 'いきいきたいそう',
      costKind: 'free',
      'schedule.rules.0.kind': 'weekly',
      'schedule.rules.0.weekdays': '2',
      'schedule.rules.0.startTime': '10:00',
      'schedule.rules.0.endTime': '11:00',
      needCategoryIds: categoryIds['健康づくり・体操']!,
      isPublished: 'on',
    });
    expect(good.status).toBe(303);
    const listing = await search(`q=${encodeURIComponent('体操')}`);
    expect(listing.names).toEqual(['いきいき体操']);
  });

  it('keeps coordinators to their own areas and read-only staff out', async () => {
    const coordinator = createClient(testApp);
    await coordinator.signIn('yamada@example.jp');
    expect((await coordinator.json('POST', '/api/v1/resources', { name: 'A地域の活動', costKind: 'free', areaId: areaIds['A地域'] })).status).toBe(201);
    expect((await coordinator.json('POST', '/api/v1/resources', { name: 'B地域の活動', costKind: 'free', areaId: areaIds['B地域'] })).status).toBe(403);
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    expect((await staff.get('/staff/resources')).status).toBe(200);
    expect((await staff.json('POST', '/api/v1/resources', { name: 'x', costKind: 'free' })).status).toBe(403);
  });
});

describe('the search form', () => {
  it('treats an empty weekday (指定なし) as no filter, not Sunday', async () => {
    const html = await (await createClient(testApp).get(`/resources?q=${encodeURIComponent('ゆきかき')}&weekday=&category=&area=&district=&target=&sort=relevance`)).text();
    expect(html).toContain('雪かき隊ひがしみつ');
    expect((await search('weekday=')).total).toBeGreaterThan(1);
  });
});
