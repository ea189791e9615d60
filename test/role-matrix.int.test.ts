import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Every route of volunteers, help requests, matching, coordinator activities, figures and local issues, walked by
// every role: allowed means neither refused (403/401) nor sent to sign in.
type Role = 'anonymous' | 'staff' | 'coordinator' | 'admin';
type Route = { method: 'GET' | 'POST' | 'JSON'; path: () => string; allowed: Role[] };

let testApp: TestApp;
const clients = {} as Record<Role, TestClient>;
const ids = { volunteerA: '', volunteerB: '', requestA: '', requestB: '', activityOwn: '', activityOther: '', areaA: '', issueOwn: '', issueOther: '' };
const noOutcome = '00000000-0000-4000-8000-000000000000';

const everyone: Role[] = ['anonymous', 'staff', 'coordinator', 'admin'];
const signedIn: Role[] = ['staff', 'coordinator', 'admin'];
const personal: Role[] = ['coordinator', 'admin'];
const adminOnly: Role[] = ['admin'];

const routes: Route[] = [
  { method: 'GET', path: () => '/volunteers/apply', allowed: everyone },
  { method: 'GET', path: () => '/help/request', allowed: everyone },
  { method: 'GET', path: () => '/api/v1/help-types', allowed: everyone },
  { method: 'GET', path: () => '/staff/volunteers', allowed: personal },
  { method: 'GET', path: () => '/staff/volunteers.csv', allowed: adminOnly },
  { method: 'GET', path: () => '/staff/volunteers/new', allowed: personal },
  { method: 'GET', path: () => '/staff/volunteers/help-types', allowed: adminOnly },
  { method: 'POST', path: () => '/staff/volunteers/help-types', allowed: adminOnly },
  { method: 'GET', path: () => `/staff/volunteers/${ids.volunteerA}`, allowed: personal },
  { method: 'GET', path: () => `/staff/volunteers/${ids.volunteerA}/edit`, allowed: personal },
  { method: 'GET', path: () => `/staff/volunteers/${ids.volunteerB}`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/volunteers/${ids.volunteerB}`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/volunteers/${ids.volunteerB}/status`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/volunteers/${ids.volunteerB}/insurance`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/volunteers/${ids.volunteerA}/link`, allowed: personal },
  { method: 'POST', path: () => `/staff/volunteers/${ids.volunteerB}/link`, allowed: adminOnly },
  { method: 'GET', path: () => '/api/v1/volunteers', allowed: personal },
  { method: 'GET', path: () => `/api/v1/volunteers/${ids.volunteerA}`, allowed: personal },
  { method: 'GET', path: () => `/api/v1/volunteers/${ids.volunteerB}`, allowed: adminOnly },
  { method: 'GET', path: () => '/staff/help-requests', allowed: personal },
  { method: 'GET', path: () => '/staff/help-requests.csv', allowed: adminOnly },
  { method: 'GET', path: () => '/staff/help-requests/intake', allowed: personal },
  { method: 'POST', path: () => '/staff/help-requests/intake', allowed: personal },
  { method: 'JSON', path: () => '/staff/help-requests/drafts', allowed: personal },
  { method: 'GET', path: () => `/staff/help-requests/${ids.requestA}`, allowed: personal },
  { method: 'GET', path: () => `/staff/help-requests/${ids.requestB}`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/help-requests/${ids.requestB}/status`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/help-requests/${ids.requestB}/contacts`, allowed: adminOnly },
  { method: 'GET', path: () => `/staff/help-requests/${ids.requestA}/matches`, allowed: personal },
  { method: 'GET', path: () => `/staff/help-requests/${ids.requestB}/matches`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/help-requests/${ids.requestB}/matches`, allowed: adminOnly },
  { method: 'GET', path: () => '/staff/figures', allowed: signedIn },
  { method: 'GET', path: () => '/staff/figures.csv', allowed: signedIn },
  // Coordinator activities: own entries for coordinators (activityOwn is yamada's), every entry for admins.
  { method: 'GET', path: () => '/staff/coordinator-activities', allowed: personal },
  { method: 'GET', path: () => '/staff/coordinator-activities/new', allowed: personal },
  { method: 'POST', path: () => '/staff/coordinator-activities', allowed: personal },
  { method: 'GET', path: () => `/staff/coordinator-activities/${ids.activityOwn}/edit`, allowed: personal },
  { method: 'GET', path: () => `/staff/coordinator-activities/${ids.activityOther}/edit`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/coordinator-activities/${ids.activityOwn}`, allowed: personal },
  { method: 'POST', path: () => `/staff/coordinator-activities/${ids.activityOther}`, allowed: adminOnly },
  { method: 'GET', path: () => `/staff/coordinator-activities/${ids.activityOwn}/delete`, allowed: personal },
  { method: 'GET', path: () => `/staff/coordinator-activities/${ids.activityOther}/delete`, allowed: adminOnly },
  // Local issues: every staff role reads the register; coordinators change their areas' issues (issueOwn is in A地域), admins all.
  { method: 'GET', path: () => `/areas/${ids.areaA}/community`, allowed: everyone },
  { method: 'GET', path: () => `/areas/${ids.areaA}/community.ics`, allowed: everyone },
  { method: 'GET', path: () => `/local-issues/${ids.issueOwn}`, allowed: everyone },
  { method: 'GET', path: () => '/api/v1/councils', allowed: everyone },
  { method: 'GET', path: () => '/api/v1/meetings', allowed: everyone },
  { method: 'GET', path: () => '/api/v1/local-issues', allowed: everyone },
  { method: 'GET', path: () => '/staff/local-issues', allowed: signedIn },
  { method: 'GET', path: () => '/staff/local-issues/new', allowed: personal },
  { method: 'POST', path: () => '/staff/local-issues', allowed: personal },
  { method: 'GET', path: () => `/staff/local-issues/${ids.issueOwn}`, allowed: signedIn },
  { method: 'GET', path: () => `/staff/local-issues/${ids.issueOther}`, allowed: signedIn },
  { method: 'GET', path: () => `/staff/local-issues/${ids.issueOwn}/edit`, allowed: personal },
  { method: 'GET', path: () => `/staff/local-issues/${ids.issueOther}/edit`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOwn}`, allowed: personal },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOther}`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOwn}/updates`, allowed: personal },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOther}/updates`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOwn}/raise`, allowed: personal },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOther}/raise`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOther}/answer`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOwn}/outcomes`, allowed: personal },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOther}/outcomes`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOwn}/outcomes/${noOutcome}/delete`, allowed: personal },
  { method: 'POST', path: () => `/staff/local-issues/${ids.issueOther}/outcomes/${noOutcome}/delete`, allowed: adminOnly },
  // Last: these delete the entries (the admin then finds the coordinator's own one gone: 404, not refused).
  { method: 'POST', path: () => `/staff/coordinator-activities/${ids.activityOther}/delete`, allowed: adminOnly },
  { method: 'POST', path: () => `/staff/coordinator-activities/${ids.activityOwn}/delete`, allowed: personal },
];

beforeAll(async () => {
  testApp = await createTestApp({ demoStories: true });
  for (const [role, email] of [['staff', 'staff@example.jp'], ['coordinator', 'yamada@example.jp'], ['admin', 'admin@example.jp']] as const) {
    clients[role] = createClient(testApp);
    await clients[role].signIn(email);
  }
  clients.anonymous = createClient(testApp);
  await clients.anonymous.get('/volunteers/apply');
  const volunteers = ((await (await clients.admin.get('/api/v1/volunteers')).json()) as { volunteers: { id: string; name: string }[] }).volunteers;
  ids.volunteerA = volunteers.find((v) => v.name === '近藤 さくら')!.id;
  ids.volunteerB = volunteers.find((v) => v.name === '春野 みどり')!.id;
  const list = await (await clients.admin.get('/staff/help-requests')).text();
  ids.requestA = list.match(/href="\/staff\/help-requests\/([0-9a-f-]{36})">北野 ハル/)![1]!;
  ids.requestB = list.match(/href="\/staff\/help-requests\/([0-9a-f-]{36})">片付 ヨシ/)![1]!;
  // The demo's own coordinator activities: one of yamada's, one of 田村's (who has no account).
  const activities = await (await clients.admin.get('/staff/coordinator-activities')).text();
  const activityOf = (counterpart: string) => activities.match(new RegExp(`href="/staff/coordinator-activities/([0-9a-f-]{36})/edit" aria-label="[^"]*${counterpart}"`))![1]!;
  ids.activityOwn = activityOf('スーパーまるとみ豊岡店');
  ids.activityOther = activityOf('永山町内会');
  // Two issues: a public one of yamada's A地域, one of B地域 only.
  const areaRows = await testApp.database.query('SELECT id, name FROM areas WHERE tenant_id = $1', [testApp.demo.id]);
  ids.areaA = areaRows.find((r) => r.name === 'A地域')!.id as string;
  const issue = async (title: string, area: string) => {
    await clients.admin.get('/staff/local-issues/new');
    const created = await clients.admin.postFields('/staff/local-issues', [['title', title], ['areaIds', area], ['source', 'needs_survey'], ['raisedOn', '2026-10-01'], ['isPublic', 'on']]);
    return created.headers.get('location')!.split('/').pop()!;
  };
  ids.issueOwn = await issue('A地域の課題', ids.areaA);
  ids.issueOther = await issue('B地域の課題', areaRows.find((r) => r.name === 'B地域')!.id as string);
});
afterAll(async () => testApp.close());

async function send(client: TestClient, route: Route): Promise<Response> {
  if (route.method === 'GET') return client.get(route.path());
  if (route.method === 'JSON') return client.json('POST', route.path(), { draftId: '', fields: {} });
  return client.post(route.path(), {});
}

function isRefused(response: Response): boolean {
  const location = response.headers.get('location') ?? '';
  return response.status === 401 || response.status === 403 || (response.status === 303 && location.startsWith('/login'));
}

describe('every route × every role', () => {
  for (const route of routes) {
    for (const role of everyone) {
      const expected = route.allowed.includes(role) ? 'allowed' : 'refused';
      it(`${route.method} ${route.path.toString().match(/`([^`]+)`|'([^']+)'/)?.slice(1).find(Boolean)} is ${expected} for ${role}`, async () => {
        const response = await send(clients[role], route);
        expect(response.status, `${route.path()} ${role}`).toBeLessThan(500);
        expect(isRefused(response) ? 'refused' : 'allowed', `${route.method} ${route.path()} as ${role}: ${response.status}`).toBe(expected);
      });
    }
  }
});
