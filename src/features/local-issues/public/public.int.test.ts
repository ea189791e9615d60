import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCouncil, buildMeeting } from '../../../../test/factories/council.ts';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

// The test clock is 2026-11-23 (JST 10:00).
let testApp: TestApp;
let yamada: TestClient;
const ids = { areaA: '', publicIssue: '', internalIssue: '' };
const day = 86_400_000;

async function createIssue(title: string, isPublic: boolean): Promise<string> {
  await yamada.get('/staff/local-issues/new');
  const response = await yamada.postFields('/staff/local-issues', [
    ['title', title], ['description', '地域の集まりが減り、話す機会が少なくなった。'], ['areaIds', ids.areaA], ['source', 'needs_survey'], ['raisedOn', '2026-06-01'], ['isPublic', isPublic ? 'on' : ''],
  ]);
  expect(response.status, await response.clone().text()).toBe(303);
  return response.headers.get('location')!.split('/').pop()!;
}

beforeAll(async () => {
  testApp = await createTestApp();
  yamada = createClient(testApp);
  await yamada.signIn('yamada@example.jp');
  ids.areaA = (await testApp.database.query(`SELECT id FROM areas WHERE name = 'A地域'`))[0]!.id as string;
  const userId = (await testApp.database.query(`SELECT id FROM users WHERE email = 'yamada@example.jp'`))[0]!.id as string;
  const open = await buildCouncil(testApp, { name: '東光地域懇談会', areaId: ids.areaA, tiers: [2] });
  const closed = await buildCouncil(testApp, { name: 'A地域第2層協議体', areaId: ids.areaA, tiers: [2], meetingsPublic: true, minutesPublic: false });
  const now = testApp.clock.now.getTime();
  await buildMeeting(testApp, open.id, userId, { number: 1, minutes: '委員から、集まる場所が減ったという声が出された。', decisions: '茶話会を試す。', startsAt: new Date(now - 30 * day) });
  await buildMeeting(testApp, open.id, userId, { number: 2, title: 'まちコン', status: 'scheduled', minutes: '', decisions: '', closedAt: null, startsAt: new Date(now + 10 * day) });
  await buildMeeting(testApp, closed.id, userId, { number: 1, minutes: '非公開の議事要旨：個別の事例について', decisions: '非公開の決定', startsAt: new Date(now - 20 * day) });
  ids.publicIssue = await createIssue('交流の機会が減少した', true);
  ids.internalIssue = await createIssue('内部だけで扱う課題', false);
  const page = await (await yamada.get(`/staff/local-issues/${ids.publicIssue}`)).text();
  const version = page.match(/name="version" value="(\d+)"/)![1]!;
  expect((await yamada.post(`/staff/local-issues/${ids.publicIssue}/updates`, { happenedOn: '2026-11-01', status: 'resolved', body: '月1回の茶話会が始まった。', version })).status).toBe(303);
});
afterAll(async () => testApp.close());

describe('地域の話し合いと取り組み', () => {
  it('is linked from the public area page', async () => {
    expect(await (await createClient(testApp).get(`/areas/${ids.areaA}`)).text()).toContain(`href="/areas/${ids.areaA}/community"`);
  });

  it('shows coming public meetings, published minutes, and public issues with a progress bar and timeline, without JavaScript', async () => {
    const response = await createClient(testApp).get(`/areas/${ids.areaA}/community`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>A地域の話し合いと取り組み</h1>');
    expect(html).toContain('東光地域懇談会 令和8年度 第2回「まちコン」');
    expect(html).toContain('委員から、集まる場所が減ったという声が出された。');
    expect(html).toContain('茶話会を試す。');
    expect(html).toContain('交流の機会が減少した');
    expect(html).toContain('資源化・解決（進み具合 100%）');
    expect(html).toMatch(/<progress max="100" value="100"/);
    expect(html).toContain('月1回の茶話会が始まった。');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('内部だけで扱う課題');
  });

  it('never lets non-public minutes reach the public page, its cache, the issue page or the calendar', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    await admin.get(`/areas/${ids.areaA}/community`);
    for (let i = 0; i < 2; i++) {
      const html = await (await createClient(testApp).get(`/areas/${ids.areaA}/community`)).text();
      expect(html).not.toContain('非公開の議事要旨');
      expect(html).not.toContain('非公開の決定');
    }
    const calendar = await (await createClient(testApp).get(`/areas/${ids.areaA}/community.ics`)).text();
    expect(calendar).not.toContain('非公開');
    expect(await (await createClient(testApp).get(`/local-issues/${ids.publicIssue}`)).text()).not.toContain('非公開の議事要旨');
  });

  it('shows a public issue on its own page and keeps an internal one out of sight', async () => {
    const html = await (await createClient(testApp).get(`/local-issues/${ids.publicIssue}`)).text();
    expect(html).toContain('<h1>交流の機会が減少した</h1>');
    expect(html).not.toContain('記録: 山田');
    expect((await createClient(testApp).get(`/local-issues/${ids.internalIssue}`)).status).toBe(404);
  });

  it('offers the coming public meetings as an iCalendar feed', async () => {
    const response = await createClient(testApp).get(`/areas/${ids.areaA}/community.ics`);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const events = new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['東光地域懇談会 まちコン']);
    expect(events[0]!.location).toContain('東光地区センター');
  });
  it('answers the API with public fields only without a session, and everything for staff, described in the OpenAPI document', async () => {
    const anonymous = createClient(testApp);
    const meetings = (await (await anonymous.get(`/api/v1/meetings?areaId=${ids.areaA}`)).json()) as { meetings: { minutes: string | null; title: string }[] };
    expect(meetings.meetings).toHaveLength(3);
    expect(JSON.stringify(meetings)).not.toContain('非公開の議事要旨');
    expect(JSON.stringify(meetings)).not.toContain('onlineUrl');
    expect(meetings.meetings.some((m) => m.minutes === '委員から、集まる場所が減ったという声が出された。')).toBe(true);
    const issues = (await (await anonymous.get('/api/v1/local-issues')).json()) as { issues: { title: string; isPublic?: boolean; timeline: unknown[] }[] };
    expect(issues.issues.map((i) => i.title)).toEqual(['交流の機会が減少した']);
    expect(issues.issues[0]!.timeline).toHaveLength(2);
    expect(issues.issues[0]!.isPublic).toBeUndefined();
    const councils = (await (await anonymous.get('/api/v1/councils')).json()) as { councils: { name: string; kind: string }[] };
    expect(councils.councils.map((k) => k.name).sort()).toEqual(['A地域第2層協議体', '東光地域懇談会']);
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    expect(JSON.stringify(await (await staff.get('/api/v1/meetings')).json())).toContain('非公開の議事要旨');
    expect(((await (await staff.get('/api/v1/local-issues')).json()) as { issues: unknown[] }).issues).toHaveLength(2);
    const openapi = JSON.stringify(await (await anonymous.get('/api/openapi.json')).json());
    for (const path of ['/api/v1/councils', '/api/v1/meetings', '/api/v1/local-issues']) expect(openapi).toContain(path);
  });
});
