import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

type EventJson = Record<string, unknown> & { id: string; title: string; sessions?: { title: string; speakers: { name: string }[] }[] };

async function list(query = ''): Promise<EventJson[]> {
  const response = await createClient(testApp).get(`/api/v1/events${query}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: EventJson[] }).events;
}

describe('events API', () => {
  it('lists upcoming public events by default', async () => {
    const events = await list();
    expect(events.map((e) => e.title)).toEqual(['冬の見守り・除雪ボランティア入門講座']);
    expect(events[0]).toMatchObject({ status: 'published', feeYen: 0, capacity: 12, startsAt: '2027-01-23T04:30:00.000Z' });
  });

  it('lists the events of a range of Japan days, with from and to inclusive', async () => {
    const fy2020 = await list('?from=2020-04-01&to=2021-03-31');
    expect(fy2020).toHaveLength(10);
    expect((await list('?from=2021-09-18&to=2021-09-18')).map((e) => e.title)).toEqual(['令和３年度ボランティア研修「コロナ禍で光るささえ合い」']);
    const refused = await createClient(testApp).get('/api/v1/events?from=2021-09-19&to=2021-09-18');
    expect(refused.status).toBe(422);
    expect((await createClient(testApp).get('/api/v1/events?from=yesterday')).status).toBe(422);
  });

  it('gives one event with its programme and speakers, and never a meeting or video link', async () => {
    const [conference] = await list('?from=2026-03-26&to=2026-03-26');
    const response = await createClient(testApp).get(`/api/v1/events/${conference!.id}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const detail = JSON.parse(text) as EventJson;
    expect(detail.sessions!.map((s) => s.title)).toContain('【実践報告】');
    expect(detail.sessions!.flatMap((s) => s.speakers.map((p) => p.name))).toContain('永濱 旭');
    expect(detail).toMatchObject({ capacity: 500, feeYen: 1000, onDemand: true, liveOnline: true, onDemandUntil: '2026-04-30T14:59:00.000Z' });
    expect(detail.cancellationPolicy).toBe('ご入金後のキャンセルは返金できません。ご了承ください。');
    for (const secret of ['example.jp/zoom', 'zcwvc.net', 'liveUrl', 'onDemandUrl', 'accessPassword']) expect(text).not.toContain(secret);
  });

  it('answers 404 for a draft, an unknown id and another shape of id', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    await admin.get('/staff/events/new');
    const created = await admin.post('/staff/events', { title: '下書き', kind: 'other', inPerson: 'on', startsAt: '2027-03-01T10:00', endsAt: '2027-03-01T11:00', applicationOpensAt: '2027-01-01T10:00', applicationClosesAt: '2027-02-01T10:00' });
    const draftId = created.headers.get('location')!.split('/').pop()!;
    expect((await createClient(testApp).get(`/api/v1/events/${draftId}`)).status).toBe(404);
    expect((await createClient(testApp).get('/api/v1/events/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await createClient(testApp).get('/api/v1/events/abc')).status).toBe(422);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await createClient(testApp).get('/api/openapi.json')).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, { properties: Record<string, unknown> }> } };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/events', '/api/v1/events/{id}']));
    expect(Object.keys(doc.components.schemas.EventDetail!.properties)).toContain('sessions');
    expect(Object.keys(doc.components.schemas.Event!.properties)).not.toContain('liveUrl');
  });
});
