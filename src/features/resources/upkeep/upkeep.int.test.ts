import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createMemoryMailer } from '../../../../test/support/memory-mailer.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { runJobTick } from '../../../platform/jobs/runner.ts';
import { createProviderToken } from './provider-link.ts';
import { upkeepJobs } from './jobs.ts';

let testApp: TestApp;
let admin: TestClient;
type Created = { id: string };

async function createListing(listing: Record<string, unknown>): Promise<string> {
  const response = await admin.json('POST', '/api/v1/resources', { costKind: 'free', isPublished: true, ...listing });
  expect(response.status).toBe(201);
  return ((await response.json()) as { resource: Created }).resource.id;
}

async function confirmedOn(id: string): Promise<string | null> {
  const [row] = await testApp.database.query('SELECT confirmed_on::text AS d, confirmed_by AS by FROM resources WHERE id = $1', [id]);
  return (row?.d as string | null) ?? null;
}

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
});
afterAll(async () => testApp.close());

describe('provider links', () => {
  it('lets a provider confirm "unchanged" once, which sets 確認日 to today', async () => {
    const id = await createListing({ name: '確認してほしいサロン', providerName: 'ひだまりの会', confirmedOn: '2024-01-10' });
    const token = createProviderToken(testApp.secret, testApp.demo.id, id, testApp.clock.now);
    const provider = createClient(testApp);
    const page = await provider.get(`/provider/${token}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('確認してほしいサロン');
    expect((await provider.post(`/provider/${token}/confirm`, {})).status).toBe(200);
    expect(await confirmedOn(id)).toBe('2026-11-23');
    const reused = await provider.get(`/provider/${token}`);
    expect(reused.status).toBe(404);
    expect(await reused.text()).toContain('このリンクは使えません');
  });

  it('refuses expired, tampered and foreign links without saying which', async () => {
    const id = await createListing({ name: 'リンク検査' });
    const old = createProviderToken(testApp.secret, testApp.demo.id, id, new Date('2026-01-01T00:00:00Z'));
    const tampered = createProviderToken(testApp.secret, testApp.demo.id, id, testApp.clock.now).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    const foreign = createProviderToken('another-secret-another-secret-1234', testApp.demo.id, id, testApp.clock.now);
    const bodies = new Set<string>();
    for (const token of [old, tampered, foreign, 'nonsense']) {
      const response = await createClient(testApp).get(`/provider/${token}`);
      expect(response.status).toBe(404);
      bodies.add((await response.text()).replace(/\/provider\/[^"?]+/g, ''));
    }
    expect(bodies.size).toBe(1);
  });

  it('takes a provider proposal to staff, who approve it into the listing', async () => {
    const id = await createListing({ name: '変更のある体操教室', confirmedOn: '2024-02-01' });
    const token = createProviderToken(testApp.secret, testApp.demo.id, id, testApp.clock.now);
    const provider = createClient(testApp);
    await provider.get(`/provider/${token}`);
    const bad = await provider.post(`/provider/${token}/propose`, { phone: '123' });
    expect(bad.status).toBe(422);
    const sent = await provider.post(`/provider/${token}/propose`, { scheduleText: '毎週火曜日 10:00〜11:00', phone: '0166-22-1111', submitterName: '代表 佐藤' });
    expect(sent.status).toBe(200);
    const list = await (await admin.get('/staff/resources/suggestions')).text();
    expect(list).toContain('変更のある体操教室');
    const suggestionId = list.match(/\/staff\/suggestions\/([0-9a-f-]{36})\/approve/)![1]!;
    expect((await admin.post(`/staff/suggestions/${suggestionId}/approve`, {})).status).toBe(303);
    const detail = (await (await createClient(testApp).get(`/api/v1/resources/${id}`)).json()) as { contact: { phone: string }; confirmedOn: string; schedule: { rules: { kind: string; weekdays?: number[] }[] } };
    expect(detail.contact.phone).toBe('0166-22-1111');
    expect(detail.schedule.rules).toEqual([{ kind: 'weekly', weekdays: [2], startTime: '10:00', endTime: '11:00' }]);
    expect(detail.confirmedOn).toBe('2026-11-23');
  });

  it('accepts 「情報の修正を提案」 from anyone and lets staff reject it without changes', async () => {
    const id = await createListing({ name: '公開の地域食堂' });
    const visitor = createClient(testApp);
    await visitor.get(`/resources/${id}/suggest`);
    expect((await visitor.post(`/resources/${id}/suggest`, { message: '' })).status).toBe(422);
    expect((await visitor.post(`/resources/${id}/suggest`, { message: '開催日が第3土曜日に変わりました' })).status).toBe(200);
    const list = await (await admin.get('/staff/resources/suggestions')).text();
    expect(list).toContain('開催日が第3土曜日に変わりました');
    const suggestionId = [...list.matchAll(/\/staff\/suggestions\/([0-9a-f-]{36})\/reject/g)].at(-1)![1]!;
    expect((await admin.post(`/staff/suggestions/${suggestionId}/reject`, {})).status).toBe(303);
    expect(await (await admin.get('/staff/resources/suggestions')).text()).not.toContain('開催日が第3土曜日に変わりました');
  });
});

describe('the confirmation sweep', () => {
  it('asks, reminds after three weeks, then hands the listing to staff; each step once, across restarts', async () => {
    const id = await createListing({ name: '一年前に確認した会', email: 'kai@example.jp', confirmedOn: '2025-11-01' });
    const noMail = await createListing({ name: 'メールのない会', confirmedOn: '2025-10-01' });
    const mailer = createMemoryMailer();
    const jobs = () => upkeepJobs({ secret: testApp.secret, baseUrl: 'http://localhost', mailer, tenantInfo: async () => ({ name: '旭川市社会福祉協議会', intervalMonths: 12 }) });
    const at = (iso: string) => new Date(iso);
    const db = testApp.database.db;

    await runJobTick(testApp.database, jobs(), at('2026-11-23T01:00:00Z'));
    await runJobTick(testApp.database, jobs(), at('2026-11-23T02:00:00Z')); // same day: nothing new
    await runJobTick(testApp.database, upkeepJobs({ secret: testApp.secret, baseUrl: 'http://localhost', mailer, tenantInfo: async () => ({ name: '', intervalMonths: 12 }) }), at('2026-11-24T01:00:00Z')); // "restarted" next day
    const toKai = mailer.sent.filter((m) => m.to === 'kai@example.jp');
    expect(toKai).toHaveLength(1);
    expect(toKai[0]!.subject).toBe('掲載情報の確認のお願い（一年前に確認した会）');
    expect(toKai[0]!.text).toMatch(/http:\/\/localhost\/provider\/[0-9a-f-]{36}\.\d+\./);

    await runJobTick(testApp.database, jobs(), at('2026-12-15T01:00:00Z'));
    await runJobTick(testApp.database, jobs(), at('2026-12-16T01:00:00Z'));
    expect(mailer.sent.filter((m) => m.to === 'kai@example.jp').map((m) => m.subject)).toEqual([
      '掲載情報の確認のお願い（一年前に確認した会）',
      '【再送】掲載情報の確認のお願い（一年前に確認した会）',
    ]);

    await runJobTick(testApp.database, jobs(), at('2026-12-30T01:00:00Z'));
    const stale = await (await admin.get('/staff/resources/stale')).text();
    expect(stale).toContain('一年前に確認した会');
    expect(stale).toContain('メールのない会');
    for (const name of ['一年前に確認した会', 'メールのない会']) {
      const item = stale.slice(stale.indexOf(name), stale.indexOf('</li>', stale.indexOf(name)));
      expect(item, name).toContain('電話で確認');
    }
    const rows = await testApp.database.query('SELECT resource_id, escalated_at IS NOT NULL AS escalated FROM resource_confirmation_requests WHERE resource_id = ANY($1::uuid[])', [[id, noMail]]);
    expect(rows.every((r) => r.escalated === true)).toBe(true);
  });
});
