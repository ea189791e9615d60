import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent } from './factories/event.ts';
import { createClient, type TestClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Reading applicants' details, and being refused personal data, each leave a
// row in the audit log that names who and which record (ids, never names).
let testApp: TestApp;
let staff: TestClient;
let coordinator: TestClient;

beforeAll(async () => {
  testApp = await createTestApp({ demoStories: true });
  staff = createClient(testApp);
  await staff.signIn('staff@example.jp');
  coordinator = createClient(testApp);
  await coordinator.signIn('yamada@example.jp');
});
afterAll(async () => testApp.close());

async function auditRows(action: string, entityType: string) {
  return testApp.database.query("SELECT a.entity_id, a.after, u.email FROM audit_log a JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.actor_user_id WHERE a.action = $1 AND a.entity_type = $2 ORDER BY a.id", [action, entityType]);
}

describe('the audit trail of reads', () => {
  it("records a staff member's viewing of an event's applicants and of one applicant", async () => {
    const event = await buildEvent(testApp, { title: '監査の研修' });
    const visitor = createClient(testApp);
    const form = await (await visitor.get(`/events/${event.id}/apply`)).text();
    const submissionKey = form.match(/name="submissionKey" value="([^"]+)"/)![1]!;
    await visitor.post(`/events/${event.id}/apply`, { submissionKey, name: '監査 花子', nameReading: 'かんさ はなこ', role: 'coordinator', prefecture: '北海道', email: 'kansa@example.jp', phone: '0166-23-0742', consent: 'on' });
    const [registration] = await testApp.database.query('SELECT id FROM event_registrations WHERE event_id = $1', [event.id]);

    expect((await staff.get(`/staff/events/${event.id}/participants`)).status).toBe(200);
    expect((await staff.get(`/staff/events/${event.id}/participants/${registration!.id}`)).status).toBe(200);
    const lists = await auditRows('view', 'event_participants');
    expect(lists.at(-1)).toMatchObject({ entity_id: event.id, email: 'staff@example.jp', after: { rows: 1 } });
    const ones = await auditRows('view', 'event_registration');
    expect(ones.at(-1)).toMatchObject({ entity_id: registration!.id, email: 'staff@example.jp', after: { eventId: event.id } });
    expect(JSON.stringify([...lists, ...ones])).not.toContain('監査 花子');
  });

  it("records a refused read of personal data: another area's resident for a coordinator, volunteers for staff", async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const list = await (await admin.get('/staff/help-requests')).text();
    const otherArea = list.match(/href="\/staff\/help-requests\/([0-9a-f-]{36})">片付 ヨシ/)![1]!;
    expect((await coordinator.get(`/staff/help-requests/${otherArea}`)).status).toBe(403);
    expect((await staff.get('/staff/volunteers')).status).toBe(403);
    const refused = await auditRows('refused', 'request');
    expect(refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity_id: `GET /staff/help-requests/${otherArea}`, email: 'yamada@example.jp' }),
        expect.objectContaining({ entity_id: 'GET /staff/volunteers', email: 'staff@example.jp' }),
      ]),
    );
  });
});
