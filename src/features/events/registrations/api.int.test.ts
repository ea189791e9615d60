import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent } from '../../../../test/factories/event.ts';
import { createClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const body = (n: string, submissionKey: string) => ({
  name: `API 次郎${n}`, nameReading: 'えーぴーあい じろう', organisation: '', role: 'npo', prefecture: '大阪府', municipality: '枚方市',
  email: `api${n}@example.jp`, phone: '072-000-0000', consent: true, submissionKey, answers: {},
});

describe('the applications API', () => {
  it('applies, repeats idempotently, shows the application by token and cancels it', async () => {
    const event = await buildEvent(testApp, { capacity: 1 });
    const client = createClient(testApp);
    const formResponse = await client.get(`/api/v1/events/${event.id}/application-form`);
    const form = (await formResponse.json()) as { csrfToken: string; submissionKey: string; window: string };
    expect(form.window).toBe('open');
    const send = (payload: unknown) => client.json('POST', `/api/v1/events/${event.id}/applications`, payload, { csrf: false }).then((r) => r);
    const headers = { 'x-csrf-token': form.csrfToken };
    const post = (payload: unknown) =>
      testApp.app.request(`http://localhost/api/v1/events/${event.id}/applications`, { method: 'POST', body: JSON.stringify(payload), headers: { ...headers, 'content-type': 'application/json', cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });

    expect((await send(body('1', form.submissionKey))).status).toBe(403);
    const created = await post(body('1', form.submissionKey));
    expect(created.status).toBe(201);
    const application = (await created.json()) as { reference: string; status: string; personalLink: string };
    expect(application.status).toBe('confirmed');
    const again = await post(body('1', form.submissionKey));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { reference: string }).reference).toBe(application.reference);

    const waiting = (await (await post(body('2', 'second-submission-key-0001'))).json()) as { status: string; waitlistPosition: number; personalLink: string };
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const duplicate = await post(body('2', 'third-submission-key-00001'));
    expect(duplicate.status).toBe(409);
    expect(((await duplicate.json()) as { error: { code: string } }).error.code).toBe('already_applied');
    const invalid = await post({ ...body('3', 'fourth-submission-key-0001'), email: 'x', consent: false });
    expect(invalid.status).toBe(422);
    const fields = ((await invalid.json()) as { error: { fields: { path: string; message: string }[] } }).error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['consent', 'email']);

    const token = application.personalLink.split('/').pop()!;
    const cancel = await testApp.app.request(`http://localhost/api/v1/applications/${token}/cancel`, { method: 'POST', headers: { ...headers, cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    expect(cancel.status).toBe(200);
    expect(((await cancel.json()) as { status: string }).status).toBe('cancelled');
    const promoted = await client.get(`/api/v1/applications/${waiting.personalLink.split('/').pop()}`);
    expect(((await promoted.json()) as { status: string }).status).toBe('confirmed');
    expect((await client.get(`/api/v1/applications/${token}x`)).status).toBe(404);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await (await testApp.app.request('http://localhost/api/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/events/{id}/applications', '/api/v1/applications/{token}', '/api/v1/applications/{token}/cancel']));
  });
});
