import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
let admin: TestClient;
type ApiArea = { id: string; name: string; coordinators: { id: string; name: string }[] };

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
});
afterAll(async () => testApp.close());

async function area(name: string): Promise<ApiArea> {
  const body = (await (await createClient(testApp).get('/api/v1/areas')).json()) as { areas: ApiArea[] };
  return body.areas.find((a) => a.name === name)!;
}

describe('coordinator assignments', () => {
  it('hands an area to a new coordinator and keeps the previous one in its history', async () => {
    const d = await area('D地域');
    const previous = d.coordinators[0]!;
    const created = await admin.json('POST', '/api/v1/coordinators', { name: '新任 一郎', nameReading: 'しんにん いちろう', phone: '０１６６－２３－０７４２', email: 'Shinnin@Example.jp' });
    expect(created.status).toBe(201);
    const person = (await created.json()) as { id: string; phone: string; email: string };
    expect(person.phone).toBe('0166-23-0742');
    expect(person.email).toBe('shinnin@example.jp');

    const history = (await (await admin.get(`/api/v1/coordinators/${previous.id}`)).json()) as { assignments: { id: string; areaId: string }[] };
    const oldAssignment = history.assignments.find((a) => a.areaId === d.id)!;
    await admin.get(`/staff/coordinators/${previous.id}`);
    expect((await admin.post(`/staff/assignments/${oldAssignment.id}/end`, { endsOn: '2026-03-31' })).status).toBe(303);
    const assigned = await admin.json('POST', `/api/v1/coordinators/${person.id}/assignments`, { areaId: d.id, startsOn: '2026-04-01' });
    expect(assigned.status).toBe(201);

    expect((await area('D地域')).coordinators.map((c) => c.name)).toEqual(['新任 一郎']);
    const page = await (await createClient(testApp).get(`/areas/${d.id}`)).text();
    expect(page).toContain('新任 一郎');
    expect(page).toContain('担当の履歴');
    expect(page).toContain('石井 美咲');
    expect(page).toContain('平成30年4月1日〜令和8年3月31日');
  });

  it('does not show an assignment before it starts', async () => {
    const c = await area('C地域');
    const created = (await (await admin.json('POST', '/api/v1/coordinators', { name: '未来 花', nameReading: 'みらい はな' })).json()) as { id: string };
    await admin.json('POST', `/api/v1/coordinators/${created.id}/assignments`, { areaId: c.id, startsOn: '2027-04-01' });
    expect((await area('C地域')).coordinators.map((x) => x.name)).not.toContain('未来 花');
  });

  it('refuses an end date before the start and a phone number that is not Japanese', async () => {
    const c = await area('C地域');
    const bad = await admin.json('POST', '/api/v1/coordinators', { name: '誤り', nameReading: 'あやまり', phone: '123' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { fields: { path: string; message: string }[] } }).error.fields).toEqual([
      { path: 'phone', message: '電話番号の形式が正しくありません（例: 0166-23-0742）。' },
    ]);
    const person = (await (await admin.json('POST', '/api/v1/coordinators', { name: '期間 誤り', nameReading: 'きかん あやまり' })).json()) as { id: string };
    const order = await admin.json('POST', `/api/v1/coordinators/${person.id}/assignments`, { areaId: c.id, startsOn: '2026-04-01', endsOn: '2026-03-01' });
    expect(order.status).toBe(422);
    expect(JSON.stringify(await order.json())).toContain('endsOn');
  });

  it('scopes a coordinator account to the areas assigned to it', async () => {
    const coordinator = createClient(testApp);
    await coordinator.signIn('yamada@example.jp');
    const home = await (await coordinator.get('/staff')).text();
    expect(home).toContain('A地域');
    expect(home).not.toContain('B地域');
    expect((await coordinator.json('POST', '/api/v1/coordinators', { name: 'x', nameReading: 'えっくす' })).status).toBe(403);
  });

  it('gives the whole city to a tier-1 coordinator', async () => {
    const city = await area('市全域');
    await admin.get('/staff/users/new');
    const accountResponse = await admin.post('/staff/users', { displayName: '佐々木 陽子', email: 'sasaki@example.jp', role: 'coordinator', password: 'sasaki-password-1' });
    expect(accountResponse.status).toBe(303);
    const list = await (await admin.get('/staff/users')).text();
    const userId = list.match(/href="\/staff\/users\/([0-9a-f-]{36})" aria-label="[^"]*佐々木 陽子/)![1]!;
    const cityCoordinator = city.coordinators[0]!;
    await admin.get(`/staff/coordinators/${cityCoordinator.id}`);
    expect((await admin.post(`/staff/coordinators/${cityCoordinator.id}`, { name: '佐々木 陽子', nameReading: 'ささき ようこ', phone: '', email: '', userId })).status).toBe(303);
    const sasaki = createClient(testApp);
    await sasaki.signIn('sasaki@example.jp', 'sasaki-password-1');
    const b = await area('B地域');
    await sasaki.get(`/staff/areas/${b.id}`);
    expect((await sasaki.post(`/staff/areas/${b.id}/districts`, { name: '市全域担当が追加' })).status).toBe(303);
  });
});
