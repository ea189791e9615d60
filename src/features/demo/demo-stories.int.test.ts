import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
let yamada: TestClient;

beforeAll(async () => {
  testApp = await createTestApp({ demoStories: true });
  yamada = createClient(testApp);
  await yamada.signIn('yamada@example.jp');
});
afterAll(async () => testApp.close());

describe("the newsletter's stories in the demo", () => {
  it('are real requests, matches and activity records that the yearly figures count', async () => {
    const requests = await (await yamada.get('/staff/help-requests')).text();
    for (const name of ['北野 ハル', '目黒 トメ', '碁盤 正夫', '雪野 冬子']) expect(requests).toContain(name);
    expect(requests).not.toContain('片付 ヨシ');
    const figures = await (await yamada.get('/staff/figures')).text();
    for (const help of ['ペットの散歩', '買い物同行', '囲碁・将棋の相手', '除雪']) expect(figures).toContain(help);
    expect(figures).toContain('ボランティアが見つからない');
    expect(figures).toContain('助かった');
    expect(figures).toContain('4時間0分');
  });

  it('leave the snow-clearing proposal waiting for the volunteer to answer', async () => {
    const list = await (await yamada.get('/staff/help-requests')).text();
    const id = list.match(/href="\/staff\/help-requests\/([0-9a-f-]{36})">雪野 冬子/)![1]!;
    const matching = await (await yamada.get(`/staff/help-requests/${id}/matches`)).text();
    expect(matching).toContain('大雪 力');
    expect(matching).toContain('返事待ち');
  });

  it("include the coordinators' own activities in this and last 年度, counted by type in the figures", async () => {
    const mine = await (await yamada.get('/staff/coordinator-activities')).text();
    expect(mine).toContain('スーパーまるとみ豊岡店');
    expect(mine).toContain('民間企業との連携');
    expect(mine).not.toContain('永山町内会');
    const lastYear = await (await yamada.get('/staff/coordinator-activities?fy=2025')).text();
    expect(lastYear).toContain('買い物支援で地元スーパーと協議');
    for (const fy of [2025, 2026]) {
      const figures = await (await yamada.get(`/staff/figures?fy=${fy}`)).text();
      expect(figures.slice(figures.indexOf('id="coordinator-activities"'))).toMatch(/<th scope="row">民間企業との連携<\/th><td>[1-9]\d*件<\/td>/);
    }
  });
  it('hold the register of local issues: the transport issue resolved by a 送迎付き通いの場 that points back, the fall issue by a training and volunteers', async () => {
    const list = await (await yamada.get('/staff/local-issues')).text();
    for (const title of ['交流の機会が減少した', '移動手段がなく通いの場に行けない', '転倒の不安で外出を控える']) expect(list).toContain(title);
    const id = (title: string) => list.match(new RegExp(`href="/staff/local-issues/([0-9a-f-]{36})">${title}`))![1]!;
    const transport = await (await yamada.get(`/staff/local-issues/${id('移動手段がなく通いの場に行けない')}`)).text();
    expect(transport).toContain('資源化・解決（進み具合 100%）');
    expect(transport).toContain('から回答がありました');
    expect(transport).toContain('送迎付き通いの場 とうこう ゆのみ会');
    const listing = transport.match(/href="\/staff\/resources\/([0-9a-f-]{36})">送迎付き通いの場/)![1]!;
    expect(await (await createClient(testApp).get(`/resources/${listing}`)).text()).toContain('この活動は地域の話し合いから生まれました');
    const fall = await (await yamada.get(`/staff/local-issues/${id('転倒の不安で外出を控える')}`)).text();
    expect(fall).toContain('おでかけ付き添いボランティア養成講座');
    expect(fall).toContain('近藤 さくら');
    const areaA = (await testApp.database.query(`SELECT id FROM areas WHERE name = 'A地域'`))[0]!.id as string;
    const community = await (await createClient(testApp).get(`/areas/${areaA}/community`)).text();
    expect(community).toContain('移動手段がなく通いの場に行けない');
    expect(community).toContain('ボランティア 2人が活動を始めました');
    expect(community).not.toContain('近藤 さくら');
  });
});
