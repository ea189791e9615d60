// One applicant as a browser would be: open the form (cookie, CSRF token,
// submission key), then send it. Plain node:http over a keep-alive agent.
import http from 'node:http';

export type Reply = { status: number; location: string; cookie: string; body: string; ms: number; error?: string };

/** One request; never rejects: a failed connection is status 0 with the error's message. */
export function send(baseUrl: string, agent: http.Agent, method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  const failed = (error: Error): Reply => ({ status: 0, location: '', cookie: '', body: '', ms: elapsed(), error: error.message });
  return new Promise((resolve) => {
    const allHeaders = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const request = http.request(`${baseUrl}${path}`, { method, agent, headers: allHeaders }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', (error) => resolve(failed(error)));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          location: String(response.headers.location ?? ''),
          cookie: (response.headers['set-cookie'] ?? []).map((line) => line.split(';')[0]).join('; '),
          body: Buffer.concat(chunks).toString('utf8'),
          ms: elapsed(),
        }),
      );
    });
    request.on('error', (error) => resolve(failed(error)));
    request.end(body);
  });
}

export type FilledForm = { cookie: string; body: string };

/** Opens the application form as applicant `n` and fills it in (a mail and submission key of their own). */
export async function fillApplication(baseUrl: string, agent: http.Agent, eventId: string, n: number, tag: string): Promise<FilledForm> {
  const form = await send(baseUrl, agent, 'GET', `/events/${eventId}/apply`);
  if (form.status !== 200) throw new Error(`GET /events/${eventId}/apply answered ${form.status} ${form.error ?? ''}`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
  const submissionKey = /name="submissionKey" value="([^"]+)"/.exec(form.body)?.[1];
  if (!csrf || !submissionKey || !form.cookie) throw new Error('the application form came without a CSRF cookie, token or submission key');
  const fields = {
    _csrf: csrf,
    submissionKey,
    name: `申込 ${n}`,
    nameReading: 'もうしこみ',
    organisation: '旭川市社会福祉協議会',
    role: 'coordinator',
    prefecture: '北海道',
    municipality: '旭川市',
    email: `bench-${tag}-${n}@example.jp`,
    phone: '0166-23-0742',
    consent: 'on',
  };
  return { cookie: form.cookie, body: new URLSearchParams(fields).toString() };
}

/** Sends a filled form; a 303 to the personal page is success. */
export function sendApplication(baseUrl: string, agent: http.Agent, eventId: string, form: FilledForm): Promise<Reply> {
  return send(baseUrl, agent, 'POST', `/events/${eventId}/apply`, { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' }, form.body);
}

/** Runs `work` over `items` with at most `limit` in flight; results in input order. */
export async function mapLimited<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
