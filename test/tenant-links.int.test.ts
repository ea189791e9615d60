import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventJobs } from '../src/features/events/registrations/jobs.ts';
import { resources } from '../src/features/resources/schema.ts';
import { upkeepJobs } from '../src/features/resources/upkeep/jobs.ts';
import { createUser } from '../src/features/users/service.ts';
import { runJobTick } from '../src/platform/jobs/runner.ts';
import { createTenant, type Tenant } from '../src/platform/tenancy/tenancy.ts';
import { buildEvent } from './factories/event.ts';
import { createClient, type TestClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Two tenants on one deployment (SASAEAI_BASE_URL http://localhost): 旭川,
// the demo, on it; 札幌 on its own host. Each one's links, in mails and on
// link pages, open on its own host, so its tokens never travel to another's.
let testApp: TestApp;
let sapporo: Tenant;
const sapporoHost = 'sapporo.example.jp';
let sapporoAdmin: TestClient;

beforeAll(async () => {
  testApp = await createTestApp({ demoEvents: false });
  sapporo = await createTenant(testApp.database.db, { slug: 'sapporo', name: '札幌市社会福祉協議会', hosts: [sapporoHost] });
  await createUser({ db: testApp.database.db, tenantId: sapporo.id, actor: null, now: testApp.clock.now, requestId: 't' }, { email: 'admin@example.jp', displayName: '札幌 管理者', nameReading: '', role: 'admin', password: 'sapporo-password-1' }, { asSystem: true });
  sapporoAdmin = createClient(testApp, sapporoHost);
  await sapporoAdmin.signIn('admin@example.jp', 'sapporo-password-1');
});
afterAll(async () => testApp.close());

const deps = () => ({ secret: testApp.secret, baseUrl: 'http://localhost', mailer: testApp.mailer });
const tenantInfo = async () => ({ name: '社協', intervalMonths: 12 });

async function apply(host: string, eventId: string, email: string): Promise<void> {
  const client = createClient(testApp, host);
  const form = await (await client.get(`/events/${eventId}/apply`)).text();
  const submissionKey = form.match(/name="submissionKey" value="([^"]+)"/)![1]!;
  const response = await client.post(`/events/${eventId}/apply`, { submissionKey, name: '札幌 花子', nameReading: 'さっぽろ はなこ', role: 'coordinator', prefecture: '北海道', email, phone: '011-231-0000', consent: 'on' });
  expect(response.status).toBe(303);
}

const linksIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s"<]+/g)].map((m) => m[0]);

describe("each tenant's links", () => {
  it("put an applicant's personal link and check-in address on the tenant's own host, and the link opens there", async () => {
    const sapporoEvent = await buildEvent({ ...testApp, demo: sapporo }, { title: '札幌の研修' });
    const asahikawaEvent = await buildEvent(testApp, { title: '旭川の研修' });
    await apply(sapporoHost, sapporoEvent.id, 'sapporo-applicant@example.jp');
    await apply('localhost', asahikawaEvent.id, 'asahikawa-applicant@example.jp');
    await runJobTick(testApp.database, eventJobs(deps()), testApp.clock.now);
    const mailTo = (to: string) => testApp.mailer.sent.find((m) => m.to === to)!;
    const sapporoLinks = linksIn(mailTo('sapporo-applicant@example.jp').text);
    expect(sapporoLinks.length).toBeGreaterThanOrEqual(2);
    for (const link of sapporoLinks) expect(link).toMatch(/^http:\/\/sapporo\.example\.jp\//);
    const personal = sapporoLinks.find((l) => l.includes('/events/applications/'))!;
    expect((await createClient(testApp, sapporoHost).get(new URL(personal).pathname)).status).toBe(200);
    for (const link of linksIn(mailTo('asahikawa-applicant@example.jp').text)) expect(link).toMatch(/^http:\/\/localhost\//);
  });

  it("give the tenant's host in the events API and feed", async () => {
    const api = (await (await createClient(testApp, sapporoHost).get('/api/v1/events')).json()) as { events: { url: string }[] };
    expect(api.events.length).toBeGreaterThan(0);
    for (const event of api.events) expect(event.url).toMatch(/^http:\/\/sapporo\.example\.jp\/events\//);
    const feed = await (await createClient(testApp, sapporoHost).get('/events.ics')).text();
    expect(feed).toContain('http://sapporo.example.jp/events/');
    expect(feed).not.toContain('http://localhost/');
  });

  it("put a provider's link on the tenant's host, on the link page and in the confirmation mail", async () => {
    const [listing] = await testApp.database.db
      .insert(resources)
      .values({ tenantId: sapporo.id, name: '札幌サロン', schedule: { rules: [], season: null, note: '' }, email: 'provider@example.jp', confirmedOn: '2025-01-10' })
      .returning({ id: resources.id });
    const page = await (await sapporoAdmin.post(`/staff/resources/${listing!.id}/provider-link`, {})).text();
    expect(page).toMatch(/http:\/\/sapporo\.example\.jp\/provider\/[A-Za-z0-9_-]+/);
    expect(page).not.toContain('http://localhost/provider/');
    await runJobTick(testApp.database, upkeepJobs({ ...deps(), tenantInfo }), testApp.clock.now);
    const mail = testApp.mailer.sent.find((m) => m.to === 'provider@example.jp')!;
    expect(linksIn(mail.text)).toEqual([expect.stringMatching(/^http:\/\/sapporo\.example\.jp\/provider\//)]);
  });
});
