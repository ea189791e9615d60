import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

let testApp: TestApp;
let admin: TestClient;

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: String(vevent.getFirstPropertyValue('status') ?? ''),
      url: String(vevent.getFirstPropertyValue('url') ?? ''),
    };
  });
}

async function calendar(path: string) {
  const response = await createClient(testApp).get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/calendar');
  return parseEvents(await response.text());
}

async function publishedEvent(form: Record<string, string>): Promise<string> {
  await admin.get('/staff/events/new');
  const created = await admin.post('/staff/events', form);
  expect(created.status, await created.clone().text()).toBe(303);
  const id = created.headers.get('location')!.split('/').pop()!;
  expect((await admin.post(`/staff/events/${id}/publish`, {})).status).toBe(303);
  return id;
}

const base = { kind: 'exchange', inPerson: 'on', venueName: '東光地区センター', venueAddress: '北海道旭川市東光15条5丁目', applicationOpensAt: '2026-11-01T09:00', applicationClosesAt: '2027-02-01T17:00' };

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
});
afterAll(async () => testApp.close());

describe('iCalendar', () => {
  it('lists upcoming public events in the feed with times, place, description and link, and no drafts or past events', async () => {
    const draftForm = { ...base, title: '下書きの交流会', startsAt: '2027-02-10T10:00', endsAt: '2027-02-10T12:00' };
    await admin.get('/staff/events/new');
    expect((await admin.post('/staff/events', draftForm)).status).toBe(303);
    const events = await calendar('/events.ics');
    const titles = events.map((e) => e.summary);
    expect(titles).toContain('冬の見守り・除雪ボランティア入門講座');
    expect(titles).not.toContain('下書きの交流会');
    expect(titles).not.toContain('令和３年度ボランティア研修「コロナ禍で光るささえ合い」');
    const training = events.find((e) => e.summary === '冬の見守り・除雪ボランティア入門講座')!;
    expect([training.start, training.end]).toEqual(['2027-01-23T04:30:00.000Z', '2027-01-23T06:00:00.000Z']);
    expect(training.location).toContain('旭川市ときわ市民ホール 多目的室');
    expect(training.description).toContain('安全な除雪のコツ');
    expect(training.status).toBe('CONFIRMED');
    expect(training.url).toMatch(/^http:\/\/localhost\/events\/[0-9a-f-]{36}$/);
  });

  it('marks a cancelled event STATUS:CANCELLED with the notice, keeping the same UID', async () => {
    const id = await publishedEvent({ ...base, title: '東光ボランティア交流会（冬）', startsAt: '2027-02-14T13:00', endsAt: '2027-02-14T15:00' });
    const [before] = await calendar(`/events/${id}/event.ics`);
    expect(before!.status).toBe('CONFIRMED');
    expect((await admin.post(`/staff/events/${id}/change`, { change: 'cancelled', notice: '大雪のため中止します。' })).status).toBe(303);
    const [after] = await calendar(`/events/${id}/event.ics`);
    expect(after).toMatchObject({ uid: before!.uid, status: 'CANCELLED', summary: '東光ボランティア交流会（冬）' });
    expect(after!.description).toContain('大雪のため中止します。');
    expect((await calendar('/events.ics')).find((e) => e.uid === before!.uid)?.status).toBe('CANCELLED');
  });

  it('gives one past event its own file with the programme, and never a draft', async () => {
    const [row] = await testApp.database.query(`SELECT id FROM events WHERE title = '令和7年度生活支援コーディネーター研究協議会'`);
    const [conference] = await calendar(`/events/${row!.id}/event.ics`);
    expect([conference!.start, conference!.end]).toEqual(['2026-03-26T01:00:00.000Z', '2026-03-26T07:00:00.000Z']);
    expect(conference!.location).toContain('ライブ配信');
    expect(conference!.description).toContain('【グループワーク】');
    expect(conference!.description).not.toContain('example.jp/zoom');
    const [draft] = await testApp.database.query(`SELECT id FROM events WHERE status = 'draft' LIMIT 1`);
    expect((await createClient(testApp).get(`/events/${draft!.id}/event.ics`)).status).toBe(404);
  });
});
