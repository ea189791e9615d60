import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createUser } from '../users/service.ts';
import { deliverMail, mailMessageId } from '../../platform/mail/delivery.ts';
import { createMailer, type Mailer } from '../../platform/mail/mailer.ts';
import { listOutbox } from '../../platform/mail/outbox.ts';
import { createTenant, type Tenant } from '../../platform/tenancy/tenancy.ts';

// Two tenants on one deployment, no SMTP: each one's outbox holds its own mail only.
let testApp: TestApp<Mailer>;
let sapporo: Tenant;
const sapporoHost = 'sapporo.example.jp';
let admin: TestClient;
let sapporoAdmin: TestClient;

async function outboxMail(tenantId: string, key: string, to: string, subject: string, text: string) {
  const db = testApp.database.forTenant(tenantId);
  await deliverMail(db, tenantId, testApp.mailer, { to, subject, text, messageId: mailMessageId(tenantId, key) }, testApp.clock.now);
  testApp.clock.now = new Date(testApp.clock.now.getTime() + 1000);
}

const idsOn = (html: string) => [...html.matchAll(/href="\/staff\/outbox\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);

beforeAll(async () => {
  const mailer = createMailer({ from: 'ささえあい <no-reply@example.jp>' });
  testApp = await createTestApp({ mailer, demoEvents: false });
  sapporo = await createTenant(testApp.database.db, { slug: 'sapporo', name: '札幌市社会福祉協議会', hosts: [sapporoHost] });
  await createUser({ db: testApp.database.db, tenantId: sapporo.id, actor: null, now: testApp.clock.now, requestId: 't' }, { email: 'admin@example.jp', displayName: '札幌 管理者', nameReading: '', role: 'admin', password: 'sapporo-password-1' }, { asSystem: true });
  await outboxMail(testApp.demo.id, 'a1', 'first@example.jp', '【受付】ボランティア研修のお申込み', 'お申込みありがとうございます。\n受付番号: 12345678');
  await outboxMail(testApp.demo.id, 'a2', 'second@example.jp', '【中止】研修中止のお知らせ', '大雪のため中止します。');
  await outboxMail(sapporo.id, 's1', 'sapporo-applicant@example.jp', '【受付】札幌の研修', '札幌市中央区北1条西2丁目 の 札幌 太郎 様');
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
  sapporoAdmin = createClient(testApp, sapporoHost);
  await sapporoAdmin.signIn('admin@example.jp', 'sapporo-password-1');
});
afterAll(async () => testApp.close());

describe('the outbox page', () => {
  it('lists the outboxed mails newest first with date, recipient and subject', async () => {
    const response = await admin.get('/staff/outbox');
    expect(response.status).toBe(200);
    const html = await response.text();
    const second = html.indexOf('【中止】研修中止のお知らせ');
    const first = html.indexOf('【受付】ボランティア研修のお申込み');
    expect(second).toBeGreaterThan(0);
    expect(first).toBeGreaterThan(second);
    expect(html).toContain('first@example.jp');
    expect(html).toMatch(/令和\d+年\d+月\d+日/);
  });

  it('shows one mail with its decoded Japanese text', async () => {
    const ids = idsOn(await (await admin.get('/staff/outbox')).text());
    const html = await (await admin.get(`/staff/outbox/${ids.at(-1)}`)).text();
    expect(html).toContain('お申込みありがとうございます。\n受付番号: 12345678');
    expect(html).toContain('ささえあい');
  });

  it("never lists or opens another tenant's mail, by page or by id", async () => {
    const asahikawaPage = await (await admin.get('/staff/outbox')).text();
    const sapporoPage = await (await sapporoAdmin.get('/staff/outbox')).text();
    expect(asahikawaPage).not.toContain('sapporo-applicant@example.jp');
    expect(sapporoPage).toContain('sapporo-applicant@example.jp');
    expect(sapporoPage).not.toContain('first@example.jp');
    const [sapporoId] = idsOn(sapporoPage);
    const asahikawaIds = idsOn(asahikawaPage);
    expect(asahikawaIds).toHaveLength(2);
    expect((await sapporoAdmin.get(`/staff/outbox/${sapporoId}`)).status).toBe(200);
    expect((await admin.get(`/staff/outbox/${sapporoId}`)).status).toBe(404);
    for (const id of asahikawaIds) expect((await sapporoAdmin.get(`/staff/outbox/${id}`)).status).toBe(404);
  });

  it("keeps the wall in the database too: a tenant's connection sees none of another's outbox even when asked by its id", async () => {
    expect(await listOutbox(testApp.database.forTenant(testApp.demo.id), sapporo.id)).toEqual([]);
    expect((await listOutbox(testApp.database.forTenant(sapporo.id), sapporo.id)).map((m) => m.to)).toEqual(['sapporo-applicant@example.jp']);
  });

  it('refuses ids that are not mail ids', async () => {
    for (const name of ['..%2Fsecret.eml', 'secret.txt', '00000000-0000-4000-8000-000000000000']) {
      expect((await admin.get(`/staff/outbox/${name}`)).status, name).toBe(404);
    }
  });

  it('is for administrators only', async () => {
    const coordinator = createClient(testApp);
    await coordinator.signIn('yamada@example.jp');
    expect((await coordinator.get('/staff/outbox')).status).toBe(403);
    const [id] = idsOn(await (await admin.get('/staff/outbox')).text());
    expect((await coordinator.get(`/staff/outbox/${id}`)).status).toBe(403);
  });
});
