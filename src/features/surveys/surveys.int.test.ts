import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// The test clock is 2026-11-23 (令和8年度). 山田 coordinates A地域; 田村 B地域.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let staff: TestClient;
const ids = { areaA: '', areaB: '', hearing: '', residents: '', targets: [] as string[] };

function optionValue(html: string, label: string): string {
  const match = html.match(new RegExp(`<option value="([^"]*)"[^>]*>${label}[^<]*</option>`));
  if (!match) throw new Error(`no option ${label}`);
  return match[1]!;
}

function idAfter(location: string | null, prefix: string): string {
  expect(location).toMatch(new RegExp(`^${prefix}[0-9a-f-]{36}$`));
  return location!.slice(prefix.length);
}

const flashOf = (response: Response) => decodeURIComponent(decodeURIComponent(response.headers.get('set-cookie') ?? ''));
const keyOf = (html: string) => html.match(/name="submissionKey" value="([^"]+)"/)![1]!;

// A call that reached someone who answered everything required, in the seed hearing's words.
const answered = (key: string, extra: Record<string, string> = {}): [string, string][] => [
  ['submissionKey', key],
  ['method', 'phone'],
  ['outcome', 'answered'],
  ['q.changes', 'less_exchange'],
  ['q.changes', 'less_outings'],
  ['q.exchange_level', '2'],
  ['q.activity_status', 'reduced'],
  ['q.wants_support', 'yes'],
  ...Object.entries(extra),
];

async function responses(surveyId: string) {
  return testApp.database.query(`SELECT method, status, respondent_type, answers, version, entered_by FROM survey_responses WHERE survey_id = $1 ORDER BY created_at`, [surveyId]);
}

beforeAll(async () => {
  testApp = await createTestApp();
  [admin, yamada, staff] = [createClient(testApp), createClient(testApp), createClient(testApp)];
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  await staff.signIn('staff@example.jp');
  const form = await (await admin.get('/staff/surveys/new')).text();
  ids.areaA = optionValue(form, 'A地域');
  ids.areaB = optionValue(form, 'B地域');
});
afterAll(async () => testApp.close());

describe('a coordinator builds the seed newsletter’s hearing', () => {
  const base = { title: 'コロナ禍における高齢者ニーズ', purpose: '暮らしと地域活動への影響を把握する', audience: 'organisations', startsOn: '2026-11-20', endsOn: '2026-12-10', methods: 'phone', template: 'hearing' };

  it('creates it for their own area from the template, and not for another area or the whole city', async () => {
    const form = await (await yamada.get('/staff/surveys/new')).text();
    expect(form).not.toContain('B地域');
    expect((await yamada.post('/staff/surveys', { ...base, areaId: ids.areaB })).status).toBe(422);
    const whole = await yamada.post('/staff/surveys', { ...base, areaId: '' });
    expect(whole.status).toBe(422);
    const reversed = await yamada.post('/staff/surveys', { ...base, areaId: ids.areaA, endsOn: '2026-11-01' });
    expect(await reversed.text()).toContain('最終日は初日より後の日にしてください。');
    const created = await yamada.post('/staff/surveys', { ...base, areaId: ids.areaA });
    expect(created.status).toBe(303);
    ids.hearing = idAfter(created.headers.get('location'), '/staff/surveys/');
    const page = await (await staff.get(`/staff/surveys/${ids.hearing}`)).text();
    expect(page).toContain('コロナ禍で、高齢者の暮らしにどのような変化が見られますか');
    expect(page).toContain('令和8年11月20日〜令和8年12月10日');
    expect(page).toContain('8問');
  });

  it('takes the list of 機関 pasted from a spreadsheet, refusing the whole list over one bad line', async () => {
    const bad = await yamada.post(`/staff/surveys/${ids.hearing}/targets`, { lines: '東光地域包括支援センター, 地域包括支援センター, 0166-23-0742\n東光老人クラブ, 町内会' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('2行目: 種別「町内会」がわかりません');
    expect(await testApp.database.query(`SELECT id FROM survey_targets`)).toEqual([]);
    const lines = ['東光地域包括支援センター, 地域包括支援センター, 0166-23-0742', '東光デイサービス, 介護保険サービス事業所', '東光老人クラブ, 老人クラブ', '東光地区社協, 地区社会福祉協議会'];
    const added = await yamada.post(`/staff/surveys/${ids.hearing}/targets`, { lines: lines.join('\n') });
    expect(added.status).toBe(303);
    expect(flashOf(added)).toContain('surveys.targetsAdded');
    const rows = await testApp.database.query(`SELECT id, name, respondent_type, status FROM survey_targets ORDER BY respondent_type, name`);
    expect(rows.map((r) => [r.name, r.respondent_type, r.status])).toEqual([
      ['東光地区社協', 'group.district_council', 'pending'],
      ['東光老人クラブ', 'group.seniors_club', 'pending'],
      ['東光デイサービス', 'professional.care_service', 'pending'],
      ['東光地域包括支援センター', 'professional.houkatsu', 'pending'],
    ]);
    ids.targets = rows.map((r) => String(r.id));
    expect((await staff.post(`/staff/surveys/${ids.hearing}/targets`, { lines: lines[0]! })).status).toBe(403);
  });
});

describe('the question editor', () => {
  it('adds questions with choices and skip logic, moves them, and refuses to remove one another depends on', async () => {
    const created = await yamada.post('/staff/surveys', { title: '見守りの聞き取り', purpose: '', audience: 'organisations', areaId: ids.areaA, startsOn: '2026-11-20', endsOn: '2026-12-10', methods: 'phone', template: 'blank' });
    const id = idAfter(created.headers.get('location'), '/staff/surveys/');
    const editor = `/staff/surveys/${id}/questions/edit`;
    await yamada.get(editor);
    const add = (form: Record<string, string>) => yamada.post(`/staff/surveys/${id}/questions/add`, { section: '0', newSection: '', kind: 'single', name: '', label: '', hint: '', choices: '', items: '', points: '', unit: '', min: '', max: '', showIfQuestion: '', showIfOperator: 'equals', showIfValue: '', ...form });
    const noChoices = await add({ label: '見守りの担い手はいますか', choices: 'いる' });
    expect(noChoices.status).toBe(422);
    expect(await noChoices.text()).toContain('選択肢を2つ以上');
    expect((await add({ label: '見守りの担い手はいますか', choices: 'yes=いる\nno=いない', required: 'on' })).status).toBe(303);
    const later = await add({ label: '誰が担っていますか', kind: 'multiple', choices: '民生委員\n町内会\n近所の人', allowOther: 'on', showIfQuestion: 'q2', showIfValue: 'maybe' });
    expect(await later.text()).toContain('選択肢「maybe」がありません');
    expect((await add({ label: '誰が担っていますか', kind: 'multiple', choices: '民生委員\n町内会\n近所の人', allowOther: 'on', showIfQuestion: 'q2', showIfValue: 'yes', newSection: '担い手' })).status).toBe(303);
    const { definition } = (await testApp.database.query(`SELECT definition FROM survey_versions WHERE survey_id = $1`, [id]))[0] as { definition: { sections: { title: string; questions: { name: string; kind: string; choices?: { name: string }[]; showIf: unknown[] }[] }[] } };
    expect(definition.sections.map((sec) => [sec.title, sec.questions.map((q) => q.name)])).toEqual([['', ['opinion', 'q2']], ['担い手', ['q3']]]);
    expect(definition.sections[1]!.questions[0]).toMatchObject({ kind: 'multiple', choices: [{ name: 'c1' }, { name: 'c2' }, { name: 'c3' }], showIf: [{ question: 'q2', operator: 'equals', value: 'yes' }] });

    await yamada.get(editor);
    expect((await yamada.post(`/staff/surveys/${id}/questions/q2`, { change: 'up' })).status).toBe(303);
    const refused = await yamada.post(`/staff/surveys/${id}/questions/q2`, { change: 'remove' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('表示条件の質問「q2」がありません。');
    expect((await yamada.post(`/staff/surveys/${id}/questions/q3`, { change: 'remove' })).status).toBe(303);
    const [{ definition: after }] = (await testApp.database.query(`SELECT definition FROM survey_versions WHERE survey_id = $1`, [id])) as { definition: { sections: { questions: { name: string }[] }[] } }[];
    expect(after!.sections.map((sec) => sec.questions.map((q) => q.name))).toEqual([['q2', 'opinion']]);
    expect((await staff.post(`/staff/surveys/${id}/questions/q2`, { change: 'remove' })).status).toBe(403);
  });
});

describe('the phone screen', () => {
  it('records an unanswered call in one step, with the next call’s date for 後日', async () => {
    const [club] = ids.targets.slice(1);
    const call = await (await staff.get(`/staff/surveys/${ids.hearing}/targets/${club}/call`)).text();
    expect(call).toContain('数字キー 1〜7 で選べます。');
    const later = await staff.postFields(`/staff/surveys/${ids.hearing}/targets/${club}/call`, [['submissionKey', keyOf(call)], ['method', 'phone'], ['outcome', 'later']]);
    expect(await later.text()).toContain('「後日」のときは、次に電話する日を入れてください。');
    const saved = await staff.postFields(`/staff/surveys/${ids.hearing}/targets/${club}/call`, [['submissionKey', keyOf(call)], ['method', 'phone'], ['outcome', 'later'], ['nextCallOn', '2026-11-25']]);
    expect(saved.status).toBe(303);
    const [row] = await testApp.database.query(`SELECT status, next_call_on::text AS next, last_method FROM survey_targets WHERE id = $1`, [club]);
    expect(row).toEqual({ status: 'absent', next: '2026-11-25', last_method: 'phone' });
    expect(await responses(ids.hearing)).toEqual([]);
  });

  it('keeps a draft as the coordinator types, and shows it again when the call resumes', async () => {
    const houkatsu = ids.targets[3]!;
    const call = await (await staff.get(`/staff/surveys/${ids.hearing}/targets/${houkatsu}/call`)).text();
    const draft = await testApp.app.request(`http://localhost/staff/surveys/${ids.hearing}/targets/${houkatsu}/call`, {
      method: 'POST',
      body: new URLSearchParams([['_csrf', staff.csrfToken], ['submissionKey', keyOf(call)], ['method', 'phone'], ['outcome', 'answered'], ['draft', '1'], ['q.changes', 'less_exchange']]),
      headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded', 'x-survey-autosave': '1', cookie: [...staff.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(await draft.json()).toEqual({ saved: 'draft' });
    const [target] = await testApp.database.query(`SELECT status FROM survey_targets WHERE id = $1`, [houkatsu]);
    expect(target!.status).toBe('pending');
    const resumed = await (await staff.get(`/staff/surveys/${ids.hearing}/targets/${houkatsu}/call`)).text();
    expect(keyOf(resumed)).toBe(keyOf(call));
    expect(resumed).toMatch(/value="less_exchange" checked/);
    const audit = await testApp.database.query(`SELECT action FROM audit_log WHERE entity_type = 'survey_response' AND action = 'view'`);
    expect(audit.length).toBeGreaterThan(0);
  });

  it('refuses a missing required answer by name, then saves the call once and moves on to the next 未実施', async () => {
    const houkatsu = ids.targets[3]!;
    const call = await (await staff.get(`/staff/surveys/${ids.hearing}/targets/${houkatsu}/call`)).text();
    const key = keyOf(call);
    const missing = await staff.postFields(`/staff/surveys/${ids.hearing}/targets/${houkatsu}/call`, answered(key).filter(([k]) => k !== 'q.wants_support'));
    expect(missing.status).toBe(422);
    const text = await missing.text();
    expect(text).toContain('再開や継続のために社協の支援を希望しますか');
    expect(text).toContain('入力してください');
    const saved = await staff.postFields(`/staff/surveys/${ids.hearing}/targets/${houkatsu}/call`, answered(key, { 'q.support_wanted': '会場の確保' }));
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toMatch(new RegExp(`/staff/surveys/${ids.hearing}/targets/[0-9a-f-]{36}/call$`));
    const again = await staff.postFields(`/staff/surveys/${ids.hearing}/targets/${houkatsu}/call`, answered(key));
    expect(flashOf(again)).toContain('surveys.alreadySaved');
    const rows = await responses(ids.hearing);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ method: 'phone', status: 'submitted', respondent_type: 'professional.houkatsu', version: 1 });
    expect(rows[0]!.answers).toEqual({ changes: ['less_exchange', 'less_outings'], exchange_level: '2', activity_status: 'reduced', wants_support: 'yes', support_wanted: '会場の確保' });
    const [target] = await testApp.database.query(`SELECT status FROM survey_targets WHERE id = $1`, [houkatsu]);
    expect(target!.status).toBe('done');
  });

  it('takes a visit typed in on the entry screen, with its method', async () => {
    await admin.post(`/staff/surveys/${ids.hearing}`, { title: 'コロナ禍における高齢者ニーズ', purpose: '', audience: 'organisations', areaId: ids.areaA, startsOn: '2026-11-20', endsOn: '2026-12-10', methods: 'phone' });
    await admin.postFields(`/staff/surveys/${ids.hearing}`, [['title', 'コロナ禍における高齢者ニーズ'], ['purpose', ''], ['audience', 'organisations'], ['areaId', ids.areaA], ['startsOn', '2026-11-20'], ['endsOn', '2026-12-10'], ['methods', 'phone'], ['methods', 'visit']]);
    const entry = await (await staff.get(`/staff/surveys/${ids.hearing}/entry`)).text();
    const club = ids.targets[1]!;
    const saved = await staff.postFields(`/staff/surveys/${ids.hearing}/entry`, [...answered(keyOf(entry)).filter(([k]) => k !== 'method'), ['method', 'visit'], ['targetId', club]]);
    expect(saved.status).toBe(303);
    const rows = await responses(ids.hearing);
    expect(rows.map((r) => [r.method, r.respondent_type])).toEqual([['phone', 'professional.houkatsu'], ['visit', 'group.seniors_club']]);
    const paper = await staff.postFields(`/staff/surveys/${ids.hearing}/entry`, [...answered(keyOf(entry)).filter(([k]) => k !== 'method'), ['method', 'paper']]);
    expect(await paper.text()).toContain('この調査では、その方法の回答を受け付けていません。');
  });
});

describe('results', () => {
  it('count every choice with its share of all respondents, and cross-tabulate by respondent type', async () => {
    const page = await (await staff.get(`/staff/surveys/${ids.hearing}/results?question=wants_support&by=respondentGroup`)).text();
    expect(page).toContain('回答 2件');
    expect(page).toMatch(/<th scope="row">交流の機会が減った<\/th><td>2<\/td><td>100\.0<\/td>/);
    expect(page).toContain('<svg class="bar-chart"');
    expect(page).toMatch(/<th scope="row">専門職<\/th><td>1<\/td><td>1（100\.0%）<\/td><td>0（0\.0%）<\/td>/);
    expect(page).toMatch(/<th scope="row">活動団体<\/th><td>1<\/td>/);
    expect(page).toContain('会場の確保');
  });

  it('hide counts under 10 and free text in the public view', async () => {
    const page = await (await staff.get(`/staff/surveys/${ids.hearing}/results?question=wants_support&by=respondentGroup&public=1`)).text();
    expect(page).toContain('10件未満の数は「＜10」と表示しています。');
    expect(page).toMatch(/<th scope="row">交流の機会が減った<\/th><td>＜10<\/td><td>—<\/td>/);
    expect(page).not.toContain('会場の確保');
  });
});

describe('export', () => {
  it('writes one row per response, multiple choice as 0/1 columns, with a codebook, as XLSX and as CSV in either encoding', async () => {
    const xlsx = await staff.get(`/staff/surveys/${ids.hearing}/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const data = workbook.getWorksheet('回答')!;
    const header = (data.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 7)).toEqual(['番号', '回答日時', '方法', '回答者の種別', '地域', '機関・団体', '質問の版']);
    expect(header).toContain('changes.less_exchange');
    expect(data.rowCount).toBe(3);
    const first = (data.getRow(2).values as unknown[]).slice(1);
    expect(first[2]).toBe('電話');
    expect(first[5]).toBe('東光地域包括支援センター');
    expect(first[header.indexOf('changes.less_exchange')]).toBe(1);
    expect(first[header.indexOf('changes.shopping')]).toBe(0);
    expect(first[header.indexOf('activity_status')]).toBe('回数や人数を減らして続けている');
    const codebook = workbook.getWorksheet('コード表')!;
    const codes = codebook.getSheetValues().slice(2).map((row) => (row as unknown[]).slice(1, 6));
    expect(codes).toContainEqual(['activity_status', '団体・事業所の地域活動は今どうなっていますか', 'single', 'paused', '休止している']);

    const sjis = await staff.get(`/staff/surveys/${ids.hearing}/export?format=cp932`);
    expect(sjis.headers.get('content-type')).toContain('Shift_JIS');
    const text = (await import('iconv-lite')).default.decode(Buffer.from(await sjis.arrayBuffer()), 'cp932');
    expect(text.split('\r\n')[0]).toContain('番号,回答日時,方法');
    expect(text).toContain('東光地域包括支援センター');
    const utf8 = new Uint8Array(await (await staff.get(`/staff/surveys/${ids.hearing}/export?format=utf-8`)).arrayBuffer());
    expect([...utf8.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await staff.get(`/staff/surveys/${ids.hearing}/export?format=pdf`)).status).toBe(400);
    const audit = await testApp.database.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'survey_response' AND action = 'export'`);
    expect(audit[0]!.n).toBe(3);
  });
});

describe('from a result to the register of local issues', () => {
  it('starts a 地域課題 from the counts of a question, linked back to the survey as evidence', async () => {
    const results = await (await yamada.get(`/staff/surveys/${ids.hearing}/results`)).text();
    const link = results.match(/href="(\/staff\/local-issues\/new\?fromSurvey=[^"]+question=changes)"/)![1]!.replace(/&amp;/g, '&');
    const form = await (await yamada.get(link)).text();
    expect(form).toContain('「交流の機会が減った」という声（コロナ禍における高齢者ニーズ）');
    expect(form).toContain('交流の機会が減った 2件（100.0%）');
    expect(form).toContain(`name="sourceSurveyId" value="${ids.hearing}"`);
    expect(form).toMatch(/<option value="needs_survey" selected/);
    const title = form.match(/name="title" type="text" value="([^"]+)"/)![1]!;
    const description = form.match(/<textarea id="field-description"[^>]*>([^<]+)<\/textarea>/)![1]!;
    const created = await yamada.postFields('/staff/local-issues', [['title', title], ['description', description], ['areaIds', ids.areaA], ['source', 'needs_survey'], ['sourceSurveyId', ids.hearing], ['sourceMeetingId', ''], ['councilId', ''], ['ownerId', ''], ['raisedOn', '2026-11-23'], ['confirmNoPersonalData', 'on']]);
    expect(created.status).toBe(303);
    const detail = await (await staff.get(created.headers.get('location')!)).text();
    expect(detail).toContain(`href="/staff/surveys/${ids.hearing}/results"`);
    expect(detail).toContain('根拠: 調査「コロナ禍における高齢者ニーズ」の結果');
    expect((await staff.get(link)).status).toBe(403);
  });
});

describe('the question list as an XLSForm workbook', () => {
  it('goes out and comes back unchanged; a change of meaning after answers starts version 2', async () => {
    const download = await staff.get(`/staff/surveys/${ids.hearing}/questions.xlsx`);
    expect(download.headers.get('content-type')).toContain('spreadsheetml');
    const bytes = new Uint8Array(await download.arrayBuffer());
    const upload = async (file: Uint8Array<ArrayBuffer>) => {
      await yamada.get(`/staff/surveys/${ids.hearing}`);
      const body = new FormData();
      body.set('_csrf', yamada.csrfToken);
      body.set('file', new File([file], 'survey.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return testApp.app.request(`http://localhost/staff/surveys/${ids.hearing}/questions`, { method: 'POST', body, headers: { host: 'localhost', cookie: [...yamada.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }, redirect: 'manual' });
    };
    const same = await upload(bytes);
    expect(same.status).toBe(303);
    expect(flashOf(same)).toContain('surveys.imported?version=1');
    const notAWorkbook = await upload(new TextEncoder().encode('name,label\n'));
    expect(notAWorkbook.status).toBe(422);
    expect(await notAWorkbook.text()).toContain('XLSForm 形式');

    // The same workbook with one choice reworded: answers given before keep version 1.
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    workbook.getWorksheet('choices')!.eachRow((row) => {
      if (row.getCell(3).value === '交流の機会が減った') row.getCell(3).value = '人と会う機会が減った';
    });
    const changed = await upload(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(flashOf(changed)).toContain('surveys.importedNewVersion?version=2');
    const versions = await testApp.database.query(`SELECT version FROM survey_versions WHERE survey_id = $1 ORDER BY version`, [ids.hearing]);
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect((await responses(ids.hearing)).map((r) => r.version)).toEqual([1, 1]);
  });
});

describe('a residents’ survey on the public web page', () => {
  it('walks page by page without JavaScript, skip logic applied, confirms, and saves once with no identity', async () => {
    const created = await admin.postFields('/staff/surveys', [['title', '東光地域の暮らしのアンケート'], ['purpose', ''], ['audience', 'residents'], ['areaId', ''], ['startsOn', '2026-11-01'], ['endsOn', '2026-11-30'], ['methods', 'web'], ['methods', 'paper'], ['template', 'area_needs']]);
    ids.residents = idAfter(created.headers.get('location'), '/staff/surveys/');
    const overview = await (await admin.get(`/staff/surveys/${ids.residents}`)).text();
    const address = overview.match(/href="http:\/\/localhost(\/surveys\/[A-Za-z0-9_-]+)"/)![1]!;
    const resident = createClient(testApp);
    const first = await (await resident.get(address)).text();
    expect(first).toContain('1 / 2 ページ');
    expect(first).toContain('お住まいの地域');
    const key = keyOf(first);
    const missing = await resident.postFields(address, [['step', '0'], ['submissionKey', key], ['intent', 'next'], ['q.age', '30']]);
    expect(missing.status).toBe(422);
    const missingText = await missing.text();
    expect(missingText).toContain('入力してください');
    expect(missingText).toContain('40〜120歳の範囲で入力してください。');
    const second = await resident.postFields(address, [['step', '0'], ['submissionKey', key], ['intent', 'next'], ['q.district', ids.areaA], ['q.age', '７８']]);
    const secondText = await second.text();
    expect(secondText).toContain('2 / 2 ページ');
    expect(secondText).toContain(`name="q.district" value="${ids.areaA}"`);
    const page2: [string, string][] = [['step', '1'], ['submissionKey', key], ['q.district', ids.areaA], ['q.age', '78'], ['q.outings', 'none'], ['q.fewer_outings', 'yes'], ['q.fall_fear', 'yes'], ['q.fell', 'no'], ['q.help_wanted', 'snow'], ['q.help_wanted', 'garbage']];
    const confirm = await (await resident.postFields(address, [...page2, ['intent', 'next']])).text();
    expect(confirm).toContain('回答の確認');
    expect(confirm).toContain('除雪、ゴミ出し');
    expect(confirm).toContain('78 歳');
    const sent = await resident.postFields(address, [...page2, ['intent', 'send']]);
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`${address}/thanks`);
    const resent = await resident.postFields(address, [...page2, ['intent', 'send']]);
    expect(resent.status).toBe(303);
    const rows = await responses(ids.residents);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ method: 'web', status: 'submitted', respondent_type: 'resident.resident', entered_by: null });
    expect(rows[0]!.answers).toEqual({ district: ids.areaA, age: 78, outings: 'none', fewer_outings: 'yes', fall_fear: 'yes', fell: 'no', help_wanted: ['snow', 'garbage'] });
    const results = await (await admin.get(`/staff/surveys/${ids.residents}/results?question=outings&by=area`)).text();
    expect(results).toMatch(/<th scope="row">閉じこもり傾向<\/th><td>1<\/td>/);
    expect(results).toMatch(/<th scope="row">A地域<\/th><td>1<\/td>/);
  });

  it('says clearly when the period has ended, and saves nothing', async () => {
    const overview = await (await admin.get(`/staff/surveys/${ids.residents}`)).text();
    const address = overview.match(/href="http:\/\/localhost(\/surveys\/[A-Za-z0-9_-]+)"/)![1]!;
    const resident = createClient(testApp);
    const form = await (await resident.get(address)).text();
    testApp.clock.now = new Date('2026-12-01T01:00:00Z');
    try {
      const late = await resident.postFields(address, [['step', '1'], ['submissionKey', keyOf(form)], ['intent', 'send'], ['q.district', ids.areaA], ['q.outings', 'daily'], ['q.fewer_outings', 'no'], ['q.fall_fear', 'no'], ['q.fell', 'no']]);
      expect(late.status).toBe(410);
      expect(await late.text()).toContain('この調査の回答期間は終わりました。');
      expect((await resident.get(address)).status).toBe(410);
    } finally {
      testApp.clock.now = new Date('2026-11-23T01:00:00Z');
    }
    expect(await responses(ids.residents)).toHaveLength(1);
  });

  it('is not found for an organisations’ survey or a made-up address, and staff pages stay closed to the public', async () => {
    const anonymous = createClient(testApp);
    const [hearing] = await testApp.database.query(`SELECT public_token FROM surveys WHERE id = $1`, [ids.hearing]);
    expect((await anonymous.get(`/surveys/${hearing!.public_token}`)).status).toBe(404);
    expect((await anonymous.get('/surveys/abcdefghijklmnopqrstuvwxyz')).status).toBe(404);
    expect((await anonymous.get(`/staff/surveys/${ids.hearing}/results`)).status).not.toBe(200);
  });
});

describe('the demo', () => {
  it('holds the seed’s hearing of 49 機関, mostly by phone, whose results show exchange decreased, raised as a 地域課題', async () => {
    const demo = await createTestApp({ demoStories: true });
    try {
      const client = createClient(demo);
      await client.signIn('staff@example.jp');
      const [survey] = await demo.database.query(`SELECT id FROM surveys WHERE title = 'コロナ禍における高齢者ニーズ'`);
      const targets = await demo.database.query(`SELECT status, count(*)::int AS n FROM survey_targets GROUP BY status ORDER BY status`);
      expect(Object.fromEntries(targets.map((r) => [r.status, r.n]))).toEqual({ absent: 3, declined: 2, done: 44 });
      const methods = await demo.database.query(`SELECT method, count(*)::int AS n FROM survey_responses WHERE status = 'submitted' GROUP BY method ORDER BY method`);
      expect(Object.fromEntries(methods.map((r) => [r.method, r.n]))).toEqual({ phone: 40, visit: 4 });
      const results = await (await client.get(`/staff/surveys/${survey!.id}/results`)).text();
      expect(results).toMatch(/<th scope="row">交流の機会が減った<\/th><td>40<\/td><td>90\.9<\/td>/);
      const [issue] = await demo.database.query(`SELECT source, source_survey_id FROM local_issues WHERE source_survey_id IS NOT NULL`);
      expect(issue).toEqual({ source: 'needs_survey', source_survey_id: survey!.id });
    } finally {
      await demo.close();
    }
  });
});
