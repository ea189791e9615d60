import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntakeForm } from '../../../test/factories/help-request.ts';
import { buildVolunteerForm, registerVolunteer, volunteerChoices } from '../../../test/factories/volunteer.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let choices: Awaited<ReturnType<typeof volunteerChoices>>;
let requestUrl: string;
let neighbour: string;

async function intake(client: TestClient, form: Record<string, string | null>): Promise<string> {
  await client.get('/staff/help-requests/intake');
  const response = await client.post('/staff/help-requests/intake', form);
  expect(response.status).toBe(303);
  return response.headers.get('location')!;
}

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  yamada = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  choices = await volunteerChoices(admin);
  const dog = choices.helpType('ペットの散歩');
  neighbour = await registerVolunteer(yamada, buildVolunteerForm(choices.district('東光'), dog, { name: '近所 一子', nameReading: 'きんじょ いちこ', availability: '3:am' }));
  await registerVolunteer(yamada, buildVolunteerForm(choices.district('豊岡'), dog, { name: '同地域 二郎', nameReading: 'どうちいき じろう', availability: '3:am', travelRange: 'area' }));
  await registerVolunteer(yamada, buildVolunteerForm(choices.district('東光'), dog, { name: '保険切れ 三郎', nameReading: 'ほけんぎれ さぶろう' }), '2025-04-10');
  await yamada.get('/staff/volunteers/new');
  await yamada.post('/staff/volunteers', { ...buildVolunteerForm(choices.district('東光'), dog, { name: '応募中 四郎', nameReading: 'おうぼちゅう しろう' }), monthlyAssignmentLimit: '4' });
  requestUrl = await intake(yamada, buildIntakeForm(choices.district('東光'), dog));
});
afterAll(async () => testApp.close());

describe('ranking and proposing', () => {
  it('ranks the free neighbour first with the reasons shown, and never lists the uninsured or unregistered', async () => {
    const html = await (await yamada.get(`${requestUrl}/matches`)).text();
    expect(html.indexOf('近所 一子')).toBeGreaterThan(0);
    expect(html.indexOf('近所 一子')).toBeLessThan(html.indexOf('同地域 二郎'));
    expect(html).toContain('同じ圏域に住んでいる');
    expect(html).toContain('希望の時間に活動できる');
    expect(html).toContain('今月の引き受け 0件／上限 4件');
    expect(html).not.toContain('保険切れ 三郎');
    expect(html).not.toContain('応募中 四郎');
    expect(html).toContain('同じ困りごとに応える地域資源');
  });

  it('lists only the best candidates at first, with a link to the next ones', async () => {
    const html = await (await yamada.get(`${requestUrl}/matches?shown=1`)).text();
    expect(html).toContain('近所 一子');
    expect(html).not.toContain('同地域 二郎');
    expect(html).toContain('合う順に2人のうち1人を表示しています。');
    expect(html).toContain(`href="${requestUrl}/matches?shown=31#candidates-title"`);
    expect(html).toContain('次の1人を表示');
    const odd = await (await yamada.get(`${requestUrl}/matches?shown=abc`)).text();
    expect(odd).toContain('同地域 二郎');
    expect(odd).not.toContain('次の');
  });

  it('proposes a volunteer and moves the request to 調整中', async () => {
    expect((await yamada.post(`${requestUrl}/matches`, { volunteerId: neighbour })).status).toBe(303);
    const again = await yamada.post(`${requestUrl}/matches`, { volunteerId: neighbour });
    expect(await again.text()).toContain('この方にはすでに提案しています。');
    expect(await (await yamada.get(requestUrl)).text()).toContain('調整中');
  });
});

describe("the volunteer's personal link", () => {
  let link: string;

  it('shows the assignment, hides the resident until accepted, and records the acceptance', async () => {
    const issued = await (await yamada.post(`/staff/volunteers/${neighbour}/link`, {})).text();
    link = issued.match(/href="http:\/\/localhost(\/v\/[^"]+)"/)![1]!;
    const volunteer = createClient(testApp);
    const before = await (await volunteer.get(link)).text();
    expect(before).toContain('ペットの散歩（返事待ち）');
    expect(before).not.toContain('北野');
    expect(before).not.toContain('0166-31-2345');
    const matchId = before.match(/\/matches\/([0-9a-f-]{36})\/answer/)![1]!;
    expect((await volunteer.post(`${link}/matches/${matchId}/answer`, { answer: 'accept', note: '' })).status).toBe(303);
    const after = await (await volunteer.get(link)).text();
    expect(after).toContain('北野さん');
    expect(after).toContain('自宅玄関前');
    expect(after).not.toContain('0166-31-2345');
    expect(after).not.toContain('足をけがして');
    expect(await (await yamada.get(requestUrl)).text()).toContain('マッチング済');
  });

  it('records an activity from the link that the coordinator then confirms', async () => {
    const volunteer = createClient(testApp);
    const page = await (await volunteer.get(link)).text();
    const matchId = page.match(/\/matches\/([0-9a-f-]{36})\/activities/)![1]!;
    const empty = await volunteer.post(`${link}/matches/${matchId}/activities`, { activityOn: '2026-11-23', hours: '0', minutes: '0', whatWasDone: '', notes: '' });
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('活動した時間を入力してください。');
    const saved = await volunteer.post(`${link}/matches/${matchId}/activities`, { activityOn: '2026-11-22', hours: '1', minutes: '30', whatWasDone: '犬の散歩（公園まで）', notes: '' });
    expect(saved.status).toBe(303);
    const matching = await (await yamada.get(`${requestUrl}/matches`)).text();
    expect(matching).toContain('1時間30分 犬の散歩（公園まで）');
    const activityId = matching.match(/\/staff\/activities\/([0-9a-f-]{36})\/confirm/)![1]!;
    expect((await yamada.post(`/staff/activities/${activityId}/confirm`, {})).status).toBe(303);
    expect(await (await yamada.get(`${requestUrl}/matches`)).text()).toContain('確認済み');
    expect(await (await yamada.get(requestUrl)).text()).toContain('活動中');
    expect(await (await yamada.get(`/staff/volunteers/${neighbour}`)).text()).toContain('確認済みの活動 1件・1時間30分');
  });

  it('refuses a tampered link and, once revoked, the old one', async () => {
    const volunteer = createClient(testApp);
    expect((await volunteer.get(`${link.slice(0, -3)}abc`)).status).toBe(404);
    await yamada.get(`/staff/volunteers/${neighbour}`);
    expect((await yamada.post(`/staff/volunteers/${neighbour}/link/revoke`, {})).status).toBe(303);
    const refused = await volunteer.get(link);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toContain('このリンクは使えません。');
  });
});

describe('overlaps and privacy', () => {
  it('warns when another coordinator asks the same volunteer for an overlapping time', async () => {
    const second = await intake(admin, buildIntakeForm(choices.district('東光'), choices.helpType('ペットの散歩'), { residentName: '重複 確認', residentReading: 'ちょうふく かくにん', residentPhone: '0166-31-9999' }));
    const html = await (await admin.get(`${second}/matches`)).text();
    expect(html).toContain('同じ時間に別の依頼がある');
    const warned = await admin.post(`${second}/matches`, { volunteerId: neighbour });
    expect(warned.status).toBe(422);
    expect(await warned.text()).toContain('この方には同じ時間帯に別の依頼があります');
    expect((await admin.post(`${second}/matches`, { volunteerId: neighbour, confirmOverlap: 'on' })).status).toBe(303);
  });

  it('keeps matching to the coordinators of the request area and admins', async () => {
    const elsewhere = await intake(admin, buildIntakeForm(choices.district('永山'), choices.helpType('除雪'), { residentName: '別 地域', residentReading: 'べつ ちいき' }));
    expect((await yamada.get(`${elsewhere}/matches`)).status).toBe(403);
    expect((await yamada.post(`${elsewhere}/matches`, { volunteerId: neighbour })).status).toBe(403);
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    expect((await staff.get(`${requestUrl}/matches`)).status).toBe(403);
  });
});

describe('distance', () => {
  it('ranks the volunteer living nearer the resident first and shows both distances, with coordinates typed on the forms', async () => {
    const bulb = choices.helpType('電球交換');
    const toko = choices.district('東光');
    await registerVolunteer(yamada, buildVolunteerForm(toko, bulb, { name: '遠方 五郎', nameReading: 'えんぽう ごろう', availability: '3:am', latitude: '43.7400', longitude: '142.4300' }));
    await registerVolunteer(yamada, buildVolunteerForm(toko, bulb, { name: '近隣 六子', nameReading: 'きんりん ろくこ', availability: '3:am', latitude: '４３．７５１０', longitude: '142.4010' }));
    const url = await intake(yamada, buildIntakeForm(toko, bulb, { residentName: '距離 確認', residentReading: 'きょり かくにん', residentPhone: '0166-31-7777', residentLatitude: '43.7500', residentLongitude: '142.4000' }));
    const html = await (await yamada.get(`${url}/matches`)).text();
    expect(html.indexOf('近隣 六子')).toBeGreaterThan(0);
    expect(html.indexOf('近隣 六子')).toBeLessThan(html.indexOf('遠方 五郎'));
    expect(html).toContain('同じ圏域に住んでいる（約0.1km）');
    expect(html).toContain('同じ圏域に住んでいる（約2.7km）');
  });

  it('refuses coordinates outside Japan or only half given, in Japanese', async () => {
    await yamada.get('/staff/volunteers/new');
    const refused = await yamada.post('/staff/volunteers', { ...buildVolunteerForm(choices.district('東光'), choices.helpType('電球交換'), { latitude: '51.5', longitude: '' }), monthlyAssignmentLimit: '4' });
    expect(refused.status).toBe(422);
    const text = await refused.text();
    expect(text).toContain('緯度は日本国内の値を、北緯20〜46度の数字で入力してください');
    await yamada.get('/staff/help-requests/intake');
    const half = await yamada.post('/staff/help-requests/intake', buildIntakeForm(choices.district('東光'), choices.helpType('電球交換'), { residentLatitude: '43.75', residentLongitude: '' }));
    expect(half.status).toBe(422);
    expect(await half.text()).toContain('緯度と経度は両方とも入力してください');
  });
});

describe('yearly figures', () => {
  it('count the request, the match and the confirmed hours in the 年度, as a page with SVG charts and as CSV, for staff too', async () => {
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    const page = await (await staff.get('/staff/figures?fy=2026')).text();
    expect(page).toContain('年度の実績（令和8年度）');
    expect(page).toContain('<svg class="bar-chart"');
    expect(page).toContain('ペットの散歩');
    expect(page).toContain('1時間30分');
    expect(page).not.toContain('北野');
    const csv = await staff.get('/staff/figures.csv?fy=2026');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('令和8年度,活動,活動時間,1.5');
    expect(text).toContain('令和8年度,活動,活動時間（分）,90');
    expect(text).toMatch(/令和8年度,受付の方法別の依頼,電話で受付,\d+/);
    expect(text).toMatch(/令和8年度,依頼した人別の依頼,(本人|家族|地域包括支援センター|ケアマネジャー|民生委員|近所の人|その他),\d+/);
    expect(text).toContain('令和8年度,困りごと別の依頼,ペットの散歩,');
  });
});

// Last: its request and proposal would change what the tests above count.
describe('a request with nowhere to meet', () => {
  it('cannot be proposed until the coordinator adds a meeting point on the matching page', async () => {
    const nowhere = await intake(yamada, buildIntakeForm(choices.district('東光'), choices.helpType('ペットの散歩'), { residentPhone: '0166-36-0001', residentAddress: '', meetingPoint: '' }));
    const page = await (await yamada.get(`${nowhere}/matches`)).text();
    expect(page).toContain('待ち合わせ場所（または住人の住所）がないため、まだ提案できません。');
    expect(page).not.toContain('に提案する');
    const refused = await yamada.post(`${nowhere}/matches`, { volunteerId: neighbour });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('まだ提案できません');
    expect((await yamada.post(`${nowhere}/meeting-point`, { meetingPoint: '自宅裏の勝手口' })).status).toBe(303);
    expect(await (await yamada.get(`${nowhere}/matches`)).text()).not.toContain('まだ提案できません');
    expect((await yamada.post(`${nowhere}/matches`, { volunteerId: neighbour, confirmOverlap: 'on' })).status).toBe(303);
  });
});
