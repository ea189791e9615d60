import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('organisation settings', () => {
  it('lets an admin change the office contact, shown in every footer, and the confirmation interval', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    await admin.get('/staff/settings');
    const bad = await admin.post('/staff/settings', { name: '旭川市社会福祉協議会', phone: '12', confirmationIntervalMonths: '0' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('電話番号の形式が正しくありません');
    const saved = await admin.post('/staff/settings', {
      name: '旭川市社会福祉協議会',
      officeName: '生活支援コーディネーター',
      phone: '0166-23-0742',
      postalCode: '0700035',
      address: '北海道旭川市5条通4丁目',
      confirmationIntervalMonths: '6',
    });
    expect(saved.status).toBe(303);
    const home = await (await createClient(testApp).get('/areas')).text();
    expect(home).toContain('〒070-0035 北海道旭川市5条通4丁目');
    expect(await (await admin.get('/staff/resources/stale')).text()).toContain('6か月以上確認していない');
  });

  it('is for admins only', async () => {
    const coordinator = createClient(testApp);
    await coordinator.signIn('yamada@example.jp');
    expect((await coordinator.get('/staff/settings')).status).toBe(403);
  });
});
