import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent } from './factories/event.ts';
import { createClient, type TestClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Whatever bytes arrive, the answer is a refusal with a status, never a 500.
let testApp: TestApp;
let admin: TestClient;
let eventId: string;
const refusal = '使えない文字';

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
  eventId = (await buildEvent(testApp, { questions: [{ id: 'memo', label: '連絡事項', kind: 'text', options: [], required: false }] })).id;
});
afterAll(async () => testApp.close());

// Raw, already URL-encoded: a NUL, a lone surrogate as UTF-8 would encode it, and bytes that are not UTF-8.
const hostileEncoded = { nul: 'a%00b', surrogate: '%ED%A0%80', notUtf8: '%FF%FE' };
const hostileJson = { nul: '"a\\u0000b"', surrogate: '"\\ud800"' };
const formFields = ['name', 'email', 'password', 'residentName', 'description', 'q', 'q_memo', 'nameReading', 'address', 'next'];

type Sender = { client: TestClient; path: string };

async function sendRaw(client: TestClient, path: string, init: { method?: string; body?: string; type?: string; csrf?: boolean; cookie?: string }): Promise<Response> {
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') + (init.cookie ? `; ${init.cookie}` : '');
  const headers: Record<string, string> = { host: 'localhost', cookie };
  if (init.type) headers['content-type'] = init.type;
  if (init.csrf !== false) headers['x-csrf-token'] = client.csrfToken;
  return testApp.app.request(`http://localhost${path}`, { method: init.method ?? 'POST', body: init.body, headers, redirect: 'manual' });
}

async function formSenders(): Promise<Sender[]> {
  const visitor = createClient(testApp);
  await visitor.get('/help/request');
  const publicPaths = ['/help/request', '/volunteers/apply', `/events/${eventId}/apply`, '/login'];
  const staffPaths = ['/staff/help-requests/intake', '/staff/volunteers', '/staff/areas', '/staff/resources', `/staff/events/${eventId}/check-in/00000000-0000-4000-8000-000000000000`, '/staff/users'];
  return [...publicPaths.map((path) => ({ client: visitor, path })), ...staffPaths.map((path) => ({ client: admin, path }))];
}

describe('hostile input', () => {
  it('refuses NUL, lone surrogates and bytes that are not UTF-8 in every form with 422 and a Japanese message', async () => {
    for (const { client, path } of await formSenders()) {
      for (const [kind, value] of Object.entries(hostileEncoded)) {
        const body = `_csrf=${client.csrfToken}&submissionKey=k${'x'.repeat(30)}&consent=on&${formFields.map((f) => `${f}=${value}`).join('&')}`;
        const response = await sendRaw(client, path, { body, type: 'application/x-www-form-urlencoded' });
        expect(response.status, `${path} ${kind}`).toBe(422);
        expect(await response.text(), `${path} ${kind}`).toContain(refusal);
      }
    }
  });

  it('refuses them in query strings too, on public and staff pages', async () => {
    const cases: [TestClient, string][] = [
      [createClient(testApp), '/resources?q='], [createClient(testApp), '/login?next='], [admin, `/staff/events/${eventId}/check-in?q=`],
      [admin, '/staff/help-requests/intake?q='], [admin, '/staff/volunteers?status='],
    ];
    for (const [client, path] of cases) {
      for (const [kind, value] of Object.entries(hostileEncoded)) {
        const response = await client.get(`${path}${value}`);
        expect(response.status, `${path} ${kind}`).toBe(422);
      }
    }
  });

  it('refuses them in JSON bodies, with a JSON answer on the API', async () => {
    for (const [kind, value] of Object.entries(hostileJson)) {
      const api = await sendRaw(admin, '/api/v1/areas', { body: `{"tier":2,"name":${value}}`, type: 'application/json' });
      expect(api.status, `api ${kind}`).toBe(422);
      expect(((await api.json()) as { error: { code: string; message: string } }).error, kind).toMatchObject({ code: 'invalid_text' });
      const draft = await sendRaw(admin, '/staff/help-requests/drafts', { body: `{"draftId":"","fields":{"residentName":${value}}}`, type: 'application/json' });
      expect(draft.status, `draft ${kind}`).toBe(422);
      const form = (await (await createClient(testApp).get(`/api/v1/events/${eventId}/application-form`)).json()) as { csrfToken: string };
      expect(form.csrfToken).toBeTruthy();
    }
    const notUtf8 = await testApp.app.request('http://localhost/api/v1/areas', {
      method: 'POST', body: new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]),
      headers: { host: 'localhost', 'content-type': 'application/json', 'x-csrf-token': admin.csrfToken, cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(notUtf8.status).toBe(422);
  });

  it('answers malformed bodies, wrong content types and broken cookies without a 500', async () => {
    const checks: [string, Promise<Response>, number[]][] = [
      ['malformed multipart', sendRaw(admin, '/staff/resources/import', { body: '--x\r\nnot a part', type: 'multipart/form-data; boundary=x' }), [400]],
      ['multipart without boundary', sendRaw(admin, '/staff/areas', { body: 'name=a', type: 'multipart/form-data' }), [400]],
      ['malformed JSON', sendRaw(admin, '/api/v1/areas', { body: '{"name":', type: 'application/json' }), [400]],
      ['text on the API', sendRaw(admin, '/api/v1/areas', { body: 'name=a', type: 'text/plain' }), [415, 422]],
      ['form on the API', sendRaw(admin, '/api/v1/areas', { body: 'name=a', type: 'application/x-www-form-urlencoded' }), [415, 422]],
      ['text draft', sendRaw(admin, '/staff/help-requests/drafts', { body: 'x', type: 'text/plain' }), [415, 422]],
      ['broken flash cookie', sendRaw(createClient(testApp), '/', { method: 'GET', cookie: 'sasaeai_flash=%E0%A4%A' }), [200]],
      ['NUL in next', createClient(testApp).get('/login?next=/staff%00'), [422]],
      ['CR LF in next', createClient(testApp).get('/login?next=/%0d%0aSet-Cookie:x=1'), [200]],
    ];
    for (const [name, pending, statuses] of checks) {
      const response = await pending;
      expect(statuses, `${name}: ${response.status}`).toContain(response.status);
    }
  });
});
