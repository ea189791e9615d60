import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderToken } from '../src/features/resources/upkeep/provider-link.ts';
import { buildEvent } from './factories/event.ts';
import { buildVolunteerForm, registerVolunteer, volunteerChoices } from './factories/volunteer.ts';
import { createClient, type TestClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Pages with residents', volunteers' and applicants' details must not stay in
// a shared computer's browser cache; public pages stay as cacheable as before.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;

beforeAll(async () => {
  testApp = await createTestApp({ demoStories: true, demoResources: true });
  admin = createClient(testApp);
  yamada = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
});
afterAll(async () => testApp.close());

const cacheControl = (response: Response) => response.headers.get('cache-control');

describe('what a browser may keep', () => {
  it('keeps no staff page, staff export or API answer to a signed-in person', async () => {
    for (const path of ['/staff', '/staff/volunteers', '/staff/help-requests', '/staff/help-requests/intake', '/staff/audit', '/staff/help-requests.csv', '/staff/volunteers.csv', '/api/v1/volunteers', '/api/v1/coordinators']) {
      const response = await admin.get(path);
      expect(response.status, path).toBe(200);
      expect(cacheControl(response), path).toBe('no-store');
    }
    expect(cacheControl(await createClient(testApp).get('/staff/volunteers')), 'sign-in redirect').toBe('no-store');
  });

  it("keeps no volunteer's, applicant's or provider's personal page", async () => {
    const choices = await volunteerChoices(admin);
    const volunteerId = await registerVolunteer(admin, buildVolunteerForm(choices.district('東光'), choices.helpType('ペットの散歩'), { name: '鈴木 花子', phone: '0166-31-7777' }));
    const issued = await yamada.post(`/staff/volunteers/${volunteerId}/link`, {});
    expect(cacheControl(issued)).toBe('no-store');
    const volunteerLink = (await issued.text()).match(/href="http:\/\/localhost(\/v\/[^"]+)"/)![1]!;
    const volunteerPage = await createClient(testApp).get(volunteerLink);
    expect(volunteerPage.status).toBe(200);
    expect(cacheControl(volunteerPage)).toBe('no-store');

    const event = await buildEvent(testApp);
    const applicant = createClient(testApp);
    const form = (await (await applicant.get(`/api/v1/events/${event.id}/application-form`)).json()) as { csrfToken: string; submissionKey: string };
    const created = await testApp.app.request(`http://localhost/api/v1/events/${event.id}/applications`, {
      method: 'POST',
      body: JSON.stringify({ name: '申込 花子', nameReading: 'もうしこみ はなこ', organisation: '', role: 'resident', prefecture: '北海道', municipality: '旭川市', email: 'private@example.jp', phone: '0166-23-0742', consent: true, submissionKey: form.submissionKey, answers: {} }),
      headers: { 'content-type': 'application/json', 'x-csrf-token': form.csrfToken, cookie: [...applicant.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(created.status).toBe(201);
    expect(cacheControl(created)).toBe('no-store');
    const token = ((await created.json()) as { personalLink: string }).personalLink.split('/').pop()!;
    for (const path of [`/events/applications/${token}`, `/api/v1/applications/${token}`]) {
      const response = await applicant.get(path);
      expect(response.status, path).toBe(200);
      expect(cacheControl(response), path).toBe('no-store');
    }

    const [listing] = await testApp.database.query('SELECT id FROM resources WHERE tenant_id = $1 LIMIT 1', [testApp.demo.id]);
    const providerToken = createProviderToken(testApp.secret, testApp.demo.id, listing!.id as string, testApp.clock.now);
    const providerPage = await createClient(testApp).get(`/provider/${providerToken}`);
    expect(providerPage.status).toBe(200);
    expect(cacheControl(providerPage)).toBe('no-store');
  });

  it('leaves public pages and the public API as they were for visitors', async () => {
    const visitor = createClient(testApp);
    for (const path of ['/', '/resources', '/areas', '/events', '/help/request', '/api/v1/areas']) {
      const response = await visitor.get(path);
      expect(response.status, path).toBe(200);
      expect(cacheControl(response), path).toBeNull();
    }
  });
});
