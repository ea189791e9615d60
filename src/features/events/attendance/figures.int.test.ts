import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, testSecret, type TestApp } from '../../../../test/support/test-app.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { applyToEvent } from '../registrations/service.ts';
import { countTrainingsByFiscalYear, findYearlyEventFigures } from './service.ts';

let testApp: TestApp;
let staff: TestClient;

const context = (): ServiceContext => ({ db: testApp.database.db, tenantId: testApp.demo.id, actor: null, now: testApp.clock.now, requestId: 'test' });

beforeAll(async () => {
  testApp = await createTestApp();
  staff = createClient(testApp);
  await staff.signIn('staff@example.jp');
});
afterAll(async () => testApp.close());

describe('yearly event figures', () => {
  it('counts the volunteer trainings of each 年度 from the data: 3, 9, 10, then 1', async () => {
    expect(await countTrainingsByFiscalYear(context())).toEqual([
      { fiscalYear: 2018, trainings: 3 },
      { fiscalYear: 2019, trainings: 9 },
      { fiscalYear: 2020, trainings: 10 },
      { fiscalYear: 2021, trainings: 1 },
    ]);
  });

  it('counts applications, confirmed places and attendances of events once they have started, and never cancelled ones', async () => {
    const [upcoming] = await testApp.database.query(`SELECT id FROM events WHERE title = '冬の見守り・除雪ボランティア入門講座'`);
    for (let i = 0; i < 3; i++) {
      await applyToEvent(context(), testSecret, String(upcoming!.id), {
        name: `参加 花子${i}`, nameReading: 'さんか はなこ', organisation: '', role: 'resident', prefecture: '北海道', municipality: '旭川市',
        email: `figures${i}@example.jp`, phone: '0166-23-0742', participantTypeId: '', answers: {}, consent: true, submissionKey: `figures-test-key-${i}`,
      });
    }
    await testApp.database.query(`UPDATE event_registrations SET checked_in_at = $2 WHERE event_id = $1 AND email = 'figures0@example.jp'`, [upcoming!.id, '2027-01-23T04:20:00Z']);
    const [past] = await testApp.database.query(`SELECT id FROM events WHERE starts_at < '2019-01-01' AND is_volunteer_training LIMIT 1`);
    await testApp.database.query(`UPDATE events SET status = 'cancelled' WHERE id = $1`, [past!.id]);
    // Figures are for staff: without a signed-in person the service refuses.
    await expect(findYearlyEventFigures(context())).rejects.toThrow('forbidden');
    testApp.clock.now = new Date('2027-02-01T00:00:00Z');
    try {
      await staff.signIn('staff@example.jp');
      const page = await (await staff.get('/staff/events/figures')).text();
      expect(page).toContain('令和8年度');
      const csv = await (await staff.get('/staff/events/figures.csv')).arrayBuffer();
      const rows = parse(Buffer.from(csv).toString('utf8'), { bom: true }) as string[][];
      expect(rows[0]).toEqual(['年度', '研修・イベントの開催数', 'ボランティア養成講座・研修の開催数', '申込数', '参加確定数', '出席数']);
      const byYear = Object.fromEntries(rows.slice(1).map((r) => [r[0], r.slice(1).map(Number)]));
      expect(byYear['平成30年度']).toEqual([2, 2, 0, 0, 0]);
      expect(byYear['令和元年度']).toEqual([9, 9, 0, 0, 0]);
      expect(byYear['令和2年度']).toEqual([10, 10, 0, 0, 0]);
      expect(byYear['令和3年度']).toEqual([1, 1, 0, 0, 0]);
      expect(byYear['令和7年度']).toEqual([1, 0, 0, 0, 0]);
      expect(byYear['令和8年度']).toEqual([1, 1, 3, 3, 1]);
    } finally {
      testApp.clock.now = new Date('2026-11-23T01:00:00Z');
      await staff.signIn('staff@example.jp');
    }
  });

  it('shows the table with an SVG bar chart to staff, and only to staff', async () => {
    const html = await (await staff.get('/staff/events/figures')).text();
    expect(html).toContain('<svg role="img" aria-labelledby="figures-chart-title"');
    expect(html).toMatch(/<th scope="row">令和2年度<\/th><td class="number">10<\/td>/);
    expect((await createClient(testApp).get('/staff/events/figures')).status).toBe(303);
  });
});
