import type { Mailer } from '../../src/platform/mail/mailer.ts';
import type { TestApp } from './test-app.ts';

export const demoPassword = 'sasaeai-demo-2026';

/**
 * A tiny browser stand-in for app.request(): it keeps cookies, sends the
 * Host header, and reads the CSRF token from the last page it was given.
 */
export function createClient(testApp: TestApp<Mailer>, host = 'localhost', extraHeaders: Record<string, string> = {}) {
  const cookies = new Map<string, string>();
  let csrfToken = '';

  async function send(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('host', host);
    for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
    if (cookies.size) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await testApp.app.request(`http://${host}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (value === '' || /Max-Age=0/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      const html = await response.clone().text();
      const match = html.match(/name="_csrf" value="([^"]+)"/);
      if (match) csrfToken = match[1]!;
    }
    return response;
  }

  return {
    cookies,
    get csrfToken() {
      return csrfToken;
    },
    get: (path: string) => send(path),
    /** Posts a form with the current CSRF token (unless `_csrf` is given, or null to omit it). */
    post: (path: string, form: Record<string, string | null>) => {
      const body = new URLSearchParams();
      if (!('_csrf' in form)) body.set('_csrf', csrfToken);
      for (const [k, v] of Object.entries(form)) if (v !== null) body.set(k, v);
      return send(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    },
    /** Posts form fields given as pairs, so a checkbox group may repeat its name; the CSRF token is added. */
    postFields: (path: string, fields: [string, string][]) => {
      const body = new URLSearchParams([['_csrf', csrfToken], ...fields]);
      return send(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    },
    json: (method: string, path: string, body?: unknown, options: { csrf?: boolean } = {}) =>
      send(path, {
        method,
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...(options.csrf === false ? {} : { 'x-csrf-token': csrfToken }) },
      }),
    /** Signs in through the real form; returns the final response. */
    async signIn(email: string, password = demoPassword): Promise<Response> {
      await send('/login');
      const response = await this.post('/login', { email, password });
      // The CSRF token is bound to the session, so pick up the new one.
      if (response.status === 303) await send('/staff');
      return response;
    },
  };
}

export type TestClient = ReturnType<typeof createClient>;
