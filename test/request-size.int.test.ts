import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ordinaryBodyBytes } from '../src/platform/http/body-limit.ts';
import { createClient, type TestClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: TestClient;
beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
});
afterAll(async () => testApp.close());

const overTheLimit = 'あ'.repeat(ordinaryBodyBytes / 3 + 100);

async function send(path: string, body: BodyInit, headers: Record<string, string>, client?: TestClient): Promise<Response> {
  const cookie = client ? [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') : '';
  return testApp.app.request(`http://localhost${path}`, { method: 'POST', body, headers: { host: 'localhost', ...(cookie ? { cookie } : {}), ...headers }, redirect: 'manual' });
}

// A body sent in chunks, without Content-Length, as a streaming client would.
function chunked(text: string): { body: ReadableStream<Uint8Array>; duplex: 'half' } {
  const bytes = new TextEncoder().encode(text);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 16_384) controller.enqueue(bytes.subarray(at, at + 16_384));
      controller.close();
    },
  });
  return { body: stream, duplex: 'half' };
}

function sasaeaiCsv(rows: number): string {
  const header = '名称,名称_カナ,説明,提供団体,提供団体種別,困りごと,対象,費用,日時,郵便番号,住所,方書,緯度,経度,地域,圏域,電話番号,FAX番号,メールアドレス,URL,属性,状態,お知らせ,確認日,公開,ID';
  const description = 'お茶を飲みながらおしゃべりします。季節の行事もあります。'.repeat(8);
  const lines = Array.from({ length: rows }, (_, i) => `大きな取り込みサロン${i},さろん,${description},東光地区町内会連合会,住民主体,交流・サロン,どなたでも,無料,毎週水曜 10:00〜12:00,078-8359,旭川市東光9条${i}丁目,,,,A地域,東光,0166-31-1234,,,,,活動中,,,公開,`);
  return `\uFEFF${[header, ...lines].join('\r\n')}\r\n`;
}

describe('the size of what is sent', () => {
  it('refuses a large anonymous form by its Content-Length with 413 and a Japanese page', async () => {
    const body = new URLSearchParams({ residentName: overTheLimit }).toString();
    const response = await send('/help/request', body, { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('送信された内容が大きすぎます（256 KBまで）');
  });

  it('refuses a large form sent without Content-Length once it passes the limit', async () => {
    const { body, duplex } = chunked(new URLSearchParams({ description: overTheLimit }).toString());
    const response = await testApp.app.request('http://localhost/volunteers/apply', { method: 'POST', body, duplex, headers: { 'content-type': 'application/x-www-form-urlencoded' } } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers a large JSON body on the API with a JSON 413', async () => {
    const body = JSON.stringify({ name: overTheLimit });
    const response = await send('/api/v1/areas', body, { 'content-type': 'application/json', 'x-csrf-token': admin.csrfToken }, admin);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('still takes an import file larger than an ordinary form, through upload and confirmation', async () => {
    const csv = sasaeaiCsv(500);
    expect(new TextEncoder().encode(csv).length).toBeGreaterThan(ordinaryBodyBytes);
    await admin.get('/staff/resources/import');
    const form = new FormData();
    form.set('_csrf', admin.csrfToken);
    form.set('file', new Blob([csv]), 'large.csv');
    const preview = await send('/staff/resources/import', form, {}, admin);
    expect(preview.status).toBe(200);
    const fileData = (await preview.text()).match(/name="fileData" value="([^"]+)"/)![1]!;
    const applied = await admin.post('/staff/resources/import/apply', { fileName: 'large.csv', fileData, skipInvalid: 'on' });
    expect(applied.status).toBe(200);
    expect(await applied.text()).toContain('取り込みました');
    const [row] = await testApp.database.query("SELECT count(*)::int AS n FROM resources WHERE name LIKE '大きな取り込みサロン%'");
    expect(Number(row!.n)).toBe(500);
  });

  it('refuses an import file over the import limit', async () => {
    await admin.get('/staff/resources/import');
    const body = `--x\r\nContent-Disposition: form-data; name="file"; filename="huge.csv"\r\n\r\n${'a'.repeat(22 * 1024 * 1024)}\r\n--x--\r\n`;
    const response = await send('/staff/resources/import', body, { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(body.length) }, admin);
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('21 MBまで');
  });
});
