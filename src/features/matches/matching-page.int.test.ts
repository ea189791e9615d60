import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntakeForm } from '../../../test/factories/help-request.ts';
import { buildVolunteerForm, registerVolunteer, volunteerChoices } from '../../../test/factories/volunteer.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// The matching page tells a coordinator who was left out and why, who was
// already asked, and what the score is made of.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let choices: Awaited<ReturnType<typeof volunteerChoices>>;
const ids: Record<string, string> = {};
let requestUrl: string;
let takenUrl: string;

let phone = 1000;
async function intake(client: TestClient, helpType: string, district = '東光'): Promise<string> {
  await client.get('/staff/help-requests/intake');
  const response = await client.post('/staff/help-requests/intake', buildIntakeForm(choices.district(district), choices.helpType(helpType), { residentName: `住民 ${phone}`, residentReading: 'じゅうみん', residentPhone: `0166-31-${phone++}`, preferredOn: '', timeSlot: '' }));
  expect(response.status).toBe(303);
  return response.headers.get('location')!;
}

/** One candidate's entry on a matching page, from their name to the next candidate. */
function candidateItem(html: string, id: string, name: string): string {
  const start = html.indexOf(`${id}">${name}`);
  expect(start, name).toBeGreaterThan(0);
  const next = html.indexOf('<li><h3>', start);
  return html.slice(start, next > 0 ? next : html.indexOf('</ol>', start));
}

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  yamada = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  choices = await volunteerChoices(admin);
  const talk = choices.helpType('話し相手');
  const go = choices.helpType('囲碁・将棋の相手');
  const toko = choices.district('東光');
  const volunteer = (name: string, reading: string, overrides: Record<string, string> = {}) => buildVolunteerForm(toko, talk, { name, nameReading: reading, availability: '3:am', ...overrides });
  ids.ready = await registerVolunteer(yamada, volunteer('候補 一郎', 'こうほ いちろう'));
  ids.expired = await registerVolunteer(yamada, volunteer('保険切れ 二郎', 'ほけんぎれ じろう'), '2025-04-10');
  // The only one who plays 囲碁, and uninsured this 年度.
  await registerVolunteer(yamada, volunteer('保険切れ 八郎', 'ほけんぎれ はちろう', { helpTypeIds: go }), '2025-04-10');
  ids.uninsured = await registerVolunteer(yamada, volunteer('未加入 三郎', 'みかにゅう さぶろう'), null);
  await yamada.get('/staff/volunteers/new');
  expect((await yamada.post('/staff/volunteers', { ...volunteer('応募中 四郎', 'おうぼちゅう しろう'), monthlyAssignmentLimit: '4' })).status).toBe(303);
  ids.paused = await registerVolunteer(yamada, volunteer('休止 五郎', 'きゅうし ごろう'));
  expect((await yamada.post(`/staff/volunteers/${ids.paused}/status`, { toStatus: 'paused', onDate: '2026-10-01', note: '' })).status).toBe(303);
  ids.full = await registerVolunteer(yamada, volunteer('上限 六子', 'じょうげん ろくこ', { monthlyAssignmentLimit: '1' }));
  ids.elsewhere = await registerVolunteer(admin, buildVolunteerForm(choices.district('永山'), talk, { name: '他地域 七子', nameReading: 'たちいき ななこ', availability: '3:am', travelRange: 'city' }));
  // 上限 六子 already took one request this month.
  takenUrl = await intake(yamada, '話し相手');
  await yamada.post(`${takenUrl}/matches`, { volunteerId: ids.full });
  const matchId = (await (await yamada.get(`${takenUrl}/matches`)).text()).match(/\/staff\/matches\/([0-9a-f-]{36})\/answer/)![1]!;
  expect((await yamada.post(`/staff/matches/${matchId}/answer`, { answer: 'accept', note: '' })).status).toBe(303);
  requestUrl = await intake(yamada, '話し相手');
});
afterAll(async () => testApp.close());

describe('the matching page', () => {
  it('says how many who can do the help were left out, and why', async () => {
    const html = await (await yamada.get(`${requestUrl}/matches`)).text();
    expect(html).toContain('この困りごとができるボランティアのうち5人は、以下の理由で候補から外しています。');
    expect(html).toContain('保険が切れている（今年度の活動保険に未加入）: 1人');
    expect(html).toContain('活動保険の加入記録がない: 1人');
    expect(html).toContain('今月の上限に達している: 1人');
    expect(html).toContain('応募中で未登録（面談・登録の前）: 1人');
    expect(html).toContain('休止中: 1人');
    expect(html).toContain('候補 一郎');
    expect(html).not.toContain('上限 六子');
  });

  it('tells "nobody can do this help" from "everyone was left out"', async () => {
    const nobody = await (await yamada.get(`${await intake(yamada, '電球交換')}/matches`)).text();
    expect(nobody).toContain('この困りごとができるボランティアがまだいません。');
    expect(nobody).not.toContain('候補から外しています');
    const filtered = await (await yamada.get(`${await intake(yamada, '囲碁・将棋の相手')}/matches`)).text();
    expect(filtered).toContain('条件に合うボランティアがいません。');
    expect(filtered).toContain('この困りごとができるボランティアのうち1人は、以下の理由で候補から外しています。');
    expect(filtered).toContain('保険が切れている（今年度の活動保険に未加入）: 1人');
  });

  it("links each name to the volunteer's record where the coordinator may open it", async () => {
    const html = await (await yamada.get(`${requestUrl}/matches`)).text();
    expect(html).toContain(`<a href="/staff/volunteers/${ids.ready}">候補 一郎</a>`);
    expect(html).toContain('他地域 七子');
    expect(html).not.toContain(`href="/staff/volunteers/${ids.elsewhere}"`);
    expect(await (await admin.get(`${requestUrl}/matches`)).text()).toContain(`<a href="/staff/volunteers/${ids.elsewhere}">他地域 七子</a>`);
  });

  it('explains the score as the sum of the points of the reasons shown', async () => {
    const html = await (await yamada.get(`${requestUrl}/matches`)).text();
    expect(html).toContain('適合度は、各候補の下に並ぶ理由の点数の合計です。');
    const item = candidateItem(html, ids.ready!, '候補 一郎');
    expect(item).toContain('同じ圏域に住んでいる <span class="reason-points">（+40点）</span>');
    const score = Number(item.match(/適合度 (-?\d+)/)![1]);
    const points = [...item.matchAll(/（([+−±])(\d+)点）/g)].map((m) => (m[1] === '−' ? -1 : 1) * Number(m[2]));
    expect(points.length).toBeGreaterThan(2);
    expect(points.reduce((a, b) => a + b, 0)).toBe(score);
  });

  it('shows a volunteer already proposed for this request as 提案中 and offers them no second proposal', async () => {
    expect((await yamada.post(`${requestUrl}/matches`, { volunteerId: ids.ready })).status).toBe(303);
    const html = await (await yamada.get(`${requestUrl}/matches`)).text();
    expect(candidateItem(html, ids.ready!, '候補 一郎')).toContain('<strong>提案中</strong>');
    expect(html).not.toContain('候補 一郎さんに提案する');
    expect(html).toContain('他地域 七子さんに提案する');
  });

  it('keeps the volunteer who accepted this very request listed as 引き受け済み, not left out at their limit', async () => {
    const html = await (await yamada.get(`${takenUrl}/matches`)).text();
    expect(candidateItem(html, ids.full!, '上限 六子')).toContain('<strong>引き受け済み</strong>');
    expect(candidateItem(html, ids.full!, '上限 六子')).toContain('今月の引き受け 1件／上限 1件');
    expect(html).not.toContain('今月の上限に達している');
  });
});
