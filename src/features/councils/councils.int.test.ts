import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { runJobTick } from '../../platform/jobs/runner.ts';
import { councilJobs } from './jobs.ts';

// The test clock is 2026-11-23 (令和8年度). 山田 coordinates A地域; 田村 B地域.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let staff: TestClient;
let anonymous: TestClient;
const ids = { areaA: '', areaB: '', council: '', meeting: '', member: '', paperMember: '', lateMember: '', yamadaUser: '' };

function optionValue(html: string, label: string): string {
  const match = html.match(new RegExp(`<option value="([^"]+)"[^>]*>${label}[^<]*</option>`));
  if (!match) throw new Error(`no option ${label}`);
  return match[1]!;
}

function idAfter(location: string | null, prefix: string): string {
  expect(location).toMatch(new RegExp(`^${prefix}[0-9a-f-]{36}$`));
  return location!.slice(prefix.length);
}

async function postForm(client: TestClient, formPath: string, action: string, form: Record<string, string>) {
  await client.get(formPath);
  return client.post(action, form);
}

const meetingForm = { title: '', place: '東光地区センター', onlineUrl: '', eventId: '', agenda: '開会（5分）\n報告\n  ・活動報告（10分）\n協議（60分）\n閉会（5分）' };

beforeAll(async () => {
  testApp = await createTestApp();
  [admin, yamada, staff, anonymous] = [createClient(testApp), createClient(testApp), createClient(testApp), createClient(testApp)];
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  await staff.signIn('staff@example.jp');
  const form = await (await admin.get('/staff/councils/new')).text();
  ids.areaA = optionValue(form, 'A地域');
  ids.areaB = optionValue(form, 'B地域');
  const [user] = await testApp.database.query(`SELECT id FROM users WHERE email = 'yamada@example.jp'`);
  ids.yamadaUser = String(user!.id);
});
afterAll(async () => testApp.close());

describe('a coordinator sets up a council of their area', () => {
  it('creates a 第2層 council of A地域 and refuses one of another area', async () => {
    const form = await (await yamada.get('/staff/councils/new')).text();
    expect(form).not.toContain('B地域');
    const base = { name: 'A地域 第2層協議体', kindId: optionValue(form, '第2層協議体'), secretariat: '社協 地域福祉課', description: '', meetingsPublic: 'on', minutesPublic: 'on' };
    const refused = await yamada.post('/staff/councils', { ...base, areaId: ids.areaB });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('担当している地域の協議体だけを登録できます。');
    const created = await yamada.post('/staff/councils', { ...base, areaId: ids.areaA });
    expect(created.status).toBe(303);
    ids.council = idAfter(created.headers.get('location'), '/staff/councils/');
    const list = await (await staff.get('/staff/councils')).text();
    expect(list).toContain('A地域 第2層協議体');
    expect(list).toContain('第2層協議体');
    expect(list).toContain('予定公開・議事要旨公開');
  });

  it('refuses published minutes for a council whose meetings are not announced', async () => {
    const form = await (await admin.get('/staff/councils/new')).text();
    const response = await admin.post('/staff/councils', { name: '内部の検討会', kindId: optionValue(form, '地域懇談会'), areaId: ids.areaB, secretariat: '', description: '', minutesPublic: 'on' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('議事要旨を公開するには、会議の予定も公開してください。');
  });

  it('adds members, links an organisation to the directory once, and prints the 委員名簿 without contact details', async () => {
    const path = `/staff/councils/${ids.council}/members/new`;
    const form = await (await yamada.get(path)).text();
    const houkatsu = optionValue(form, '地域包括支援センター');
    const member = (person: string, extra: Record<string, string>) => ({ personName: person, organisationName: 'A地域包括支援センター', memberTypeId: houkatsu, role: 'member', email: '', fax: '', termStart: '2026-04-01', termEnd: '2028-03-31', ...extra });
    expect((await postForm(yamada, path, `/staff/councils/${ids.council}/members`, member('北村 和子', { role: 'chair', email: 'kitamura@example.jp' }))).status).toBe(303);
    expect((await postForm(yamada, path, `/staff/councils/${ids.council}/members`, member('南 一郎', { fax: '0166-22-1111' }))).status).toBe(303);
    expect((await postForm(yamada, path, `/staff/councils/${ids.council}/members`, member('遅野 新', { termStart: '2027-01-01', termEnd: '' }))).status).toBe(303);
    const noName = await postForm(yamada, path, `/staff/councils/${ids.council}/members`, member('', { organisationName: '' }));
    expect(noName.status).toBe(422);
    expect(await noName.text()).toContain('氏名か所属団体のどちらかを入力してください。');

    const organisations = await testApp.database.query(`SELECT count(*)::int AS n FROM providers WHERE name = 'A地域包括支援センター'`);
    expect(organisations[0]!.n).toBe(1);
    const page = await (await staff.get(`/staff/councils/${ids.council}`)).text();
    ids.member = page.match(/members\/([0-9a-f-]{36})\/edit" *>北村/)?.[1] ?? '';
    const rows = await testApp.database.query(`SELECT id, person_name FROM council_members ORDER BY person_name`);
    ids.member = String(rows.find((r) => r.person_name === '北村 和子')!.id);
    ids.paperMember = String(rows.find((r) => r.person_name === '南 一郎')!.id);
    ids.lateMember = String(rows.find((r) => r.person_name === '遅野 新')!.id);
    expect(page).toContain('北村 和子（A地域包括支援センター）');
    const roster = await (await staff.get(`/staff/councils/${ids.council}/roster`)).text();
    expect(roster).toContain('A地域 第2層協議体 委員名簿');
    expect(roster.indexOf('座長')).toBeLessThan(roster.indexOf('南 一郎'));
    expect(roster).not.toContain('kitamura@example.jp');
    expect(roster).not.toContain('0166-22-1111');
  });
});

describe('meetings', () => {
  it('numbers meetings within the 年度 and refuses an agenda longer than the meeting', async () => {
    const path = `/staff/councils/${ids.council}/meetings/new`;
    const tooLong = await postForm(yamada, path, `/staff/councils/${ids.council}/meetings`, { ...meetingForm, heldOn: '2026-12-10', startTime: '13:30', endTime: '14:30' });
    expect(tooLong.status).toBe(422);
    expect(await tooLong.text()).toContain('議題の予定時間の合計（80分）が会議の長さ（60分）を超えています。');
    const first = await postForm(yamada, path, `/staff/councils/${ids.council}/meetings`, { ...meetingForm, heldOn: '2026-12-10', startTime: '13:30', endTime: '15:00' });
    expect(first.status).toBe(303);
    ids.meeting = idAfter(first.headers.get('location'), '/staff/meetings/');
    const second = await postForm(yamada, path, `/staff/councils/${ids.council}/meetings`, { ...meetingForm, title: 'まちコン', heldOn: '2027-02-15', startTime: '10:00', endTime: '12:00' });
    const nextYear = await postForm(yamada, path, `/staff/councils/${ids.council}/meetings`, { ...meetingForm, heldOn: '2027-04-20', startTime: '10:00', endTime: '12:00' });
    const page = await (await staff.get(`/staff/councils/${ids.council}`)).text();
    expect(page).toContain('第1回 A地域 第2層協議体');
    expect(page).toContain('第2回 A地域 第2層協議体「まちコン」');
    expect(second.status).toBe(303);
    // 令和9年4月 is the next 年度: numbering starts again.
    const nextId = idAfter(nextYear.headers.get('location'), '/staff/meetings/');
    const [row] = await testApp.database.query(`SELECT fiscal_year, number FROM council_meetings WHERE id = $1`, [nextId]);
    expect(row).toEqual({ fiscal_year: 2027, number: 1 });
    const meeting = await (await staff.get(`/staff/meetings/${ids.meeting}`)).text();
    expect(meeting).toContain('令和8年12月10日');
    expect(meeting).toMatch(/報告[\s\S]*<ol>[\s\S]*活動報告/);
  });

  it('mails invitations to members with an address and prints a paper one for the others', async () => {
    await yamada.get(`/staff/meetings/${ids.meeting}`);
    const response = await yamada.post(`/staff/meetings/${ids.meeting}/invitations`, {});
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/staff/meetings/${ids.meeting}/invitation`);
    await runJobTick(testApp.database, councilJobs({ mailer: testApp.mailer }), testApp.clock.now);
    const sent = testApp.mailer.sent.filter((m) => m.subject.includes('A地域 第2層協議体'));
    expect(sent.map((m) => m.to)).toEqual(['kitamura@example.jp']);
    expect(sent[0]!.subject).toBe('【開催のご案内】第1回 A地域 第2層協議体');
    expect(sent[0]!.text).toContain('令和8年12月10日');
    const letter = await (await yamada.get(`/staff/meetings/${ids.meeting}/invitation`)).text();
    expect(letter).toContain('南 一郎（A地域包括支援センター） 様');
    expect(letter).not.toContain('北村 和子（A地域包括支援センター） 様');
    // The member whose term starts in 2027 is not invited to a December meeting.
    expect(letter).not.toContain('遅野');
    // Queued once: sending again does not mail twice.
    await yamada.get(`/staff/meetings/${ids.meeting}`);
    await yamada.post(`/staff/meetings/${ids.meeting}/invitations`, {});
    await runJobTick(testApp.database, councilJobs({ mailer: testApp.mailer }), testApp.clock.now);
    expect(testApp.mailer.sent.filter((m) => m.subject.startsWith('【開催のご案内】第1回 A地域')).length).toBe(1);
    // Three days before, the reminder goes to the same members.
    await runJobTick(testApp.database, councilJobs({ mailer: testApp.mailer }), new Date('2026-12-07T05:00:00Z'));
    expect(testApp.mailer.sent.filter((m) => m.subject === '【開催のお知らせ】第1回 A地域 第2層協議体').map((m) => m.to)).toEqual(['kitamura@example.jp']);
  });

  it('keeps handouts of the allowed types only, checked by their bytes', async () => {
    const upload = async (name: string, bytes: Uint8Array<ArrayBuffer>, type: string) => {
      await yamada.get(`/staff/meetings/${ids.meeting}`);
      const body = new FormData();
      body.set('_csrf', yamada.csrfToken);
      body.set('title', '活動報告');
      body.set('file', new File([bytes], name, { type }));
      return testApp.app.request(`http://localhost/staff/meetings/${ids.meeting}/handouts`, { method: 'POST', body, headers: { host: 'localhost', cookie: [...yamada.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }, redirect: 'manual' });
    };
    const fakePdf = await upload('report.pdf', new TextEncoder().encode('#!/bin/sh\necho not a pdf'), 'application/pdf');
    expect(fakePdf.status).toBe(303);
    expect(decodeURIComponent(fakePdf.headers.get('set-cookie') ?? '')).toContain('councils.handoutWrongType');
    expect(await testApp.database.query(`SELECT id FROM meeting_handouts`)).toEqual([]);
    const oversized = new Uint8Array(10 * 1024 * 1024 + 1);
    oversized.set(new TextEncoder().encode('%PDF-1.4\n'));
    const tooLarge = await upload('big.pdf', oversized, 'application/pdf');
    expect(decodeURIComponent(tooLarge.headers.get('set-cookie') ?? '')).toContain('councils.handoutTooLarge');
    expect(await testApp.database.query(`SELECT id FROM meeting_handouts`)).toEqual([]);
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    expect((await upload('活動報告.pdf', pdf, 'application/pdf')).status).toBe(303);
    const rows = await testApp.database.query(`SELECT title, media_type, byte_size, position FROM meeting_handouts WHERE meeting_id = $1`, [ids.meeting]);
    expect(rows).toEqual([{ title: '活動報告', media_type: 'application/pdf', byte_size: pdf.byteLength, position: 1 }]);
    const page = await (await staff.get(`/staff/meetings/${ids.meeting}`)).text();
    const href = page.match(/href="(\/staff\/meetings\/[^"]+\/handouts\/[0-9a-f-]{36})"/)![1]!;
    const file = await staff.get(href);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    expect(await anonymous.get(href).then((r) => r.status)).toBe(303);
  });

  it('closes the meeting with attendance, counts, minutes and an action item that waits on its owner\'s home page', async () => {
    const close = `/staff/meetings/${ids.meeting}/close`;
    const form = await (await yamada.get(close)).text();
    const version = form.match(/name="version" value="(\d+)"/)![1]!;
    const base = { version, otherParticipants: '3', observers: '２', organisationsPresent: '東光地区社協、老人クラブ', minutes: '委員：移動手段がなく通いの場に行けない声が多い。\n事務局：送迎の協力先を探す。', decisions: '送迎付きの通いの場を検討する。', [`attendance.${ids.member}`]: 'present', [`attendance.${ids.paperMember}`]: 'proxy', [`proxy.${ids.paperMember}`]: '南 花子', 'action.0.title': '温泉施設にバスの協力を相談する', 'action.0.ownerId': ids.yamadaUser, 'action.0.dueOn': '2027-01-15' };

    const outsideTerm = await yamada.post(close, { ...base, [`attendance.${ids.lateMember}`]: 'present' });
    expect(outsideTerm.status).toBe(422);
    expect(await outsideTerm.text()).toContain('遅野 新さんの任期（2027-01-01から）の外の会議なので、出欠を付けられません。');
    const noProxyName = await yamada.post(close, { ...base, [`proxy.${ids.paperMember}`]: '' });
    expect(noProxyName.status).toBe(422);
    expect(await noProxyName.text()).toContain('代理出席者の氏名を入力してください。');

    const saved = await yamada.post(close, base);
    expect(saved.status).toBe(303);
    const page = await (await staff.get(`/staff/meetings/${ids.meeting}`)).text();
    expect(page).toContain('開催済み');
    expect(page).toContain('代理出席（南 花子）');
    expect(page).toContain('その他の参加者 3人、傍聴者 2人');
    const home = await (await yamada.get('/staff')).text();
    expect(home).toContain('温泉施設にバスの協力を相談する');
    expect(home).toContain('令和9年1月15日');

    // A second person who opened the form before that save meets a conflict; the saved minutes stay.
    const stale = await admin.post(close, { ...base, minutes: '上書きしようとした内容', 'action.0.title': '', 'action.0.ownerId': '', 'action.0.dueOn': '' });
    expect(stale.status).toBe(422);
    expect(await stale.text()).toContain('ほかの人が先にこの記録を保存しました');
    const [row] = await testApp.database.query(`SELECT minutes, observers FROM council_meetings WHERE id = $1`, [ids.meeting]);
    expect(row!.minutes).toContain('移動手段がなく通いの場に行けない');
    expect(row!.observers).toBe(2);
  });

  it('prints the 議事録 and the 出席簿 as PDF', async () => {
    for (const name of ['minutes.pdf', 'sign-in-sheet.pdf']) {
      const response = await staff.get(`/staff/meetings/${ids.meeting}/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.byteLength).toBeGreaterThan(5000);
    }
  });

  it('keeps a member who leaves, with their attendance', async () => {
    await yamada.get(`/staff/councils/${ids.council}/members/${ids.paperMember}/edit`);
    expect((await yamada.post(`/staff/councils/${ids.council}/members/${ids.paperMember}/leave`, { leftOn: '2026-12-31' })).status).toBe(303);
    const page = await (await staff.get(`/staff/councils/${ids.council}`)).text();
    expect(page).toMatch(/退任した委員[\s\S]*南 一郎/);
    const attendance = await testApp.database.query(`SELECT status, proxy_name FROM meeting_attendance WHERE member_id = $1`, [ids.paperMember]);
    expect(attendance).toEqual([{ status: 'proxy', proxy_name: '南 花子' }]);
  });
});

describe('who may do what', () => {
  it('lets staff read but not change, and keeps visitors out', async () => {
    expect((await staff.get('/staff/councils/new')).status).toBe(403);
    await staff.get(`/staff/councils/${ids.council}`);
    expect((await staff.post(`/staff/councils/${ids.council}/members`, { personName: 'x' })).status).toBe(403);
    expect((await staff.post(`/staff/meetings/${ids.meeting}/close`, { version: '1' })).status).toBe(403);
    for (const path of ['/staff/councils', `/staff/councils/${ids.council}`, `/staff/meetings/${ids.meeting}`, `/staff/meetings/${ids.meeting}/minutes.pdf`]) {
      const response = await anonymous.get(path);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toMatch(/^\/login\?next=/);
    }
    expect((await yamada.get('/staff/council-terms')).status).toBe(403);
  });

  it('refuses a coordinator the councils of another area', async () => {
    const form = await (await admin.get('/staff/councils/new')).text();
    const other = await admin.post('/staff/councils', { name: 'B地域 第2層協議体', kindId: optionValue(form, '第2層協議体'), areaId: ids.areaB, secretariat: '', description: '' });
    const otherId = idAfter(other.headers.get('location'), '/staff/councils/');
    expect((await yamada.get(`/staff/councils/${otherId}/edit`)).status).toBe(403);
    expect((await yamada.get(`/staff/councils/${otherId}/meetings/new`)).status).toBe(403);
    expect((await yamada.get(`/staff/councils/${otherId}`)).status).toBe(200);
  });

  it('lets an admin add a kind of council to the tenant\'s list', async () => {
    await admin.get('/staff/council-terms');
    expect((await admin.post('/staff/council-terms', { list: 'council_kind', name: '生活支援連絡会' })).status).toBe(303);
    const form = await (await admin.get('/staff/councils/new')).text();
    expect(form).toContain('生活支援連絡会');
    const duplicate = await admin.post('/staff/council-terms', { list: 'council_kind', name: '生活支援連絡会' });
    expect(duplicate.status).toBe(422);
  });
});
