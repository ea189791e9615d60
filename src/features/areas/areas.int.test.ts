import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

async function areaIdByName(name: string): Promise<string> {
  const body = (await (await createClient(testApp).get('/api/v1/areas')).json()) as { areas: { id: string; name: string }[] };
  return body.areas.find((a) => a.name === name)!.id;
}

describe('public area pages', () => {
  it('lists every area with its tier, districts, coordinator with reading, and the office phone', async () => {
    const response = await createClient(testApp).get('/areas');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="ja">');
    for (const text of ['市全域', '第1層（市全域）', 'A地域', 'B地域', 'C地域', 'D地域', '豊岡', '東旭川・千代田', '東光', '中央', '新旭川・永山南', '永山', '末広・東鷹栖', '春光・春光台', '北星・旭星', '神居・江丹別', '神楽・西神楽']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('山田 花子');
    expect(html).toContain('（やまだ はなこ）');
    expect(html).toContain('0166-23-0742');
    expect(html).toContain('平成30年4月1日から担当');
  });

  it('keeps the A地域 districts in the newsletter order', async () => {
    const html = await (await createClient(testApp).get('/areas')).text();
    const a = html.slice(html.indexOf('A地域'), html.indexOf('B地域'));
    expect(a.indexOf('豊岡')).toBeLessThan(a.indexOf('東旭川・千代田'));
    expect(a.indexOf('東旭川・千代田')).toBeLessThan(a.indexOf('東光'));
  });

  it('shows one area with its coordinator and districts, in English when asked', async () => {
    const id = await areaIdByName('B地域');
    const client = createClient(testApp);
    const ja = await (await client.get(`/areas/${id}`)).text();
    expect(ja).toContain('田村 健太');
    expect(ja).toContain('新旭川・永山南');
    const en = await (await client.get(`/areas/${id}?lang=en`)).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Coordinator');
    // The choice is remembered for the next page.
    expect(await (await client.get('/areas')).text()).toContain('Areas and coordinators');
  });

  it('answers 404 for an unknown or malformed area id', async () => {
    const client = createClient(testApp);
    expect((await client.get('/areas/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await client.get('/areas/not-a-uuid');
    expect(malformed.status).toBe(404);
    expect(await malformed.text()).toContain('お探しのページは見つかりませんでした。');
  });
});

describe('area API', () => {
  it('lists areas with districts and current coordinators', async () => {
    const response = await createClient(testApp).get('/api/v1/areas');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { areas: { name: string; tier: number; districts: { name: string }[]; coordinators: { nameReading: string }[] }[] };
    expect(body.areas.map((a) => a.name)).toEqual(['市全域', 'A地域', 'B地域', 'C地域', 'D地域']);
    const d = body.areas.find((a) => a.name === 'D地域')!;
    expect(d.tier).toBe(2);
    expect(d.districts.map((x) => x.name)).toEqual(['神居・江丹別', '神楽・西神楽']);
    expect(d.coordinators.map((c) => c.nameReading)).toEqual(['いしい みさき']);
  });

  it('refuses writes without a session, and with a wrong role', async () => {
    const anonymous = createClient(testApp);
    await anonymous.get('/login'); // a valid CSRF token, but no session
    expect((await anonymous.json('POST', '/api/v1/areas', { tier: 2, name: 'X' })).status).toBe(401);
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    const response = await staff.json('POST', '/api/v1/areas', { tier: 2, name: 'X' });
    expect(response.status).toBe(403);
  });

  it('answers 422 with field paths for invalid input and 400 for malformed JSON', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const invalid = await admin.json('POST', '/api/v1/areas', { tier: 7, name: '', nameReading: 'abc' });
    expect(invalid.status).toBe(422);
    const body = (await invalid.json()) as { error: { code: string; fields: { path: string; message: string }[] } };
    expect(body.error.code).toBe('invalid');
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(['name', 'nameReading', 'tier']);
    expect(body.error.fields.find((f) => f.path === 'name')!.message).toBe('入力してください。');
    const malformed = await admin.json('POST', '/api/v1/areas', '{"tier": ');
    expect(malformed.status).toBe(400);
  });

  it('lets an admin create an area through the API and refuses a missing CSRF header', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    expect((await admin.json('POST', '/api/v1/areas', { tier: 2, name: 'Z地域' }, { csrf: false })).status).toBe(403);
    const created = await admin.json('POST', '/api/v1/areas', { tier: 2, name: 'Z地域', nameReading: 'ぜっとちいき' });
    expect(created.status).toBe(201);
    const area = (await created.json()) as { id: string; name: string };
    expect((await admin.get(`/api/v1/areas/${area.id}`)).status).toBe(200);
  });
});

describe('staff area forms', () => {
  it('refuses a form without its CSRF token', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const response = await admin.post('/staff/areas', { _csrf: null, tier: '2', name: 'CSRFなし' });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('不正な送信');
  });

  it('shows Japanese messages beside the fields and keeps what was typed', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    await admin.get('/staff/areas/new');
    const response = await admin.post('/staff/areas', { tier: '2', name: '', nameReading: 'いーちいき', description: 'a'.repeat(2001) });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('入力してください。');
    expect(html).toContain('2000文字以内で入力してください。');
    expect(html).toContain('value="いーちいき"');
  });

  it('rejects control characters and over-long names', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const control = await admin.post('/staff/areas', { tier: '2', name: 'ab\u0007c' });
    expect(control.status).toBe(422);
    expect(await control.text()).toContain('使用できない制御文字が含まれています。');
    const long = await admin.post('/staff/areas', { tier: '2', name: 'あ'.repeat(101) });
    expect(long.status).toBe(422);
    expect(await long.text()).toContain('100文字以内で入力してください。');
  });

  it('stores markup and SQL-looking text literally and shows them inert', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const name = `<script>alert(1)</script>' OR 1=1 --`;
    const saved = await admin.post('/staff/areas', { tier: '2', name, nameReading: '' });
    expect(saved.status).toBe(303);
    const html = await (await createClient(testApp).get('/areas')).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&#39; OR 1=1 --');
    const api = (await (await createClient(testApp).get('/api/v1/areas')).json()) as { areas: { name: string }[] };
    expect(api.areas.some((a) => a.name === name)).toBe(true);
    // The other areas are untouched: nothing was interpreted as SQL.
    expect(api.areas.filter((a) => a.name.endsWith('地域')).length).toBeGreaterThanOrEqual(4);
  });

  it('lets a coordinator reword their own area but not another, and not move it', async () => {
    const aId = await areaIdByName('A地域');
    const bId = await areaIdByName('B地域');
    const coordinator = createClient(testApp);
    await coordinator.signIn('yamada@example.jp');
    await coordinator.get(`/staff/areas/${aId}`);
    const own = await coordinator.post(`/staff/areas/${aId}`, { tier: '3', parentId: '', name: 'A地域', nameReading: 'えーちいき', description: '新しい説明' });
    expect(own.status).toBe(303);
    const area = (await (await createClient(testApp).get(`/api/v1/areas/${aId}`)).json()) as { description: string; tier: number; parentId: string | null };
    expect(area.description).toBe('新しい説明');
    expect(area.tier).toBe(2);
    expect(area.parentId).not.toBeNull();
    const other = await coordinator.post(`/staff/areas/${bId}`, { tier: '2', name: 'B地域', description: '乗っ取り' });
    expect(other.status).toBe(403);
    expect((await coordinator.post(`/staff/areas/${aId}/districts`, { name: '新しい圏域' })).status).toBe(303);
    expect((await coordinator.post(`/staff/areas/${bId}/districts`, { name: '他の圏域' })).status).toBe(403);
  });

  it('sends an anonymous visitor to sign in and gives read-only staff a 403 on admin pages', async () => {
    const anonymous = createClient(testApp);
    const redirect = await anonymous.get('/staff/areas');
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get('location')).toBe('/login?next=%2Fstaff%2Fareas');
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    expect((await staff.get('/staff/areas')).status).toBe(200);
    expect((await staff.get('/staff/areas/new')).status).toBe(403);
    expect((await staff.post('/staff/areas', { tier: '2', name: 'x' })).status).toBe(403);
  });
});
