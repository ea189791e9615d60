import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('signing in and out', () => {
  it('starts a session in an HttpOnly, SameSite cookie and lands on the staff home', async () => {
    const client = createClient(testApp);
    await client.get('/login');
    const response = await client.post('/login', { email: 'ADMIN@example.jp', password: 'sasaeai-demo-2026' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/staff');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('sasaeai_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const home = await client.get('/staff');
    expect(await home.text()).toContain('管理者 太郎');
  });

  it('marks the session cookie Secure behind a TLS proxy', async () => {
    const proxied = await createTestApp({ trustProxy: true });
    try {
      const login = await proxied.app.request('http://localhost/login', { headers: { 'x-forwarded-proto': 'https' } });
      const csrfCookie = login.headers.getSetCookie().find((c) => c.startsWith('sasaeai_csrf='))!;
      expect(csrfCookie).toMatch(/Secure/);
      const token = (await login.text()).match(/name="_csrf" value="([^"]+)"/)![1]!;
      const response = await proxied.app.request('http://localhost/login', {
        method: 'POST',
        headers: { 'x-forwarded-proto': 'https', 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookie.split(';')[0]! },
        body: new URLSearchParams({ _csrf: token, email: 'admin@example.jp', password: 'sasaeai-demo-2026' }),
      });
      expect(response.status).toBe(303);
      expect(response.headers.getSetCookie().find((c) => c.startsWith('sasaeai_session='))).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it('refuses a wrong password with one Japanese message that does not reveal which part was wrong', async () => {
    const client = createClient(testApp);
    await client.get('/login');
    const wrongPassword = await client.post('/login', { email: 'staff@example.jp', password: 'nope' });
    const noSuchUser = await client.post('/login', { email: 'nobody@example.jp', password: 'nope' });
    expect(wrongPassword.status).toBe(401);
    expect(noSuchUser.status).toBe(401);
    expect(await wrongPassword.text()).toContain('メールアドレスまたはパスワードが違います。');
    expect(await noSuchUser.text()).toContain('メールアドレスまたはパスワードが違います。');
  });

  it('slows a client that keeps failing across many accounts', async () => {
    const client = createClient(testApp);
    await client.get('/login');
    let last: Response | undefined;
    for (let i = 0; i < 21; i++) last = await client.post('/login', { email: `guess${i}@example.jp`, password: 'x' });
    expect(last!.status).toBe(429);
    expect(await last!.text()).toContain('ログインの失敗が多すぎます');
    testApp.clock.now = new Date(testApp.clock.now.getTime() + 16 * 60_000);
  });

  it('ends the session on sign-out so the old cookie no longer works', async () => {
    const client = createClient(testApp);
    await client.signIn('staff@example.jp');
    const oldCookie = client.cookies.get('sasaeai_session')!;
    await client.post('/logout', {});
    const reuse = await testApp.app.request('http://localhost/staff', { headers: { cookie: `sasaeai_session=${oldCookie}` }, redirect: 'manual' });
    expect(reuse.status).toBe(303);
  });

  it('never sends a signed-in person to another site after sign-in', async () => {
    for (const next of ['//evil.example/', '/\\evil.example', '/\t/evil.example', '/%09/evil.example', 'https://evil.example', '/%2F%2Fevil.example', '/\r\nSet-Cookie: x=1']) {
      const client = createClient(testApp);
      await client.get('/login');
      const response = await client.post('/login', { email: 'staff@example.jp', password: 'sasaeai-demo-2026', next });
      expect(response.status, JSON.stringify(next)).toBe(303);
      expect(response.headers.get('location'), JSON.stringify(next)).toBe('/staff');
    }
    // NUL is refused at the edge with every other unreadable input (422), before sign-in reads the form.
    const client = createClient(testApp);
    await client.get('/login');
    const refused = await client.post('/login', { email: 'staff@example.jp', password: 'sasaeai-demo-2026', next: '/staff\u0000' });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('location')).toBeNull();
  });

  it('goes back to the page of this site that asked for sign-in', async () => {
    const client = createClient(testApp);
    const asked = await client.get('/staff/volunteers?status=registered');
    const login = await client.get(asked.headers.get('location')!);
    const next = (await login.text()).match(/name="next" value="([^"]*)"/)![1]!;
    const response = await client.post('/login', { email: 'staff@example.jp', password: 'sasaeai-demo-2026', next });
    expect(response.headers.get('location')).toBe('/staff/volunteers?status=registered');
  });
});

describe('managing accounts', () => {
  it('lets an admin add an account, which can then sign in, and audits it without the password hash', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    await admin.get('/staff/users/new');
    const created = await admin.post('/staff/users', { displayName: '新人 三郎', nameReading: 'しんじん さぶろう', email: 'new@example.jp', role: 'staff', password: 'a-long-password-1' });
    expect(created.status).toBe(303);
    expect((await createClient(testApp).signIn('new@example.jp', 'a-long-password-1')).status).toBe(303);
    const audit = await (await admin.get('/staff/audit?entityType=user')).text();
    expect(audit).toContain('new@example.jp');
    expect(audit).not.toContain('$argon2');
  });

  it('refuses a duplicate email and a short password with messages beside the fields', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const response = await admin.post('/staff/users', { displayName: '重複', email: 'Staff@Example.jp', role: 'staff', password: 'short' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('12文字以上で入力してください。');
    const duplicate = await admin.post('/staff/users', { displayName: '重複', email: 'Staff@Example.jp', role: 'staff', password: 'long-enough-password' });
    expect(await duplicate.text()).toContain('このメールアドレスはすでに使われています。');
  });

  it('ends the sessions of an account that is disabled', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const victim = createClient(testApp);
    await victim.signIn('new@example.jp', 'a-long-password-1');
    expect((await victim.get('/staff')).status).toBe(200);
    const list = await (await admin.get('/staff/users')).text();
    const id = list.match(/href="\/staff\/users\/([0-9a-f-]{36})" aria-label="[^"]*新人 三郎/)![1]!;
    await admin.get(`/staff/users/${id}`);
    const saved = await admin.post(`/staff/users/${id}`, { displayName: '新人 三郎', email: 'new@example.jp', role: 'staff', password: '' });
    expect(saved.status).toBe(303);
    expect((await victim.get('/staff')).status).toBe(303);
  });

  it('keeps account pages and the audit log for admins only', async () => {
    const coordinator = createClient(testApp);
    await coordinator.signIn('yamada@example.jp');
    expect((await coordinator.get('/staff/users')).status).toBe(403);
    expect((await coordinator.get('/staff/audit')).status).toBe(403);
  });

  it('records who changed what with before and after in the audit log', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const areas = (await (await admin.get('/api/v1/areas')).json()) as { areas: { id: string; name: string }[] };
    const c = areas.areas.find((a) => a.name === 'C地域')!;
    await admin.get(`/staff/areas/${c.id}`);
    await admin.post(`/staff/areas/${c.id}`, { tier: '2', parentId: areas.areas[0]!.id, name: 'C地域', nameReading: 'しーちいき', description: '変更後の説明' });
    const rows = await testApp.database.query(`SELECT actor_name, action, before->>'description' AS before, after->>'description' AS after FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [c.id]);
    expect(rows).toEqual([{ actor_name: '管理者 太郎', action: 'update', before: '末広・東鷹栖、春光・春光台、北星・旭星の3圏域です。', after: '変更後の説明' }]);
  });
});
