import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent } from '../../../../test/factories/event.ts';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { runJobTick } from '../../../platform/jobs/runner.ts';
import { eventJobs } from '../registrations/jobs.ts';

let testApp: TestApp;
let admin: TestClient;
let staff: TestClient;
const hour = 3_600_000;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
  staff = createClient(testApp);
  await staff.signIn('staff@example.jp');
});
afterAll(async () => testApp.close());

const runJobs = () => runJobTick(testApp.database, eventJobs({ secret: testApp.secret, baseUrl: 'http://localhost', mailer: testApp.mailer }), testApp.clock.now);

async function apply(eventId: string, n: string): Promise<{ id: string; reference: string; link: string }> {
  const client = createClient(testApp);
  const form = await (await client.get(`/events/${eventId}/apply`)).text();
  const key = form.match(/name="submissionKey" value="([^"]+)"/)![1]!;
  const response = await client.post(`/events/${eventId}/apply`, {
    submissionKey: key, name: `参加 花子${n}`, nameReading: 'さんか はなこ', role: 'shakyo', prefecture: '秋田県', municipality: '横手市', email: `p${n}@example.jp`, phone: '0182-32-0000', consent: 'on',
  });
  const link = response.headers.get('location')!;
  const [row] = await testApp.database.query('SELECT id, reference FROM event_registrations WHERE email = $1 AND event_id = $2', [`p${n}@example.jp`, eventId]);
  return { id: row!.id as string, reference: row!.reference as string, link };
}

describe('payments', () => {
  it('issues on-demand access when a payment is recorded, and mails the ID and password', async () => {
    const event = await buildEvent(testApp, { feeYen: 1000, onDemand: true, onDemandFrom: new Date(testApp.clock.now.getTime() - hour), onDemandUntil: new Date(testApp.clock.now.getTime() + 500 * hour), onDemandUrl: 'https://video.example.jp/sc2026', inPerson: false, liveOnline: true, liveUrl: 'https://zoom.example.jp/j/123' });
    const applicant = await apply(event.id, 'pay');
    const personal = createClient(testApp);
    const before = await (await personal.get(applicant.link)).text();
    expect(before).toContain('入金の確認後');
    expect(before).not.toContain('zoom.example.jp');
    await admin.get(`/staff/events/${event.id}/participants/${applicant.id}`);
    const recorded = await admin.post(`/staff/events/${event.id}/participants/${applicant.id}/payment`, { paymentStatus: 'paid', paidOn: '2026-11-20', amountYen: '1,000', note: '' });
    expect(recorded.status).toBe(303);
    const after = await (await personal.get(applicant.link)).text();
    expect(after).toContain('https://zoom.example.jp/j/123');
    expect(after).toContain('https://video.example.jp/sc2026');
    const [row] = await testApp.database.query('SELECT access_id, access_password, payment_status, paid_amount_yen FROM event_registrations WHERE id = $1', [applicant.id]);
    expect(row).toMatchObject({ payment_status: 'paid', paid_amount_yen: 1000, access_id: `ev${applicant.reference}` });
    await runJobs();
    const mail = testApp.mailer.sent.find((m) => m.to === 'ppay@example.jp' && m.subject.startsWith('【入金を確認しました】'));
    expect(mail?.text).toContain(`パスワード: ${row!.access_password as string}`);

    // The viewing page asks anonymously, with a CSRF token from the form endpoint.
    const viewer = createClient(testApp);
    const { csrfToken } = (await (await viewer.get(`/api/v1/events/${event.id}/application-form`)).json()) as { csrfToken: string };
    const cookie = [...viewer.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const check = async (password: string) => {
      const response = await testApp.app.request(`http://localhost/api/v1/events/${event.id}/on-demand-access`, { method: 'POST', body: JSON.stringify({ accessId: row!.access_id, password }), headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie } });
      return ((await response.json()) as { valid: boolean }).valid;
    };
    expect(await check(row!.access_password as string)).toBe(true);
    expect(await check('wrong-password')).toBe(false);
    testApp.clock.now = new Date(testApp.clock.now.getTime() + 501 * hour);
    try {
      expect(await check(row!.access_password as string)).toBe(false);
    } finally {
      testApp.clock.now = new Date(testApp.clock.now.getTime() - 501 * hour);
    }
  });

  it('keeps the staff role from recording payments', async () => {
    const event = await buildEvent(testApp, { feeYen: 500 });
    const applicant = await apply(event.id, 'staffpay');
    await staff.get(`/staff/events/${event.id}/participants/${applicant.id}`);
    const refused = await staff.post(`/staff/events/${event.id}/participants/${applicant.id}/payment`, { paymentStatus: 'paid', paidOn: '', amountYen: '', note: '' });
    expect(refused.status).toBe(403);
  });

  it('matches a bank statement by reference, reports bad rows, and records nothing until confirmed', async () => {
    const event = await buildEvent(testApp, { feeYen: 1000, capacity: 10 });
    const [a, b, c] = [await apply(event.id, 'bank1'), await apply(event.id, 'bank2'), await apply(event.id, 'bank3')];
    const statement = ['取引日,お取引内容,お預り金額,残高', `2026/11/20,振込 ${a.reference} サンカ ハナコ,1000,50000`, `2026/11/20,振込 ${toFullWidth(b.reference)} サンカ,"1,000",51000`, `2026/11/21,振込 ${c.reference},500,51500`, '2026/11/21,振込 ヤマダ タロウ,1000,52500', '2026/11/22,振込 12345678 タナカ,1000,53500'].join('\r\n');
    await admin.get(`/staff/events/${event.id}/payments/import`);
    const form = new FormData();
    form.set('_csrf', admin.csrfToken);
    form.set('file', new File([new Uint8Array(iconv.encode(statement, 'cp932'))], 'meisai.csv', { type: 'text/csv' }));
    const preview = await testApp.app.request(`http://localhost/staff/events/${event.id}/payments/import`, { method: 'POST', body: form, headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    const html = await preview.text();
    expect(preview.status).toBe(200);
    expect(html).toContain('5行のうち 2行を入金済みにできます');
    expect(html).toContain('金額が違います（参加費 1000円・入金 500円）');
    expect(html).toContain('受付番号が見つかりません');
    expect(html).toContain('この受付番号の申込はありません');
    const unpaid = await testApp.database.query("SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1 AND payment_status = 'unpaid'", [event.id]);
    expect(unpaid[0]!.n).toBe(3);

    const csvText = html.match(/name="csvText" value="([^"]*)"/)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&#10;|&#13;/g, (e) => (e === '&#10;' ? '\n' : '\r'));
    const applied = await admin.post(`/staff/events/${event.id}/payments/import/apply`, { csvText });
    expect(applied.status).toBe(303);
    const statuses = await testApp.database.query('SELECT reference, payment_status FROM event_registrations WHERE event_id = $1 ORDER BY seq', [event.id]);
    expect(statuses.map((r) => r.payment_status)).toEqual(['paid', 'paid', 'unpaid']);
  });
});

describe('payment reminders', () => {
  it('reminds an unpaid applicant three days before the deadline, once, and not one who has paid', async () => {
    const due = new Date(testApp.clock.now.getTime() + 10 * 24 * hour);
    const event = await buildEvent(testApp, { feeYen: 1000, paymentDueAt: due, title: '入金期限のある研修' });
    const unpaid = await apply(event.id, 'remind1');
    const paid = await apply(event.id, 'remind2');
    await admin.get(`/staff/events/${event.id}/participants/${paid.id}`);
    await admin.post(`/staff/events/${event.id}/participants/${paid.id}/payment`, { paymentStatus: 'paid', paidOn: '', amountYen: '', note: '' });
    const jobs = eventJobs({ secret: testApp.secret, baseUrl: 'http://localhost', mailer: testApp.mailer });
    const reminders = () => testApp.mailer.sent.filter((m) => m.subject === '【入金のお願い】入金期限のある研修').map((m) => m.to);
    await runJobTick(testApp.database, jobs, testApp.clock.now);
    expect(reminders()).toEqual([]);
    const threeDaysBefore = new Date(due.getTime() - 3 * 24 * hour + 60_000);
    await runJobTick(testApp.database, jobs, threeDaysBefore);
    await runJobTick(testApp.database, jobs, new Date(threeDaysBefore.getTime() + hour));
    expect(reminders()).toEqual([`p${'remind1'}@example.jp`]);
    expect(unpaid.reference).toMatch(/^\d{8}$/);
  });
});

function toFullWidth(digits: string): string {
  return digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

describe('participants list, export, check-in and bulk mail', () => {
  it('exports the list for Excel in UTF-8 with BOM or Shift_JIS, audited, and never for the staff role', async () => {
    const event = await buildEvent(testApp, { title: '書き出しの研修' });
    await apply(event.id, 'csv1');
    const utf8 = await admin.get(`/staff/events/${event.id}/participants.csv`);
    const bytes = Buffer.from(await utf8.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('参加 花子csv1');
    const cp932 = await admin.get(`/staff/events/${event.id}/participants.csv?encoding=cp932`);
    expect(cp932.headers.get('content-type')).toContain('Shift_JIS');
    expect(iconv.decode(Buffer.from(await cp932.arrayBuffer()), 'cp932')).toContain('秋田県');
    const audits = await testApp.database.query("SELECT count(*)::int AS n FROM audit_log WHERE action = 'export' AND entity_id = $1", [event.id]);
    expect(audits[0]!.n).toBe(2);
    expect((await staff.get(`/staff/events/${event.id}/participants.csv`)).status).toBe(403);
    expect((await createClient(testApp).get(`/staff/events/${event.id}/participants`)).status).toBe(303);
  });

  it('checks a participant in from the QR code reference and counts attendance', async () => {
    const event = await buildEvent(testApp);
    const applicant = await apply(event.id, 'checkin');
    const page = await (await staff.get(`/staff/events/${event.id}/check-in?reference=${applicant.reference}`)).text();
    expect(page).toContain('参加 花子checkin');
    expect((await staff.post(`/staff/events/${event.id}/check-in/${applicant.id}`, { arrived: 'yes', q: applicant.reference })).status).toBe(303);
    const list = await (await staff.get(`/staff/events/${event.id}/participants`)).text();
    expect(list).toContain('出席: 1');
  });

  it('mails an announcement once to each participant the filters select', async () => {
    const event = await buildEvent(testApp, { title: '一斉メールの研修' });
    for (const n of ['m1', 'm2']) await apply(event.id, n);
    await admin.get(`/staff/events/${event.id}/announce`);
    const sent = await admin.post(`/staff/events/${event.id}/announce`, { status: 'active', payment: '', q: '', subject: '会場変更のお知らせ', body: '会場が2階に変わりました。' });
    expect(sent.status).toBe(303);
    await runJobs();
    await runJobs();
    const mails = testApp.mailer.sent.filter((m) => m.subject === '会場変更のお知らせ');
    expect(mails.map((m) => m.to).sort()).toEqual(['pm1@example.jp', 'pm2@example.jp']);
    expect(mails[0]!.text).toContain('会場が2階に変わりました。');
  });
});
