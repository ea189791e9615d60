import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCouncil, buildMeeting } from '../../../test/factories/council.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// The test clock is 2026-11-23. yamada coordinates A地域 (tier 2); 市全域 (tier 1) has no coordinator account, so admins answer for it.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let staff: TestClient;
const ids = { areaA: '', areaB: '', transport: '', tier1: '', tier2: '', meeting: '', yamadaUser: '' };

function issueForm(overrides: Record<string, string> = {}, areas = [ids.areaA], helpTypes = [ids.transport]): [string, string][] {
  const fields: Record<string, string> = { title: '移動手段がなく通いの場に行けない', description: '東光地区では、バスの本数が少なく通いの場に通えない高齢者が多い。', source: 'council_meeting', sourceMeetingId: ids.meeting, councilId: ids.tier2, ownerId: '', status: 'identified', progress: '', raisedOn: '2026-10-05', ...overrides };
  return [...Object.entries(fields), ...areas.map((a): [string, string] => ['areaIds', a]), ...helpTypes.map((h): [string, string] => ['helpTypeIds', h])];
}

async function createIssue(client: TestClient, overrides: Record<string, string> = {}): Promise<string> {
  await client.get('/staff/local-issues/new');
  const response = await client.postFields('/staff/local-issues', issueForm(overrides));
  expect(response.status, await response.clone().text()).toBe(303);
  return response.headers.get('location')!.split('/').pop()!;
}

function versionOf(html: string): string {
  return html.match(/name="version" value="(\d+)"/)![1]!;
}

beforeAll(async () => {
  testApp = await createTestApp({ demoStories: true });
  admin = createClient(testApp);
  yamada = createClient(testApp);
  staff = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  await staff.signIn('staff@example.jp');
  const areaRows = await testApp.database.query('SELECT id, name FROM areas WHERE tenant_id = $1', [testApp.demo.id]);
  const area = (name: string) => areaRows.find((r) => r.name === name)!.id as string;
  ids.areaA = area('A地域');
  ids.areaB = area('B地域');
  ids.transport = (await testApp.database.query(`SELECT id FROM help_types WHERE tenant_id = $1 AND code = 'transport'`, [testApp.demo.id]))[0]!.id as string;
  ids.yamadaUser = (await testApp.database.query(`SELECT id FROM users WHERE email = 'yamada@example.jp'`))[0]!.id as string;
  ids.tier1 = (await buildCouncil(testApp, { name: '旭川市第1層協議体', areaId: area('市全域'), tiers: [1] })).id;
  ids.tier2 = (await buildCouncil(testApp, { name: 'A地域第2層協議体', areaId: ids.areaA, tiers: [2] })).id;
  ids.meeting = (await buildMeeting(testApp, ids.tier2, ids.yamadaUser)).id;
  // Evidence: one unmet 送迎 request in A地域 (a resident of 豊岡).
  const [request] = await testApp.database.query(`SELECT id FROM help_requests WHERE tenant_id = $1 AND status = 'unmet'`, [testApp.demo.id]);
  await testApp.database.query(`UPDATE help_requests SET help_type_id = $1, area_id = $2 WHERE id = $3`, [ids.transport, ids.areaA, request!.id]);
});
afterAll(async () => testApp.close());

describe('the register of local issues', () => {
  it('lets a coordinator register an issue of their area from a meeting, with live evidence and its first timeline entry', async () => {
    const id = await createIssue(yamada);
    const html = await (await yamada.get(`/staff/local-issues/${id}`)).text();
    expect(html).toContain('<h1>移動手段がなく通いの場に行けない</h1>');
    expect(html).toContain('把握（進み具合 10%）');
    expect(html).toContain('A地域第2層協議体 令和8年度 第1回');
    expect(html).toContain('対応できなかった依頼（過去12か月）: 1件');
    expect(html).toContain('令和8年10月5日');
    expect(html).toContain('記録: 山田 花子');
    const staffView = await (await staff.get(`/staff/local-issues/${id}`)).text();
    expect(staffView).toContain('対応できなかった依頼（過去12か月）: 1件');
    expect(staffView).not.toContain('経過を記録');
  });

  it('refuses an issue with no area, or only areas the coordinator does not manage, keeping what was typed', async () => {
    await yamada.get('/staff/local-issues/new');
    const none = await yamada.postFields('/staff/local-issues', issueForm({}, []));
    expect(none.status).toBe(422);
    expect(await none.text()).toContain('地域を1つ以上選んでください。');
    const outside = await yamada.postFields('/staff/local-issues', issueForm({ title: 'B地域だけの課題' }, [ids.areaB]));
    expect(outside.status).toBe(422);
    const html = await outside.text();
    expect(html).toContain('担当している地域を1つ以上含めてください。');
    expect(html).toContain('value="B地域だけの課題"');
    const noMeeting = await yamada.postFields('/staff/local-issues', issueForm({ sourceMeetingId: '' }));
    expect(await noMeeting.text()).toContain('きっかけが会議のときは、会議を選んでください。');
  });

  it('warns before publishing text that looks like a phone number or an address, and publishes once confirmed', async () => {
    await yamada.get('/staff/local-issues/new');
    const text = { title: '交流の機会が減少した', description: '連絡は0166-23-0742へ。東光5条3丁目 4-1の方から相談。', isPublic: 'on', source: 'needs_survey', sourceMeetingId: '' };
    const warned = await yamada.postFields('/staff/local-issues', issueForm(text));
    expect(warned.status).toBe(422);
    const html = await warned.text();
    expect(html).toContain('見つかったもの: 電話番号、番地までの住所');
    expect(html).toContain('確認しました。個人が分かる情報は含まれていません');
    const confirmed = await yamada.postFields('/staff/local-issues', issueForm({ ...text, confirmNoPersonalData: 'on' }));
    expect(confirmed.status).toBe(303);
    const internal = await yamada.postFields('/staff/local-issues', issueForm({ ...text, isPublic: '' }));
    expect(internal.status).toBe(303);
  });

  it('refuses the second of two saves made from the same version, instead of overwriting', async () => {
    const id = await createIssue(yamada, { title: '同時に編集される課題' });
    const mine = await (await yamada.get(`/staff/local-issues/${id}/edit`)).text();
    const theirs = await (await admin.get(`/staff/local-issues/${id}/edit`)).text();
    expect((await admin.postFields(`/staff/local-issues/${id}`, [...issueForm({ title: '管理者が直した題名', version: versionOf(theirs) })])).status).toBe(303);
    const late = await yamada.postFields(`/staff/local-issues/${id}`, [...issueForm({ title: '山田が直した題名', version: versionOf(mine) })]);
    expect(late.status).toBe(409);
    const html = await late.text();
    expect(html).toContain('この間に他の人が先に保存しました。上書きはしていません。');
    expect(html).toContain('value="山田が直した題名"');
    expect(await (await yamada.get(`/staff/local-issues/${id}`)).text()).toContain('<h1>管理者が直した題名</h1>');
    // Saving again from the page that showed the conflict is a knowing choice.
    expect((await yamada.postFields(`/staff/local-issues/${id}`, [...issueForm({ title: '山田が直した題名', version: versionOf(html) })])).status).toBe(303);
  });

  it('records dated updates that move the status, and filters the register by status, area, help type and council', async () => {
    const id = await createIssue(yamada, { title: '経過を記録する課題' });
    const page = await (await yamada.get(`/staff/local-issues/${id}`)).text();
    const saved = await yamada.post(`/staff/local-issues/${id}/updates`, { happenedOn: '2026-11-10', meetingId: ids.meeting, status: 'working', progress: '50', body: '温泉施設のバスを使う案を話し合った。', version: versionOf(page) });
    expect(saved.status).toBe(303);
    const html = await (await yamada.get(`/staff/local-issues/${id}`)).text();
    expect(html).toContain('取組中（進み具合 50%）');
    expect(html).toContain('温泉施設のバスを使う案を話し合った。');
    const future = await yamada.post(`/staff/local-issues/${id}/updates`, { happenedOn: '2027-01-10', body: 'x', version: versionOf(html) });
    expect(await future.text()).toContain('今日より後の日付は記録できません。');
    const list = async (query: string) => (await staff.get(`/staff/local-issues?${query}`)).text();
    expect(await list('status=working')).toContain('経過を記録する課題');
    expect(await list('status=resolved')).not.toContain('経過を記録する課題');
    expect(await list(`areaId=${ids.areaA}&helpTypeId=${ids.transport}&councilId=${ids.tier2}`)).toContain('経過を記録する課題');
    expect(await list(`areaId=${ids.areaB}`)).not.toContain('経過を記録する課題');
  });

  it('raises an issue from the 第2層 council to the 第1層 council and answers it back, the trail on both', async () => {
    const id = await createIssue(yamada, { title: '提起される課題' });
    const page = await (await yamada.get(`/staff/local-issues/${id}`)).text();
    expect(page).not.toContain('回答して戻す');
    const raised = await yamada.post(`/staff/local-issues/${id}/raise`, { councilId: ids.tier1, happenedOn: '2026-11-12', meetingId: '', body: '市全体で送迎の仕組みを検討してほしい。', version: versionOf(page) });
    expect(raised.status).toBe(303);
    expect(await (await staff.get(`/staff/local-issues?councilId=${ids.tier1}`)).text()).toContain('提起される課題');
    expect((await yamada.post(`/staff/local-issues/${id}/answer`, { happenedOn: '2026-11-20', body: 'x', version: '3' })).status).toBe(403);
    const waiting = await (await admin.get(`/staff/local-issues/${id}`)).text();
    expect(waiting).toContain('A地域第2層協議体から旭川市第1層協議体に提起し、回答を待っています。');
    const answered = await admin.post(`/staff/local-issues/${id}/answer`, { happenedOn: '2026-11-20', meetingId: '', body: '市の交通施策と合わせて検討する。', version: versionOf(waiting) });
    expect(answered.status).toBe(303);
    const html = await (await yamada.get(`/staff/local-issues/${id}`)).text();
    expect(html).toContain('旭川市第1層協議体に提起しました');
    expect(html).toContain('旭川市第1層協議体から回答がありました');
    expect(html).toContain('市の交通施策と合わせて検討する。');
    for (const council of [ids.tier1, ids.tier2]) expect(await (await staff.get(`/staff/local-issues?councilId=${council}`)).text()).toContain('提起される課題');
  });

  it('links a new listing as an outcome, and the listing points back to the issue (publicly only when the issue is public)', async () => {
    const id = await createIssue(yamada, { title: '送迎がなく通えない', isPublic: 'on', description: '送迎の仕組みがない。' });
    const created = await yamada.json('POST', '/api/v1/resources', { name: '送迎付き通いの場 ゆのみ', costKind: 'free', areaId: ids.areaA, isPublished: true });
    expect(created.status).toBe(201);
    const listing = ((await created.json()) as { resource: { id: string } }).resource.id;
    const page = await (await yamada.get(`/staff/local-issues/${id}`)).text();
    expect(page).toContain('送迎付き通いの場 ゆのみ');
    expect((await yamada.post(`/staff/local-issues/${id}/outcomes`, { kind: 'listing_created', resourceId: '', achievedOn: '2026-11-15' })).status).toBe(422);
    expect((await yamada.post(`/staff/local-issues/${id}/outcomes`, { kind: 'listing_created', resourceId: listing, achievedOn: '2026-11-15', note: '温泉のバスで送迎' })).status).toBe(303);
    expect(await (await yamada.get(`/staff/local-issues/${id}`)).text()).toMatch(/新しい地域資源: <a href="\/staff\/resources\/[0-9a-f-]+">送迎付き通いの場 ゆのみ<\/a>/);
    const publicPage = await (await createClient(testApp).get(`/resources/${listing}`)).text();
    expect(publicPage).toContain('この活動は地域の話し合いから生まれました');
    expect(publicPage).toContain(`href="/local-issues/${id}"`);
    expect(await (await staff.get(`/staff/resources/${listing}`)).text()).toContain(`href="/staff/local-issues/${id}"`);
  });
  it('counts the 年度 on /staff/figures and its CSV: meetings per council and kind, members by type, issues, resources developed per area (the demo and this file)', async () => {
    const html = await (await staff.get('/staff/figures?fy=2026')).text();
    expect(html).toContain('協議体ごとの開催回数');
    const csv = (await (await staff.get('/staff/figures.csv?fy=2026')).text()).replace(/^\uFEFF/, '');
    expect(csv).toContain('令和8年度,協議体ごとの開催回数,A地域第2層協議体,1');
    expect(csv).toMatch(/令和8年度,協議体の種類ごとの開催回数,第2層協議体,[1-9]/);
    expect(csv).toMatch(/令和8年度,種別ごとの委員数,地域包括支援センター,[1-9]/);
    expect(csv).toMatch(/令和8年度,地域課題,新たに把握した地域課題,\d+/);
    expect(csv).toMatch(/令和8年度,地域課題,資源化・解決した地域課題,[1-9]/);
    expect(csv).toMatch(/令和8年度,地域ごとの資源開発（地域資源の新設・見直し）,A地域,2/);
    expect(csv).toMatch(/令和8年度,地域課題から生まれたもの（種類別）,新しい地域資源,2/);
  });
});
