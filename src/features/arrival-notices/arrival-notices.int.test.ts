import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVolunteerForm, volunteerChoices } from '../../../test/factories/volunteer.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { runJobTick } from '../../platform/jobs/runner.ts';
import { arrivalNoticeJobs } from './jobs.ts';

// A coordinator whose area just received two web 相談 and an application
// must see them first thing, and hear of them by mail without the mail
// carrying more about the person than the office allows.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let choices: Awaited<ReturnType<typeof volunteerChoices>>;

const runJobs = () => runJobTick(testApp.database, arrivalNoticeJobs({ baseUrl: 'http://localhost', mailer: testApp.mailer }), testApp.clock.now);

async function askForHelp(district: string, name: string, phone: string, address = ''): Promise<void> {
  const visitor = createClient(testApp);
  await visitor.get('/help/request');
  const sent = await visitor.post('/help/request', { residentName: name, residentPhone: phone, residentAddress: address, residentDistrictId: district, referrerType: 'self', helpTypeId: choices.helpType('除雪'), description: '玄関前の雪かき', consent: 'on' });
  expect(sent.status).toBe(303);
}

beforeAll(async () => {
  testApp = await createTestApp({ demoEvents: false });
  admin = createClient(testApp);
  yamada = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  choices = await volunteerChoices(admin);
});
afterAll(async () => testApp.close());

describe('what waits on the staff home', () => {
  it('leads with the web 相談 and applications of the coordinator’s own areas, each with a count and a link', async () => {
    expect(await (await yamada.get('/staff')).text()).not.toContain('Webから届いた未対応の相談');
    await askForHelp(choices.district('東光'), '北 ハル', '0166-40-0001');
    await askForHelp(choices.district('豊岡'), '南 アキ', '0166-40-0002');
    await askForHelp(choices.district('永山'), '西 ナツ', '0166-40-0003'); // B地域: not yamada's
    const visitor = createClient(testApp);
    await visitor.get('/volunteers/apply');
    expect((await visitor.post('/volunteers/apply', buildVolunteerForm(choices.district('東光'), choices.helpType('除雪'), { consent: 'on' }))).status).toBe(303);

    const home = await (await yamada.get('/staff')).text();
    const waiting = home.slice(home.indexOf('確認を待っているもの'));
    expect(home.indexOf('確認を待っているもの')).toBeLessThan(home.indexOf('今日のフォロー'));
    expect(waiting).toContain('<a href="/staff/help-requests?status=received&amp;source=public">Webから届いた未対応の相談: 2件</a>');
    expect(waiting).toContain('<a href="/staff/volunteers?status=applied">新しいボランティアの応募: 1件</a>');
    const list = await (await yamada.get('/staff/help-requests?status=received&source=public')).text();
    expect(list).toContain('北 ハル');
    expect(list).not.toContain('西 ナツ');
    expect(await (await admin.get('/staff')).text()).toContain('Webから届いた未対応の相談: 3件');
  });
});

describe('the notice mail of an arrival', () => {
  it('goes to the area’s coordinator with where and what, but no name or phone unless the setting allows', async () => {
    testApp.mailer.sent.length = 0;
    await runJobs();
    const toYamada = testApp.mailer.sent.filter((m) => m.to === 'yamada@example.jp');
    expect(toYamada.map((m) => m.subject).sort()).toEqual(['【ささえあい】Webから相談が届きました（東光）', '【ささえあい】Webから相談が届きました（豊岡）', '【ささえあい】ボランティアの応募が届きました（東光）']);
    expect(testApp.mailer.sent.some((m) => m.to === 'tamura@example.jp' && m.subject.includes('永山'))).toBe(true);
    for (const mail of testApp.mailer.sent) {
      expect(mail.text).toMatch(/^内容: 除雪/m);
      expect(mail.text).not.toMatch(/北 ハル|南 アキ|西 ナツ|0166-40/);
      expect(mail.text).toMatch(/http:\/\/localhost\/staff\/(help-requests|volunteers)\/[0-9a-f-]{36}/);
    }
    await runJobs();
    expect(testApp.mailer.sent).toHaveLength(4); // each notice once
  });

  it('sends a 「わからない」 request that no town matches to the office’s coordinator', async () => {
    testApp.mailer.sent.length = 0;
    await askForHelp('unknown', '東 フユ', '0166-40-0004', '札幌市中央区');
    await runJobs();
    expect(testApp.mailer.sent.map((m) => [m.to, m.subject])).toEqual([['sasaki@example.jp', '【ささえあい】Webから相談が届きました（未定（社協で振り分けてください））']]);
  });

  it('goes to the office address, naming the person, when the admin sets it so', async () => {
    await admin.get('/staff/settings');
    const tenant = testApp.demo;
    const saved = await admin.post('/staff/settings', { name: tenant.name, email: 'office@example.jp', confirmationIntervalMonths: '12', residentDataRetentionYears: '5', arrivalNoticeTo: 'office', arrivalNoticeNamesPerson: 'on' });
    expect(saved.status).toBe(303);
    testApp.mailer.sent.length = 0;
    await askForHelp(choices.district('東光'), '中 ミノル', '0166-40-0005');
    await runJobs();
    expect(testApp.mailer.sent.map((m) => m.to)).toEqual(['office@example.jp']);
    expect(testApp.mailer.sent[0]!.text).toContain('お名前: 中 ミノル');
    expect(testApp.mailer.sent[0]!.text).not.toContain('0166-40-0005');
  });
});
