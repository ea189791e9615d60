import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, testSecret, type TestApp } from '../../../../test/support/test-app.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { applyToEvent } from '../registrations/service.ts';

let testApp: TestApp;
let coordinator: TestClient;

// The 令和3年度 volunteer training as a coordinator would type it.
const training: Record<string, string> = {
  title: 'ボランティア研修「コロナ禍で光るささえ合い」',
  titleReading: 'ぼらんてぃあけんしゅう',
  kind: 'training',
  isVolunteerTraining: 'on',
  organiser: '旭川市社会福祉協議会',
  description: 'コロナ禍でできることを見つけるヒントが得られる研修です。',
  startsAt: '2027-09-18T14:30',
  endsAt: '2027-09-18T16:00',
  inPerson: 'on',
  venueName: '旭川市大雪クリスタルホール 大会議室',
  venueAddress: '旭川市神楽３条７丁目',
  capacity: '20',
  feeYen: '0',
  applicationOpensAt: '2027-08-01T09:00',
  applicationClosesAt: '2027-09-13T17:00',
  contactPhone: '0166230742',
  contactEmail: 'seikatsu-shien@asahikawa-shakyo.or.jp',
  'sessions.0.delivery': 'in_person',
  'sessions.0.startsAt': '2027-09-18T14:30',
  'sessions.0.endsAt': '2027-09-18T15:15',
  'sessions.0.title': '講演',
  'sessions.0.speakers.0.role': '講師',
  'sessions.0.speakers.0.name': '齋藤 建児',
  'sessions.0.speakers.0.affiliation': '旭川大学保健福祉学部コミュニティ福祉学科 准教授',
  'sessions.2.delivery': 'in_person',
  'sessions.2.startsAt': '2027-09-18T15:15',
  'sessions.2.endsAt': '2027-09-18T16:00',
  'sessions.2.title': '実践報告',
  'sessions.2.speakers.0.role': '実践報告者',
  'sessions.2.speakers.0.name': '田中 誠康',
  'questions.0.label': '配慮が必要なこと',
  'participantTypes.0.label': '一般',
  'participantTypes.0.feeYen': '0',
};

async function createEvent(form: Record<string, string> = training): Promise<string> {
  await coordinator.get('/staff/events/new');
  const response = await coordinator.post('/staff/events', form);
  expect(response.status, await response.clone().text()).toBe(303);
  return response.headers.get('location')!.split('/').pop()!;
}

async function eventRow(id: string) {
  const [row] = await testApp.database.query(`SELECT * FROM events WHERE id = $1`, [id]);
  return row as Record<string, unknown>;
}

async function sessionsOf(id: string) {
  return (await testApp.database.query(`SELECT title, starts_at, speakers FROM event_sessions WHERE event_id = $1 ORDER BY sort_order`, [id])) as { title: string; starts_at: Date | string; speakers: { name: string; role: string }[] }[];
}

beforeAll(async () => {
  testApp = await createTestApp();
  coordinator = createClient(testApp);
  await coordinator.signIn('yamada@example.jp');
});
afterAll(async () => testApp.close());

describe('creating and editing events', () => {
  it('saves every field as a draft, reading typed times as Japan time, with the programme in order and blank rows dropped', async () => {
    const id = await createEvent();
    const row = await eventRow(id);
    expect(row.status).toBe('draft');
    expect(new Date(row.starts_at as string).toISOString()).toBe('2027-09-18T05:30:00.000Z');
    expect(row.capacity).toBe(20);
    expect(row.contact_phone).toBe('0166-23-0742');
    expect(row.is_volunteer_training).toBe(true);
    expect((row.questions as { label: string; id: string }[])[0]).toMatchObject({ label: '配慮が必要なこと', kind: 'text' });
    expect((row.questions as { id: string }[])[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    const sessions = await sessionsOf(id);
    expect(sessions.map((s) => s.title)).toEqual(['講演', '実践報告']);
    expect(sessions[0]!.speakers).toEqual([{ name: '齋藤 建児', affiliation: '旭川大学保健福祉学部コミュニティ福祉学科 准教授', role: '講師' }]);
    const page = await (await coordinator.get(`/staff/events/${id}`)).text();
    expect(page).toContain('value="2027-09-18T14:30"');
    expect(page).toContain(`href="/staff/events/${id}/participants"`);
  });

  it('refuses broken rules with Japanese messages beside each field and keeps what was typed', async () => {
    await coordinator.get('/staff/events/new');
    const fields = await coordinator.post('/staff/events', { ...training, capacity: '0', feeYen: '1.5', 'sessions.2.endsAt': '2027-09-18T15:00', 'sessions.0.speakers.1.role': '講師' });
    expect(fields.status).toBe(422);
    const html = await fields.text();
    expect(html).toContain('定員は1以上の整数で入力してください');
    expect(html).toContain('金額は0以上の整数（円）で入力してください。');
    expect(html).toContain('href="#field-sessions.2.endsAt"');
    expect(html).toContain('href="#field-sessions.0.speakers.1.name"');
    expect(html).toContain('value="1.5"');
    expect(html).toContain('value="ボランティア研修「コロナ禍で光るささえ合い」"');
    // Rules between fields are checked once each field is valid on its own.
    const rules = await coordinator.post('/staff/events', { ...training, endsAt: '2027-09-18T14:00', applicationClosesAt: '2027-09-19T10:00' });
    expect(rules.status).toBe(422);
    const rulesHtml = await rules.text();
    expect(rulesHtml).toContain('終了は開始より後の日時にしてください。');
    expect(rulesHtml).toContain('申込の締切は開始日時より前にしてください。');
    expect(rulesHtml).toContain('value="2027-09-18T14:00"');
  });

  it('refuses an on-demand window that ends before it starts and a date that does not exist', async () => {
    const window = await coordinator.post('/staff/events', { ...training, onDemand: 'on', onDemandFrom: '2027-09-30T00:00', onDemandUntil: '2027-09-01T00:00' });
    expect(window.status).toBe(422);
    expect(await window.text()).toContain('視聴期間の終わりは始まり以降にしてください。');
    const date = await coordinator.post('/staff/events', { ...training, startsAt: '2027-09-31T10:00' });
    expect(date.status).toBe(422);
    expect(await date.text()).toContain('日時は 2021-09-18T14:30 のように入力してください（日本時間）。');
  });

  it('adds a programme row without saving when 「行を追加」 is pressed, keeping what was typed', async () => {
    const before = await testApp.database.query(`SELECT count(*)::int AS n FROM events`);
    const response = await coordinator.post('/staff/events', { ...training, 'rows.sessions': '3', addRow: 'sessions' });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('name="sessions.3.title"');
    expect(html).not.toContain('name="sessions.4.title"');
    expect(html).toContain('value="齋藤 建児"');
    expect(await testApp.database.query(`SELECT count(*)::int AS n FROM events`)).toEqual(before);
  });

  it('replaces the whole programme on update, in one change recorded in the audit log', async () => {
    const id = await createEvent();
    await coordinator.get(`/staff/events/${id}`);
    const response = await coordinator.post(`/staff/events/${id}`, {
      ...Object.fromEntries(Object.entries(training).filter(([k]) => !k.startsWith('sessions.'))),
      title: '変更後の研修',
      'sessions.0.delivery': 'on_demand',
      'sessions.0.durationMinutes': '40',
      'sessions.0.title': '行政説明',
    });
    expect(response.status).toBe(303);
    expect((await eventRow(id)).title).toBe('変更後の研修');
    expect((await sessionsOf(id)).map((s) => s.title)).toEqual(['行政説明']);
    const audit = await testApp.database.query(`SELECT action FROM audit_log WHERE entity_type = 'event' AND entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
  });
});

describe('copying, publishing and closing', () => {
  it('copies an event as a draft titled （コピー） with its programme and no applications', async () => {
    const id = await createEvent();
    await coordinator.get(`/staff/events/${id}`);
    const response = await coordinator.post(`/staff/events/${id}/copy`, {});
    expect(response.status).toBe(303);
    const copyId = response.headers.get('location')!.split('/').pop()!;
    expect(copyId).not.toBe(id);
    const copy = await eventRow(copyId);
    expect(copy.title).toBe('ボランティア研修「コロナ禍で光るささえ合い」（コピー）');
    expect(copy.status).toBe('draft');
    expect((await sessionsOf(copyId)).map((s) => s.title)).toEqual(['講演', '実践報告']);
    expect(await testApp.database.query(`SELECT id FROM event_registrations WHERE event_id = $1`, [copyId])).toEqual([]);
  });

  it('publishes only an event with a venue or an online delivery, then closes it', async () => {
    const id = await createEvent({ ...training, venueName: '' });
    await coordinator.get(`/staff/events/${id}`);
    const refused = await coordinator.post(`/staff/events/${id}/publish`, {});
    expect(refused.status).toBe(422);
    expect((await eventRow(id)).status).toBe('draft');
    const withVenue = await createEvent();
    expect((await coordinator.post(`/staff/events/${withVenue}/publish`, {})).status).toBe(303);
    expect((await eventRow(withVenue)).status).toBe('published');
    expect((await coordinator.post(`/staff/events/${withVenue}/close`, {})).status).toBe(303);
    expect((await eventRow(withVenue)).status).toBe('closed');
    const list = await (await coordinator.get('/staff/events?status=closed')).text();
    expect(list).toContain(`/staff/events/${withVenue}`);
    expect(list).not.toContain(`/staff/events/${id}"`);
  });

  it('refuses a cancel or postpone without a notice, keeping the event as it was', async () => {
    const id = await createEvent();
    await coordinator.post(`/staff/events/${id}/publish`, {});
    const response = await coordinator.post(`/staff/events/${id}/change`, { change: 'cancelled', notice: '' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('入力してください。');
    expect((await eventRow(id)).status).toBe('published');
  });

  it('lets the staff role read the list and an event but not change anything', async () => {
    const id = await createEvent();
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    expect((await staff.get('/staff/events')).status).toBe(200);
    expect((await staff.get(`/staff/events/${id}`)).status).toBe(200);
    expect((await staff.get('/staff/events/new')).status).toBe(403);
    expect((await staff.post(`/staff/events/${id}/publish`, {})).status).toBe(403);
    expect((await eventRow(id)).status).toBe('draft');
  });

  it('keeps another tenant out and answers 404 for ids that are not events', async () => {
    expect((await coordinator.get('/staff/events/not-an-id')).status).toBe(404);
    expect((await coordinator.get('/staff/events/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await createClient(testApp).get('/staff/events')).status).toBe(303);
  });
});

describe('cancelling and postponing', () => {
  async function applicants(eventId: string, count: number): Promise<string[]> {
    const ctx: ServiceContext = { db: testApp.database.db, tenantId: testApp.demo.id, actor: null, now: testApp.clock.now, requestId: 'test' };
    const ids: string[] = [];
    const participantTypeId = ((await eventRow(eventId)).participant_types as { id: string }[])[0]!.id;
    for (let i = 0; i < count; i++) {
      await applyToEvent(ctx, testSecret, eventId, {
        name: `申込 太郎${i}`, nameReading: 'もうしこみ たろう', organisation: '', role: 'volunteer', prefecture: '北海道', municipality: '旭川市',
        email: `applicant${i}@example.jp`, phone: '0166-23-0742', participantTypeId, answers: {}, consent: true, submissionKey: `cancel-test-key-${eventId}-${i}`,
      });
    }
    const rows = await testApp.database.query(`SELECT id FROM event_registrations WHERE event_id = $1 ORDER BY seq`, [eventId]);
    for (const row of rows) ids.push(String(row.id));
    return ids;
  }

  async function queuedMails(registrationIds: string[], kind: string) {
    const jobs = await testApp.database.query(`SELECT payload FROM jobs WHERE tenant_id = $1`, [testApp.demo.id]);
    return jobs.map((j) => j.payload as { registrationId: string; kind: string }).filter((p) => p.kind === kind && registrationIds.includes(p.registrationId));
  }

  it('queues one cancellation mail per applicant, waitlisted ones included, in the same change as the status', async () => {
    const id = await createEvent({ ...training, capacity: '2', applicationOpensAt: '2026-11-01T09:00' });
    await coordinator.post(`/staff/events/${id}/publish`, {});
    const registrations = await applicants(id, 3);
    expect(registrations).toHaveLength(3);
    const response = await coordinator.post(`/staff/events/${id}/change`, { change: 'cancelled', notice: '新型コロナウイルス感染症の市中感染状況により中止します。' });
    expect(response.status).toBe(303);
    const row = await eventRow(id);
    expect([row.status, row.status_notice]).toEqual(['cancelled', '新型コロナウイルス感染症の市中感染状況により中止します。']);
    const mails = await queuedMails(registrations, 'event-cancelled');
    expect(new Set(mails.map((m) => m.registrationId))).toEqual(new Set(registrations));
    expect(mails).toHaveLength(3);
    const audit = await testApp.database.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
    expect(audit.map((a) => a.action)).toEqual(['create', 'publish', 'cancel_event']);
    expect((await coordinator.post(`/staff/events/${id}/publish`, {})).status).toBe(409);
  });

  it('queues a postponement mail per applicant and lets the event be published again with new dates', async () => {
    const id = await createEvent({ ...training, applicationOpensAt: '2026-11-01T09:00' });
    await coordinator.post(`/staff/events/${id}/publish`, {});
    const registrations = await applicants(id, 2);
    expect((await coordinator.post(`/staff/events/${id}/change`, { change: 'postponed', notice: '大雪のため延期します。新しい日程は追ってお知らせします。' })).status).toBe(303);
    expect((await queuedMails(registrations, 'event-postponed')).map((m) => m.registrationId).sort()).toEqual([...registrations].sort());
    expect((await eventRow(id)).status).toBe('postponed');
    expect((await coordinator.post(`/staff/events/${id}/publish`, {})).status).toBe(303);
    expect((await eventRow(id)).status).toBe('published');
  });
});
