import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// The test clock is 2026-11-23: 令和8年度 (2026) is the current 年度.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let staff: TestClient;
const ids = { tamura: '', yamada: '', areaA: '', areaB: '' };

function optionValue(html: string, label: string): string {
  const match = html.match(new RegExp(`<option value="([0-9a-f-]{36})"[^>]*>${label}</option>`));
  if (!match) throw new Error(`no option ${label}`);
  return match[1]!;
}

async function record(client: TestClient, form: Record<string, string>): Promise<Response> {
  await client.get('/staff/coordinator-activities/new');
  return client.post('/staff/coordinator-activities', { hours: '', minutes: '', areaId: '', counterpart: '', notes: '', ...form });
}

// Checkbox groups repeat their name, which the client's object form cannot; send the body by hand.
async function recordTypes(client: TestClient, types: string[], form: Record<string, string>): Promise<Response> {
  await client.get('/staff/coordinator-activities/new');
  const body = new URLSearchParams({ _csrf: client.csrfToken, hours: '', minutes: '', areaId: '', counterpart: '', notes: '', ...form });
  for (const type of types) body.append('types', type);
  return testApp.app.request('http://localhost/staff/coordinator-activities', {
    method: 'POST',
    body,
    headers: { host: 'localhost', 'content-type': 'application/x-www-form-urlencoded', cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    redirect: 'manual',
  });
}

function idOfRow(listHtml: string, counterpart: string): string {
  const match = listHtml.match(new RegExp(`href="/staff/coordinator-activities/([0-9a-f-]{36})/edit" aria-label="[^"]*${counterpart}"`));
  if (!match) throw new Error(`no row for ${counterpart}`);
  return match[1]!;
}

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  yamada = createClient(testApp);
  staff = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  await staff.signIn('staff@example.jp');
  const form = await (await admin.get('/staff/coordinator-activities/new')).text();
  ids.tamura = optionValue(form, '田村 健太');
  ids.yamada = optionValue(form, '山田 花子');
  ids.areaA = optionValue(form, 'A地域');
  ids.areaB = optionValue(form, 'B地域');
  // 田村 (B地域) has no account: an admin records his work for him.
  expect((await record(admin, { activityOn: '2026-06-10', types: 'development', coordinatorId: ids.tamura, counterpart: '永山町内会', hours: '2', minutes: '0' })).status).toBe(303);
});
afterAll(async () => testApp.close());

describe('a coordinator recording their own work', () => {
  it('saves an activity of two types in their assigned area and lists it as theirs', async () => {
    const response = await recordTypes(yamada, ['needs', 'business'], { activityOn: '2026-10-05', counterpart: 'スーパーまるとみ豊岡店', hours: '1', minutes: '30', notes: '買い物支援で地元スーパーと協議。' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/staff/coordinator-activities');
    const list = await (await yamada.get('/staff/coordinator-activities')).text();
    expect(list).toContain('コーディネーター活動記録（令和8年度）');
    expect(list).toContain('令和8年10月5日');
    expect(list).toContain('ニーズ把握、民間企業との連携');
    expect(list).toContain('スーパーまるとみ豊岡店');
    expect(list).toContain('1時間30分');
    expect(list).toContain('<td>A地域</td>');
    // 田村's entry, recorded by the admin, is not on yamada's own list.
    expect(list).not.toContain('永山町内会');
  });

  it('refuses bad input with a Japanese message per field and keeps what was typed', async () => {
    const response = await record(yamada, { activityOn: '2026-13-01', counterpart: '町内会', hours: 'たくさん', minutes: '75', notes: '途中まで書いたメモ' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('日付の形式が正しくありません（例: 2021-04-01）。');
    expect(html).toContain('活動の種別を1つ以上選んでください。');
    expect(html).toContain('数字で入力してください。');
    expect(html).toContain('分は0〜59で入力してください。');
    expect(html).toContain('value="2026-13-01"');
    expect(html).toContain('value="町内会"');
    expect(html).toContain('value="たくさん"');
    expect(html).toContain('途中まで書いたメモ');
  });

  it('keeps the chosen types checked when another field is refused', async () => {
    const response = await recordTypes(yamada, ['sharing'], { activityOn: '2099-01-01', counterpart: '民生委員協議会' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('今日より後の日付は記録できません。');
    expect(html).toMatch(/value="sharing" checked/);
    expect(html).not.toMatch(/value="needs" checked/);
  });

  it('refuses an area the coordinator is not assigned to', async () => {
    const response = await record(yamada, { activityOn: '2026-10-06', types: 'sharing', areaId: ids.areaB });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('担当している地域から選んでください。');
  });

  it("cannot open, change or delete another coordinator's entry", async () => {
    const id = idOfRow(await (await admin.get('/staff/coordinator-activities')).text(), '永山町内会');
    expect((await yamada.get(`/staff/coordinator-activities/${id}/edit`)).status).toBe(403);
    expect((await yamada.post(`/staff/coordinator-activities/${id}`, { activityOn: '2026-06-10', types: 'needs' })).status).toBe(403);
    expect((await yamada.get(`/staff/coordinator-activities/${id}/delete`)).status).toBe(403);
    expect((await yamada.post(`/staff/coordinator-activities/${id}/delete`, {})).status).toBe(403);
    const list = await (await admin.get('/staff/coordinator-activities')).text();
    expect(list).toContain('永山町内会');
    expect(list).toContain('資源開発');
  });

  it('edits their own entry and deletes it after a confirmation page', async () => {
    expect((await record(yamada, { activityOn: '2026-11-01', types: 'matching', counterpart: '東光町内会' })).status).toBe(303);
    const id = idOfRow(await (await yamada.get('/staff/coordinator-activities')).text(), '東光町内会');
    const edit = await (await yamada.get(`/staff/coordinator-activities/${id}/edit`)).text();
    expect(edit).toContain('value="東光町内会"');
    expect(edit).toMatch(/value="matching" checked/);
    expect((await yamada.post(`/staff/coordinator-activities/${id}`, { activityOn: '2026-11-02', types: 'workforce', counterpart: '東光町内会', hours: '0', minutes: '45', areaId: '', notes: '' })).status).toBe(303);
    const list = await (await yamada.get('/staff/coordinator-activities')).text();
    expect(list).toContain('活動記録を保存しました。');
    expect(list).toContain('令和8年11月2日');
    expect(list).toContain('0時間45分');
    const confirm = await (await yamada.get(`/staff/coordinator-activities/${id}/delete`)).text();
    expect(confirm).toContain('この活動記録を削除します。元に戻せません。よろしいですか。');
    expect((await yamada.post(`/staff/coordinator-activities/${id}/delete`, {})).status).toBe(303);
    const after = await (await yamada.get('/staff/coordinator-activities')).text();
    expect(after).toContain('活動記録を削除しました。');
    expect(after).not.toContain('東光町内会');
    expect((await yamada.get(`/staff/coordinator-activities/${id}/edit`)).status).toBe(404);
    const audit = await (await admin.get('/staff/audit?entityType=coordinator_activity')).text();
    for (const action of ['追加', '変更', '削除']) expect(audit).toContain(action);
    expect(audit).toContain('コーディネーター活動記録');
  });
});

describe('the admin view', () => {
  it('asks which coordinator the work was, and lists everyone with filters by coordinator, area, type and 年度', async () => {
    const missing = await record(admin, { activityOn: '2026-06-11', types: 'needs' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('コーディネーターを選んでください。');
    expect((await record(admin, { activityOn: '2025-09-01', types: 'workforce', coordinatorId: ids.yamada, counterpart: '社会福祉法人あさひ福祉会', hours: '3', minutes: '0' })).status).toBe(303);

    const byCoordinator = await (await admin.get(`/staff/coordinator-activities?coordinatorId=${ids.tamura}`)).text();
    expect(byCoordinator).toContain('永山町内会');
    expect(byCoordinator).not.toContain('スーパーまるとみ豊岡店');
    const byArea = await (await admin.get(`/staff/coordinator-activities?areaId=${ids.areaA}`)).text();
    expect(byArea).toContain('スーパーまるとみ豊岡店');
    expect(byArea).not.toContain('永山町内会');
    const byType = await (await admin.get('/staff/coordinator-activities?type=business')).text();
    expect(byType).toContain('スーパーまるとみ豊岡店');
    expect(byType).not.toContain('永山町内会');
    const lastYear = await (await admin.get('/staff/coordinator-activities?fy=2025')).text();
    expect(lastYear).toContain('コーディネーター活動記録（令和7年度）');
    expect(lastYear).toContain('社会福祉法人あさひ福祉会');
    expect(lastYear).not.toContain('スーパーまるとみ豊岡店');
  });
});

describe('the yearly figures', () => {
  it('count coordinator activities by type and their hours for the 年度 and area, on the page and in the CSV, for staff too', async () => {
    const page = await (await staff.get(`/staff/figures?fy=2026&areaId=${ids.areaA}`)).text();
    expect(page).toContain('コーディネーター活動（種別ごと）');
    const block = page.slice(page.indexOf('id="coordinator-activities"'));
    expect(block).toContain('<svg class="bar-chart" role="img" aria-label="コーディネーター活動（種別ごと）"');
    expect(block).toMatch(/<th scope="row">ニーズ把握<\/th><td>1件<\/td>/);
    expect(block).toMatch(/<th scope="row">民間企業との連携<\/th><td>1件<\/td>/);
    expect(block).toMatch(/<th scope="row">資源開発<\/th><td>0件<\/td>/);
    expect(block).toMatch(/<th scope="row">コーディネーター活動の時間<\/th><td>1時間30分<\/td>/);

    const csv = await staff.get(`/staff/figures.csv?fy=2026&areaId=${ids.areaA}`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text).toContain('令和8年度,コーディネーター活動（種別ごと）,ニーズ把握,1');
    expect(text).toContain('令和8年度,コーディネーター活動（種別ごと）,民間企業との連携,1');
    expect(text).toContain('令和8年度,コーディネーター活動（種別ごと）,資源開発,0');
    expect(text).toContain('令和8年度,コーディネーター活動（種別ごと）,コーディネーター活動,1');
    expect(text).toContain('令和8年度,コーディネーター活動（種別ごと）,コーディネーター活動の時間,1.5');

    const whole = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await staff.get('/staff/figures.csv?fy=2026')).arrayBuffer());
    expect(whole).toContain('令和8年度,コーディネーター活動（種別ごと）,資源開発,1');
    expect(whole).toContain('令和8年度,コーディネーター活動（種別ごと）,コーディネーター活動の時間,3.5');
    const previous = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await staff.get('/staff/figures.csv?fy=2025')).arrayBuffer());
    expect(previous).toContain('令和7年度,コーディネーター活動（種別ごと）,担い手の確保・養成,1');
    expect(previous).toContain('令和7年度,コーディネーター活動（種別ごと）,ニーズ把握,0');
  });

  it("shows the coordinator their count for this month on the staff home page", async () => {
    const home = await (await yamada.get('/staff')).text();
    expect(home).toMatch(/あなた（山田 花子）の今月の活動記録: \d+件/);
  });

  it('keeps the staff role out of the activity log itself', async () => {
    expect((await staff.get('/staff/coordinator-activities')).status).toBe(403);
    expect(await (await staff.get('/staff')).text()).not.toContain('href="/staff/coordinator-activities"');
  });
});
