import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// Behind one proxy of ours (SASAEAI_TRUST_PROXY=1, one hop): the client is
// the right-most X-Forwarded-For entry, whatever the client wrote before it.
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp({ trustProxy: true });
});
afterAll(async () => testApp.close());

let nextClient = 1;
/** A client at its own address, as our proxy reports it after whatever the client itself put in the header. */
function clientAt(spoofed = '127.0.0.1') {
  const address = `198.51.100.${nextClient++}`;
  return createClient(testApp, 'localhost', { 'x-forwarded-for': `${spoofed}, ${address}` });
}

async function signIn(client: ReturnType<typeof createClient>, email: string, password: string) {
  await client.get('/login');
  return client.post('/login', { email, password });
}

describe('the sign-in brakes', () => {
  it('count the address our proxy saw: a client that writes a new X-Forwarded-For each time is still refused after twenty failures', async () => {
    const address = `203.0.113.${nextClient++}`;
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const client = createClient(testApp, 'localhost', { 'x-forwarded-for': `10.0.${i}.1, ${address}` });
      statuses.push((await signIn(client, `guess${i}@example.jp`, 'wrong')).status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it('give parallel guesses no more than the limit: five on one address', async () => {
    const client = clientAt();
    await client.get('/login');
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => client.post('/login', { email: 'staff@example.jp', password: `parallel-${i}` })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
  });

  it('stop the failing client on that address only: the right password from another client signs in, and an address without an account gets the same answer', async () => {
    const attacker = clientAt();
    for (let i = 0; i < 5; i++) expect((await signIn(attacker, 'yamada@example.jp', `wrong-${i}`)).status).toBe(401);
    const refused = await signIn(attacker, 'yamada@example.jp', 'sasaeai-demo-2026');
    expect(refused.status).toBe(429);
    const refusedText = await refused.text();
    expect(refusedText).toContain('ログインの失敗が多すぎます');
    expect(refusedText).not.toContain('ロック');
    expect((await signIn(clientAt(), 'yamada@example.jp', 'sasaeai-demo-2026')).status).toBe(303);

    const prober = clientAt();
    for (let i = 0; i < 5; i++) expect((await signIn(prober, 'nobody@example.jp', `wrong-${i}`)).status).toBe(401);
    const noAccount = await signIn(prober, 'nobody@example.jp', 'sasaeai-demo-2026');
    expect(noAccount.status).toBe(429);
    const strip = (html: string) => html.match(/<p class="problem"[^>]*>[^<]*</)?.[0] ?? html.match(/ログインの失敗が多すぎます[^<]*/)?.[0];
    expect(strip(await noAccount.text())).toEqual(strip(refusedText));
  });
});

describe('the public forms', () => {
  const forms = [
    { name: 'help request', path: '/help/request' },
    { name: 'volunteer application', path: '/volunteers/apply' },
  ];
  for (const form of forms) {
    it(`take twenty ${form.name}s from one client in ten minutes, then ask it kindly to wait, while others go on`, async () => {
      const client = clientAt();
      await client.get(form.path);
      const statuses: number[] = [];
      // Empty forms: each is answered (422) and counted, as a filled one would be.
      for (let i = 0; i < 20; i++) statuses.push((await client.post(form.path, {})).status);
      expect(statuses.every((s) => s === 422)).toBe(true);
      const refused = await client.post(form.path, {});
      expect(refused.status).toBe(429);
      expect(await refused.text()).toContain('短い時間に続けて送信されたため');
      const other = clientAt();
      await other.get(form.path);
      expect((await other.post(form.path, {})).status).toBe(422);
      testApp.clock.now = new Date(testApp.clock.now.getTime() + 11 * 60_000);
      expect((await client.post(form.path, {})).status).toBe(422);
    });
  }

  it('limit event applications per client across the form and the API', async () => {
    const list = (await (await createClient(testApp).get('/api/v1/events')).json()) as { events: { id: string }[] };
    const eventId = list.events[0]!.id;
    const client = clientAt();
    await client.get(`/events/${eventId}/apply`);
    for (let i = 0; i < 10; i++) expect((await client.post(`/events/${eventId}/apply`, {})).status).toBe(422);
    for (let i = 0; i < 10; i++) expect((await client.json('POST', `/api/v1/events/${eventId}/applications`, {})).status).not.toBe(429);
    const refused = await client.json('POST', `/api/v1/events/${eventId}/applications`, {});
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'form_limit', message: expect.stringContaining('短い時間に続けて送信されたため') });
    expect((await client.post(`/events/${eventId}/apply`, {})).status).toBe(429);
  });
});
