import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent } from '../../../../test/factories/event.ts';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

let testApp: TestApp;
let admin: TestClient;

beforeAll(async () => {
  testApp = await createTestApp({ demoStories: true });
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
});
afterAll(async () => testApp.close());

describe('training records of volunteers', () => {
  it('shows a training on the volunteer profile once its application is linked to the volunteer, with attendance', async () => {
    const [volunteer] = await testApp.database.query("SELECT id, name, email, phone FROM volunteers WHERE tenant_id = $1 AND status = 'registered' ORDER BY name_reading LIMIT 1", [testApp.demo.id]);
    const training = await buildEvent(testApp, { title: '傾聴ボランティア養成講座', isVolunteerTraining: true });
    const applicant = createClient(testApp);
    const form = await (await applicant.get(`/events/${training.id}/apply`)).text();
    const key = form.match(/name="submissionKey" value="([^"]+)"/)![1]!;
    await applicant.post(`/events/${training.id}/apply`, {
      submissionKey: key, name: volunteer!.name as string, nameReading: 'ぼらんてぃあ', role: 'volunteer', prefecture: '北海道', municipality: '旭川市',
      email: (volunteer!.email as string) || 'volunteer-link@example.jp', phone: (volunteer!.phone as string) || '0166-00-0000', consent: 'on',
    });
    const [registration] = await testApp.database.query('SELECT id, reference FROM event_registrations WHERE event_id = $1', [training.id]);
    const page = await (await admin.get(`/staff/events/${training.id}/participants/${registration!.id}`)).text();
    expect(page).toContain('ボランティア登録との結びつけ');
    expect(page).toContain(`★ ${volunteer!.name as string}`);

    const linked = await admin.post(`/staff/events/${training.id}/participants/${registration!.id}/volunteer`, { volunteerId: volunteer!.id as string });
    expect(linked.status).toBe(303);
    await admin.get(`/staff/events/${training.id}/check-in`);
    await admin.post(`/staff/events/${training.id}/check-in/${registration!.id}`, { arrived: 'yes', q: '' });
    const profile = await (await admin.get(`/staff/volunteers/${volunteer!.id as string}`)).text();
    expect(profile).toContain('受講した研修・養成講座');
    expect(profile).toContain('傾聴ボランティア養成講座');
    expect(profile).toMatch(/傾聴ボランティア養成講座<\/a>[^<]*<strong>出席<\/strong>/);
  });
});
