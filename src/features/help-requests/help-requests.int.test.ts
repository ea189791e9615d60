import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntakeForm } from '../../../test/factories/help-request.ts';
import { volunteerChoices } from '../../../test/factories/volunteer.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { runJobTick } from '../../platform/jobs/runner.ts';
import { helpRequestJobs } from './jobs.ts';

let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let choices: Awaited<ReturnType<typeof volunteerChoices>>;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  yamada = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  choices = await volunteerChoices(admin);
});
afterAll(async () => testApp.close());

async function intake(client: TestClient, form: Record<string, string | null>) {
  await client.get('/staff/help-requests/intake');
  return client.post('/staff/help-requests/intake', form);
}

async function requestCount(client: TestClient): Promise<number> {
  const html = await (await client.get('/staff/help-requests')).text();
  return (html.match(/href="\/staff\/help-requests\/[0-9a-f-]{36}"/g) ?? []).length;
}

describe('phone intake', () => {
  it('takes a new resident and their request in one go and shows them to the area coordinator', async () => {
    const response = await intake(yamada, buildIntakeForm(choices.district('東光'), choices.helpType('ペットの散歩')));
    expect(response.status).toBe(303);
    const page = await (await yamada.get(response.headers.get('location')!)).text();
    expect(page).toContain('ペットの散歩（北野 ハル）');
    expect(page).toContain('足をけがして、しばらく外を歩けない。');
    expect(page).toContain('受付');
    expect(page).toContain('自宅玄関前');
  });

  it('refuses bad input field by field, keeps what was typed and writes nothing', async () => {
    const before = await requestCount(yamada);
    const response = await intake(yamada, buildIntakeForm('', '', { residentName: '', residentPhone: '12', residentReading: 'kitano', frequency: 'recurring' }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('入力してください。');
    expect(html).toContain('圏域を選んでください。');
    expect(html).toContain('困りごとを選んでください。');
    expect(html).toContain('電話番号の形式が正しくありません（例: 0166-23-0742）。');
    expect(html).toContain('ふりがなは、ひらがな・カタカナで入力してください。');
    expect(html).toContain('くり返しのときは曜日を選んでください。');
    expect(html).toContain('飼い犬の散歩をお願いしたい。');
    expect(html).toContain('value="kitano"');
    expect(await requestCount(yamada)).toBe(before);
  });

  it('saves a draft as the coordinator types and offers it again', async () => {
    await yamada.get('/staff/help-requests/intake');
    const saved = await yamada.json('POST', '/staff/help-requests/drafts', { draftId: '', fields: { residentName: '途中 保存', description: '電球が切れた', recurringWeekdays: ['1', '3'] } });
    expect(saved.status).toBe(200);
    const { draftId, message } = (await saved.json()) as { draftId: string; message: string };
    expect(message).toContain('下書きを保存しました');
    const again = await yamada.json('POST', '/staff/help-requests/drafts', { draftId, fields: { residentName: '途中 保存', description: '電球が2つ切れた' } });
    expect(((await again.json()) as { draftId: string }).draftId).toBe(draftId);
    expect(await (await yamada.get('/staff/help-requests')).text()).toContain('途中 保存');
    const form = await (await yamada.get(`/staff/help-requests/intake?draft=${draftId}`)).text();
    expect(form).toContain('電球が2つ切れた');
    expect((await admin.get(`/staff/help-requests/intake?draft=${draftId}`)).status).toBe(404);
  });

  it('finds an existing resident by reading in either kana or by phone however typed, keeping the typed request', async () => {
    await intake(yamada, buildIntakeForm(choices.district('豊岡'), choices.helpType('買い物同行'), { residentName: '目黒 トメ', residentReading: 'めぐろ とめ', residentPhone: '0166-32-1111' }));
    for (const q of ['メグロ', 'めぐろ', '0166321111', '０１６６－３２－１１１１']) {
      const searched = await yamada.post('/staff/help-requests/intake', { intent: 'search', q, draftId: '', description: '2回目の買い物同行' });
      expect(searched.status).toBe(303);
      const page = await (await yamada.get(searched.headers.get('location')!)).text();
      expect(page, q).toContain('目黒 トメさんで受付');
      expect(page).toContain('2回目の買い物同行');
    }
  });

  it('takes a second request for a resident chosen from the search, without typing them again', async () => {
    const searched = await yamada.post('/staff/help-requests/intake', { intent: 'search', q: 'めぐろ', draftId: '' });
    const page = await (await yamada.get(searched.headers.get('location')!)).text();
    const residentId = page.match(/value="choose:([0-9a-f-]{36})"/)![1]!;
    const chosen = await yamada.post('/staff/help-requests/intake', { intent: `choose:${residentId}`, draftId: '' });
    // Choosing someone is the first thing of the call worth keeping: it starts the draft.
    const draftId = new URL(chosen.headers.get('location')!, 'http://x').searchParams.get('draft')!;
    const chosenPage = await (await yamada.get(chosen.headers.get('location')!)).text();
    expect(chosenPage).toContain('別の方にする');
    const form = buildIntakeForm('', choices.helpType('買い物同行'), { residentId, draftId, residentName: '', residentReading: '', residentPhone: '', residentAddress: '', household: '', situationNotes: '' });
    const response = await yamada.post('/staff/help-requests/intake', form);
    expect(response.status).toBe(303);
    expect(await (await yamada.get(response.headers.get('location')!)).text()).toContain('買い物同行（目黒 トメ）');
    expect((await yamada.get(`/staff/help-requests/intake?draft=${draftId}`)).status).toBe(404);
  });
});

describe('the public request form', () => {
  it('reaches the coordinator of the district as 受付 from the web', async () => {
    const visitor = createClient(testApp);
    await visitor.get('/help/request');
    const bad = await visitor.post('/help/request', { residentName: '囲碁 好男', residentPhone: '99', residentDistrictId: choices.district('豊岡'), referrerType: 'family', helpTypeId: choices.helpType('囲碁・将棋の相手'), description: '' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('電話番号の形式が正しくありません');
    expect(badHtml).toContain('同意のうえで送ってください。');
    expect(badHtml).toContain('value="囲碁 好男"');
    const sent = await visitor.post('/help/request', { residentName: '囲碁 好男', residentPhone: '0166-33-4444', residentDistrictId: choices.district('豊岡'), referrerType: 'family', referrerName: '長男', helpTypeId: choices.helpType('囲碁・将棋の相手'), description: '周りに囲碁ができる人がいない', consent: 'on' });
    expect(sent.headers.get('location')).toBe('/help/request/thanks');
    const list = await (await yamada.get('/staff/help-requests?status=received')).text();
    expect(list).toContain('囲碁 好男');
  });
});

describe('request status and privacy', () => {
  it('moves through 調整中 and asks for a reason before 対応できず', async () => {
    const response = await intake(yamada, buildIntakeForm(choices.district('豊岡'), choices.helpType('除雪'), { residentName: '雪山 冬子', residentReading: 'ゆきやま ふゆこ' }));
    const url = response.headers.get('location')!;
    await yamada.get(url);
    expect((await yamada.post(`${url}/status`, { toStatus: 'coordinating', onDate: '2026-11-23', unmetReason: '' })).status).toBe(303);
    const noReason = await yamada.post(`${url}/status`, { toStatus: 'unmet', onDate: '2026-11-23', unmetReason: '' });
    expect(await noReason.text()).toContain('理由を選んでください。');
    const skip = await yamada.post(`${url}/status`, { toStatus: 'closed', onDate: '2026-11-23', unmetReason: '', outcome: 'helped' });
    expect(await skip.text()).toContain('この状態からは選べません。');
    expect((await yamada.post(`${url}/status`, { toStatus: 'unmet', onDate: '2026-11-23', unmetReason: 'no_volunteer' })).status).toBe(303);
    const page = await (await yamada.get(url)).text();
    expect(page).toContain('対応できず');
    expect(page).toContain('ボランティアが見つからない');
  });

  it('shows a resident only to admins and the coordinators of the area, and audits every view', async () => {
    const response = await intake(admin, buildIntakeForm(choices.district('永山'), choices.helpType('ゴミ出し'), { residentName: '永山 秋子', residentReading: 'ながやま あきこ' }));
    const url = response.headers.get('location')!;
    expect((await yamada.get(url)).status).toBe(403);
    expect(await (await yamada.get('/staff/help-requests')).text()).not.toContain('永山 秋子');
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    expect((await staff.get('/staff/help-requests')).status).toBe(403);
    expect((await staff.get(url)).status).toBe(403);
    expect((await staff.get('/staff/help-requests/intake')).status).toBe(403);
    await admin.get(url);
    await admin.get(url);
    const log = await (await admin.get('/staff/audit?entityType=resident')).text();
    const views = log.split('<tr').filter((row) => row.includes('閲覧') && row.includes(url.split('/').pop()!));
    expect(views).toHaveLength(2);
  });
});

describe('outcomes and follow-ups', () => {
  it('asks for an outcome when closing, and puts follow-ups due today on the coordinator home page until done', async () => {
    const response = await intake(yamada, buildIntakeForm(choices.district('豊岡'), choices.helpType('室内の整理'), { residentName: '整理 待子', residentReading: 'せいり まちこ' }));
    const url = response.headers.get('location')!;
    await yamada.get(url);
    const contact = await yamada.post(`${url}/contacts`, { contactedOn: '2026-11-20', means: 'phone', note: '片付けの日取りを確認', followUpOn: '2026-11-23' });
    expect(contact.status).toBe(303);
    const backwards = await yamada.post(`${url}/contacts`, { contactedOn: '2026-11-20', means: 'visit', note: '', followUpOn: '2026-11-19' });
    expect(await backwards.text()).toContain('連絡した日以降の日付にしてください。');
    const home = await (await yamada.get('/staff')).text();
    expect(home).toContain('今日のフォロー');
    expect(home).toContain('整理 待子');
    // The home page names residents too, so its view is audited like the request list.
    const [request] = await testApp.database.query('SELECT resident_id FROM help_requests WHERE id = $1', [url.split('/').pop()]);
    const [listed] = await testApp.database.query(`SELECT after FROM audit_log WHERE action = 'list' AND entity_type = 'resident' AND after->>'list' = 'follow_ups_due' ORDER BY id DESC LIMIT 1`);
    expect((listed!.after as { residentIds: string[] }).residentIds).toContain(request!.resident_id);
    const contactId = (await (await yamada.get(url)).text()).match(/\/staff\/contacts\/([0-9a-f-]{36})\/done/)![1]!;
    expect((await yamada.post(`/staff/contacts/${contactId}/done`, {})).status).toBe(303);
    expect(await (await yamada.get('/staff')).text()).not.toContain('整理 待子');
    for (const toStatus of ['coordinating', 'matched', 'active']) await yamada.post(`${url}/status`, { toStatus, onDate: '2026-11-23', unmetReason: '', outcome: '' });
    const noOutcome = await yamada.post(`${url}/status`, { toStatus: 'closed', onDate: '2026-11-23', unmetReason: '', outcome: '' });
    expect(await noOutcome.text()).toContain('終了のときは結果を選んでください。');
    expect((await yamada.post(`${url}/status`, { toStatus: 'closed', onDate: '2026-11-23', unmetReason: '', outcome: 'helped' })).status).toBe(303);
    expect(await (await yamada.get(url)).text()).toContain('助かった');
  });
});

describe('anonymising old closed requests', () => {
  it('removes the personal details five years after closing, keeps the counts, and leaves recent ones alone', async () => {
    const response = await intake(yamada, buildIntakeForm(choices.district('豊岡'), choices.helpType('電球交換'), { residentName: '古川 電子', residentReading: 'ふるかわ でんこ', residentPhone: '0166-39-0001', description: '台所の電球' }));
    const url = response.headers.get('location')!;
    await yamada.get(url);
    await yamada.post(`${url}/status`, { toStatus: 'unmet', onDate: '2026-11-23', unmetReason: 'other', outcome: '' });
    await runJobTick(testApp.database, helpRequestJobs(), new Date('2031-11-22T03:00:00Z'));
    expect(await (await yamada.get(url)).text()).toContain('古川 電子');
    await runJobTick(testApp.database, helpRequestJobs(), new Date('2031-11-24T03:00:00Z'));
    const page = await (await yamada.get(url)).text();
    expect(page).toContain('（匿名化済み）');
    expect(page).not.toContain('古川 電子');
    expect(page).not.toContain('0166-39-0001');
    expect(page).not.toContain('台所の電球');
    const searched = await yamada.post('/staff/help-requests/intake', { intent: 'search', q: 'ふるかわ', draftId: '' });
    expect(await (await yamada.get(searched.headers.get('location')!)).text()).toContain('該当する方はいません');
    expect(await (await yamada.get('/staff/figures?fy=2026')).text()).toContain('電球交換');
    expect(await (await yamada.get('/staff/help-requests')).text()).toContain('北野 ハル');
  });
});
