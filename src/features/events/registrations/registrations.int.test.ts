import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent } from '../../../../test/factories/event.ts';
import { createClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { runJobTick } from '../../../platform/jobs/runner.ts';
import { eventJobs } from './jobs.ts';
import { selectEventForUpdate } from '../repository.ts';
import { fillSeatsAfterEventChange, findTrainingsOfVolunteer, linkApplicationToVolunteer, notifyApplicantsOfEventChange } from './service.ts';

let testApp: TestApp;
const hour = 3_600_000;

beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const person = (n: number | string) => ({
  name: `申込 太郎${n}`,
  nameReading: 'もうしこみ たろう',
  organisation: '旭川市社会福祉協議会',
  role: 'coordinator',
  prefecture: '北海道',
  municipality: '旭川市',
  email: `applicant${n}@example.jp`,
  phone: '0166-23-0742',
  consent: 'on',
});

/** Opens the form like a browser, then sends it; returns the response and the client. */
async function apply(eventId: string, fields: Record<string, string> = person(1)) {
  const client = createClient(testApp);
  const form = await client.get(`/events/${eventId}/apply`);
  const key = (await form.text()).match(/name="submissionKey" value="([^"]+)"/)?.[1] ?? 'k'.repeat(24);
  const response = await client.post(`/events/${eventId}/apply`, { submissionKey: key, ...fields });
  return { response, client, key };
}

async function statuses(eventId: string): Promise<string[]> {
  const rows = await testApp.database.query('SELECT status FROM event_registrations WHERE event_id = $1 ORDER BY seq', [eventId]);
  return rows.map((r) => r.status as string);
}

const runJobs = (at = testApp.clock.now) => runJobTick(testApp.database, eventJobs({ secret: testApp.secret, baseUrl: 'http://localhost', mailer: testApp.mailer }), at);
const mailsTo = (email: string) => testApp.mailer.sent.filter((m) => m.to === email);

describe('applying to an event', () => {
  it('confirms an application, shows the reference on the personal page, and mails it once', async () => {
    const event = await buildEvent(testApp, { title: '確認メールの研修' });
    const { response, client } = await apply(event.id, person('mail'));
    expect(response.status).toBe(303);
    const link = response.headers.get('location')!;
    expect(link).toMatch(/^\/events\/applications\/[0-9a-f-]{36}\.[\w-]+$/);
    const page = await (await client.get(link)).text();
    const reference = page.match(/class="reference">(\d{8})</)?.[1];
    expect(reference).toBeDefined();
    expect(page).toContain('参加確定');
    await runJobs();
    await runJobs();
    const mails = mailsTo('applicantmail@example.jp');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('【参加確定】確認メールの研修');
    expect(mails[0]!.text).toContain(`受付番号: ${reference}`);
    expect(mails[0]!.text).toContain(`http://localhost${link}`);
    const qr = mails[0]!.attachments?.[0];
    expect(qr?.contentType).toBe('image/png');
    expect([...qr!.content.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  });

  it('keeps what was typed and says what is wrong, in Japanese, for each bad field', async () => {
    const event = await buildEvent(testApp);
    const { response } = await apply(event.id, { ...person(2), email: 'not-an-address', phone: '12', consent: '' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('value="申込 太郎2"');
    expect(html).toContain('value="not-an-address"');
    expect(html).toContain('個人情報の取り扱いへの同意が必要です。');
    expect(await statuses(event.id)).toEqual([]);
  });

  it('makes one application from a double click, and none from a second application with the same mail', async () => {
    const event = await buildEvent(testApp);
    const { client, key, response: first } = await apply(event.id, person('twice'));
    const again = await client.post(`/events/${event.id}/apply`, { submissionKey: key, ...person('twice') });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    const other = await apply(event.id, person('twice'));
    expect(other.response.status).toBe(409);
    expect(await other.response.text()).toContain('すでにお申し込みいただいています');
    expect(await statuses(event.id)).toEqual(['confirmed']);
    await runJobs();
    expect(mailsTo('applicanttwice@example.jp').map((m) => m.subject)).toEqual(['【参加確定】テスト研修', '【申込内容の確認】テスト研修']);
  });

  it('refuses applications outside the window, after the start, and to drafts, cancelled or unknown events', async () => {
    const now = testApp.clock.now.getTime();
    const cases = [
      [await buildEvent(testApp, { applicationOpensAt: new Date(now + hour) }), 409, 'まだ申込受付が始まっていません'],
      [await buildEvent(testApp, { applicationClosesAt: new Date(now - hour) }), 409, '申込期限を過ぎた'],
      [await buildEvent(testApp, { startsAt: new Date(now - hour), applicationClosesAt: new Date(now + hour) }), 409, 'すでに始まっている'],
      [await buildEvent(testApp, { status: 'cancelled' }), 409, '現在お申し込みを受け付けていません'],
      [await buildEvent(testApp, { status: 'draft' }), 404, '見つかりませんでした'],
    ] as const;
    const open = await buildEvent(testApp);
    for (const [event, status, text] of cases) {
      const client = createClient(testApp);
      await client.get(`/events/${open.id}/apply`);
      const response = await client.post(`/events/${event.id}/apply`, { submissionKey: 'x'.repeat(24), ...person('closed') });
      expect(response.status, event.id).toBe(status);
      expect(await response.text()).toContain(text);
      expect(await statuses(event.id)).toEqual([]);
    }
  });
});

describe('capacity and the waitlist', () => {
  it('waitlists in order when full and gives a freed seat of a free event to the first in line at once', async () => {
    const event = await buildEvent(testApp, { capacity: 2, title: '小さな講座' });
    const links: string[] = [];
    for (const n of [1, 2, 3, 4]) links.push((await apply(event.id, person(`w${n}`))).response.headers.get('location')!);
    expect(await statuses(event.id)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    await runJobs();
    expect(mailsTo('applicantw4@example.jp')[0]!.text).toContain('キャンセル待ち（2番目）');
    const client = createClient(testApp);
    expect(await (await client.get(links[3]!)).text()).toContain('キャンセル待ち 2 番目です');
    const detail = await (await client.get(`/events/${event.id}`)).text();
    expect(detail).toContain('満席です');

    await client.get(links[0]!);
    expect((await client.post(`${links[0]}/cancel`, {})).status).toBe(303);
    expect(await statuses(event.id)).toEqual(['cancelled', 'confirmed', 'confirmed', 'waitlisted']);
    expect(await (await client.get(links[3]!)).text()).toContain('キャンセル待ち 1 番目です');
    await runJobs();
    expect(mailsTo('applicantw3@example.jp').map((m) => m.subject)).toEqual(['【キャンセル待ち】小さな講座', '【参加確定】キャンセル待ちから繰り上がりました: 小さな講座']);
  });

  it('offers a freed seat of a fee event for a limited time, passing it on when declined or expired (checked on read)', async () => {
    const event = await buildEvent(testApp, { capacity: 1, feeYen: 1000, offerHours: 24, title: '有料の協議会' });
    const links: string[] = [];
    for (const n of [1, 2, 3]) links.push((await apply(event.id, person(`f${n}`))).response.headers.get('location')!);
    const client = createClient(testApp);
    await client.get(links[0]!);
    await client.post(`${links[0]}/cancel`, {});
    expect(await statuses(event.id)).toEqual(['cancelled', 'offered', 'waitlisted']);
    const offerPage = await (await client.get(links[1]!)).text();
    expect(offerPage).toContain('空席が出ました');
    await client.post(`${links[1]}/decline`, {});
    expect(await statuses(event.id)).toEqual(['cancelled', 'declined', 'offered']);

    // Nobody runs a job: a day later, merely reading settles the offer.
    testApp.clock.now = new Date(testApp.clock.now.getTime() + 25 * hour);
    try {
      expect(await (await client.get(links[2]!)).text()).toContain('期限切れ');
      expect(await statuses(event.id)).toEqual(['cancelled', 'declined', 'expired']);
    } finally {
      testApp.clock.now = new Date(testApp.clock.now.getTime() - 25 * hour);
    }
  });

  it('confirms an accepted offer and asks for payment', async () => {
    const event = await buildEvent(testApp, { capacity: 1, feeYen: 1000, paymentDueAt: new Date(testApp.clock.now.getTime() + 150 * hour) });
    const first = (await apply(event.id, person('a1'))).response.headers.get('location')!;
    const second = (await apply(event.id, person('a2'))).response.headers.get('location')!;
    const client = createClient(testApp);
    await client.get(first);
    await client.post(`${first}/cancel`, {});
    await client.get(second);
    expect((await client.post(`${second}/accept`, {})).status).toBe(303);
    const page = await (await client.get(second)).text();
    expect(page).toContain('参加確定');
    expect(page).toContain('未入金');
    await runJobs();
    const accepted = mailsTo('applicanta2@example.jp').find((m) => m.subject.startsWith('【参加確定】'));
    expect(accepted?.text).toContain('参加費: 1,000円');
  });

  it('never gives more seats than the capacity when hundreds apply at the same moment', async () => {
    const event = await buildEvent(testApp, { capacity: 20, title: '同時申込' });
    const client = createClient(testApp);
    await client.get(`/events/${event.id}/apply`);
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, n) => client.post(`/events/${event.id}/apply`, { submissionKey: `burst-${String(n).padStart(20, '0')}`, ...person(`burst${n}`) })),
    );
    expect(responses.map((r) => r.status).filter((s) => s !== 303)).toEqual([]);
    const rows = await testApp.database.query('SELECT status, count(*)::int AS n, count(DISTINCT email)::int AS people FROM event_registrations WHERE event_id = $1 GROUP BY status ORDER BY status', [event.id]);
    expect(rows).toEqual([
      { status: 'confirmed', n: 20, people: 20 },
      { status: 'waitlisted', n: 180, people: 180 },
    ]);
    const order = await testApp.database.query("SELECT bool_and(c.seq < w.seq) AS ok FROM event_registrations c, event_registrations w WHERE c.event_id = $1 AND w.event_id = $1 AND c.status = 'confirmed' AND w.status = 'waitlisted'", [event.id]);
    expect(order[0]!.ok).toBe(true);
  });

  it('decides applications that arrive together as if one after another: a form sent twice, an address used twice, a bad answer among them', async () => {
    const event = await buildEvent(testApp, {
      capacity: 2,
      title: '同時申込（まとめて判定）',
      questions: [{ id: 'lunch', label: '昼食', kind: 'choice', options: ['要', '不要'], required: true }],
    });
    const client = createClient(testApp);
    await client.get(`/events/${event.id}/apply`);
    const form = (key: string, who: number, lunch = '要') => ({ submissionKey: `together-${key}`.padEnd(24, '0'), ...person(`together${who}`), q_lunch: lunch });
    const sent = [form('a', 1), form('b', 2), form('b', 2), form('c', 3), form('d', 3), form('e', 4, '鍋'), form('f', 5)];
    const responses = await Promise.all(sent.map((fields) => client.post(`/events/${event.id}/apply`, fields)));
    const [first, second, sameForm, withAddress, sameAddress, badAnswer, last] = responses.map((r) => r.status);
    expect([first, second, sameForm, badAnswer, last]).toEqual([303, 303, 303, 422, 303]);
    // Whichever of the two with one address came first applied; the other was mailed the link again.
    expect([withAddress, sameAddress].sort()).toEqual([303, 409]);
    expect(responses[2]!.headers.get('location')).toBe(responses[1]!.headers.get('location'));
    // Four people, two seats: the first two in line hold them, the others wait behind them.
    const rows = await testApp.database.query('SELECT status, email FROM event_registrations WHERE event_id = $1 ORDER BY seq', [event.id]);
    expect(rows.map((r) => r.status)).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted']);
    expect(new Set(rows.map((r) => r.email)).size).toBe(4);
    const resent = await testApp.database.query("SELECT count(*)::int AS n FROM jobs WHERE unique_key LIKE '%:link-resent:%' AND payload->>'registrationId' IN (SELECT id::text FROM event_registrations WHERE event_id = $1 AND email = $2)", [event.id, 'applicanttogether3@example.jp']);
    expect(resent[0]!.n).toBe(1);
  });
});

describe('changes by staff', () => {
  it('moves the waitlist on when an event gets more seats', async () => {
    const event = await buildEvent(testApp, { capacity: 1 });
    for (const n of [1, 2, 3]) await apply(event.id, person(`grow${n}`));
    await testApp.database.query('UPDATE events SET capacity = 2 WHERE id = $1', [event.id]);
    const ctx = { db: testApp.database.db, tenantId: testApp.demo.id, actor: null, now: testApp.clock.now, requestId: 't' };
    await testApp.database.db.transaction(async (tx) => fillSeatsAfterEventChange({ ...ctx, db: tx }, tx, (await selectEventForUpdate(tx, ctx.tenantId, event.id))!));
    expect(await statuses(event.id)).toEqual(['confirmed', 'confirmed', 'waitlisted']);
    await testApp.database.query('UPDATE events SET capacity = NULL WHERE id = $1', [event.id]);
    await testApp.database.db.transaction(async (tx) => fillSeatsAfterEventChange({ ...ctx, db: tx }, tx, (await selectEventForUpdate(tx, ctx.tenantId, event.id))!));
    expect(await statuses(event.id)).toEqual(['confirmed', 'confirmed', 'confirmed']);
  });
});

describe('personal links', () => {
  it('refuses a tampered link and one past its expiry, the same way', async () => {
    const event = await buildEvent(testApp);
    const link = (await apply(event.id, person('link'))).response.headers.get('location')!;
    const client = createClient(testApp);
    const tampered = await client.get(link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
    expect(tampered.status).toBe(404);
    expect(await tampered.text()).toContain('このリンクは無効か、有効期限が切れています');
    testApp.clock.now = new Date(testApp.clock.now.getTime() + 90 * 24 * hour);
    try {
      expect((await client.get(link)).status).toBe(404);
    } finally {
      testApp.clock.now = new Date(testApp.clock.now.getTime() - 90 * 24 * hour);
    }
  });

  it('lets applicants cancel until the cut-off before the start, and not after', async () => {
    const event = await buildEvent(testApp, { startsAt: new Date(testApp.clock.now.getTime() + 12 * hour), applicationClosesAt: new Date(testApp.clock.now.getTime() + 6 * hour), selfCancelHours: 24 });
    const link = (await apply(event.id, person('late'))).response.headers.get('location')!;
    const client = createClient(testApp);
    const page = await (await client.get(link)).text();
    expect(page).not.toContain('/cancel"');
    await client.get(`/events/${event.id}/apply`);
    const refused = await client.post(`${link}/cancel`, {});
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('キャンセルの期限を過ぎています');
    expect(await statuses(event.id)).toEqual(['confirmed']);
  });
});

describe("an event's own questions", () => {
  it('stores answers to the questions the event asks, and refuses unknown ids, too many keys, controls and over-long text with a Japanese message', async () => {
    const questions = [
      { id: 'diet', label: '食事の配慮', kind: 'text' as const, options: [], required: false },
      { id: 'size', label: 'Tシャツ', kind: 'choice' as const, options: ['S', 'M'], required: true },
    ];
    const event = await buildEvent(testApp, { title: '質問のある研修', questions });
    const refusals: [Record<string, string>, string][] = [
      [{ q_size: 'S', q_unknown: 'x' }, 'この催しにない質問への回答が含まれています'],
      [{ q_size: 'S', ...Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`q_extra${i}`, 'x'])) }, '回答の数が多すぎます'],
      [{ q_size: 'S', q_diet: 'ふつう\u202Eけいたい' }, '使用できない制御文字が含まれています'],
      [{ q_size: 'S', q_diet: 'あ'.repeat(2001) }, '2000文字以内で入力してください'],
      [{ q_size: 'L' }, ''],
    ];
    for (const [answers, message] of refusals) {
      const { response } = await apply(event.id, { ...person('questions'), ...answers });
      expect(response.status, JSON.stringify(answers).slice(0, 80)).toBe(422);
      expect(await response.text()).toContain(message);
    }
    expect(await statuses(event.id)).toEqual([]);
    const { response } = await apply(event.id, { ...person('questions'), q_size: 'M', q_diet: '卵なし' });
    expect(response.status).toBe(303);
    const [row] = await testApp.database.query('SELECT answers FROM event_registrations WHERE event_id = $1', [event.id]);
    expect(row!.answers).toEqual({ size: 'M', diet: '卵なし' });
  });
});

describe('mail delivery', () => {
  it('retries a mail the server refused, and still sends it only once', async () => {
    const event = await buildEvent(testApp, { title: '再送の研修' });
    await apply(event.id, person('retry'));
    let refuse = true;
    const flaky = { kind: 'smtp' as const, sent: [] as string[], handOver: async (m: { to: string }) => (refuse ? Promise.reject(new Error('421 try later')) : (flaky.sent.push(m.to), null)) };
    const jobs = eventJobs({ secret: testApp.secret, baseUrl: 'http://localhost', mailer: flaky });
    await runJobTick(testApp.database, jobs, testApp.clock.now);
    refuse = false;
    for (const minutes of [5, 10, 60]) await runJobTick(testApp.database, jobs, new Date(testApp.clock.now.getTime() + minutes * 60_000));
    expect(flaky.sent.filter((to) => to === 'applicantretry@example.jp')).toEqual(['applicantretry@example.jp']);
  });

  it('queues one notice per live applicant when an event is cancelled', async () => {
    const event = await buildEvent(testApp, { capacity: 1, title: '中止になる研修', statusNotice: '感染拡大のため中止します。' });
    for (const n of [1, 2]) await apply(event.id, person(`stop${n}`));
    const ctx = { db: testApp.database.db, tenantId: testApp.demo.id, actor: null, now: testApp.clock.now, requestId: 't' };
    expect(await notifyApplicantsOfEventChange(ctx, testApp.database.db, event.id, 'cancelled', 'c1')).toBe(2);
    expect(await notifyApplicantsOfEventChange(ctx, testApp.database.db, event.id, 'cancelled', 'c1')).toBe(2);
    await runJobs();
    for (const n of [1, 2]) {
      const notices = mailsTo(`applicantstop${n}@example.jp`).filter((m) => m.subject === '【中止のお知らせ】中止になる研修');
      expect(notices).toHaveLength(1);
      expect(notices[0]!.text).toContain('感染拡大のため中止します。');
    }
  });
});

describe('volunteer trainings', () => {
  it('lists the trainings a linked volunteer applied to, with attendance', async () => {
    const training = await buildEvent(testApp, { title: 'ボランティア養成講座', isVolunteerTraining: true });
    const other = await buildEvent(testApp, { title: '一般の交流会', kind: 'exchange' });
    await apply(training.id, person('vol'));
    await apply(other.id, person('vol'));
    const rows = await testApp.database.query('SELECT id FROM event_registrations WHERE email = $1', ['applicantvol@example.jp']);
    const [adminUser] = await testApp.database.query("SELECT id FROM users WHERE email = 'admin@example.jp'");
    const ctx = { db: testApp.database.db, tenantId: testApp.demo.id, actor: { id: adminUser!.id as string, tenantId: testApp.demo.id, email: 'admin@example.jp', displayName: '管理者', role: 'admin' as const, areaIds: [] }, now: testApp.clock.now, requestId: 't' };
    const volunteerId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
    for (const row of rows) await linkApplicationToVolunteer(ctx, row.id as string, volunteerId);
    await testApp.database.query('UPDATE event_registrations SET checked_in_at = now() WHERE email = $1 AND event_id = $2', ['applicantvol@example.jp', training.id]);
    const trainings = await findTrainingsOfVolunteer(ctx, volunteerId);
    expect(trainings.map((t) => [t.title, t.attended])).toEqual([['ボランティア養成講座', true]]);
  });
});
