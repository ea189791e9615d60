import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createMailer, type Mailer } from '../../platform/mail/mailer.ts';

let testApp: TestApp<Mailer>;
let admin: TestClient;
let folder: string;
let outboxDir: string;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-outbox-'));
  outboxDir = path.join(folder, 'outbox');
  const mailer = createMailer({ outboxDir, from: 'ささえあい <no-reply@example.jp>' });
  testApp = await createTestApp({ mailer, demoEvents: false });
  await mailer.send({ to: 'first@example.jp', subject: '【受付】ボランティア研修のお申込み', text: 'お申込みありがとうございます。\n受付番号: 12345678' });
  // The file names carry the time, so the second one is newer.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await mailer.send({ to: 'second@example.jp', subject: '【中止】研修中止のお知らせ', text: '大雪のため中止します。' });
  fs.writeFileSync(path.join(folder, 'secret.eml'), 'Subject: secret\n\nnot for the web');
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
});
afterAll(async () => {
  await testApp.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

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
    const [name] = fs.readdirSync(outboxDir).sort();
    const html = await (await admin.get(`/staff/outbox/${name}`)).text();
    expect(html).toContain('お申込みありがとうございます。\n受付番号: 12345678');
    expect(html).toContain('ささえあい');
  });

  it('refuses names that are not plain mail file names in the folder', async () => {
    for (const name of ['..%2Fsecret.eml', '%2E%2E%2Fsecret.eml', 'secret.txt', 'missing.eml', '.hidden.eml']) {
      expect((await admin.get(`/staff/outbox/${name}`)).status, name).toBe(404);
    }
  });

  it('is for administrators only', async () => {
    const coordinator = createClient(testApp);
    await coordinator.signIn('yamada@example.jp');
    expect((await coordinator.get('/staff/outbox')).status).toBe(403);
    const [name] = fs.readdirSync(outboxDir);
    expect((await coordinator.get(`/staff/outbox/${name}`)).status).toBe(403);
  });
});
