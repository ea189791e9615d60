import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp({ demoResources: true });
});
afterAll(async () => testApp.close());

async function pdfText(query: string): Promise<string> {
  const response = await createClient(testApp).get(`/guidebooks/guidebook.pdf?${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guidebook-')), 'g.pdf');
  fs.writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  try {
    return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

describe('the guidebook form', () => {
  it('offers the whole city once, as 「全域」, not also as 「市全域」', async () => {
    const html = await (await createClient(testApp).get('/guidebooks')).text();
    const areaSelect = html.slice(html.indexOf('<select id="area"'), html.indexOf('</select>', html.indexOf('<select id="area"')));
    expect(areaSelect.match(/全域/g)).toEqual(['全域']);
    expect(areaSelect).toContain('A地域');
  });
});

describe('printed guidebooks from live data', () => {
  it('orders the city-wide guidebook by 困りごと and includes a listing added a moment ago', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const html = await (await admin.get('/staff/resources/new')).text();
    const snow = html.match(/name="needCategoryIds" value="([0-9a-f-]{36})"[^>]*\/?>\s*<label[^>]*>除雪</)![1]!;
    const created = await admin.json('POST', '/api/v1/resources', { name: 'ついさっき登録した除雪隊', nameReading: 'ついさっきとうろくしたじょせつたい', costKind: 'free', needCategoryIds: [snow], isPublished: true });
    expect(created.status).toBe(201);
    const text = await pdfText('kind=needs');
    expect(text).toContain('くらしの困りごとガイドブック');
    expect(text).toContain('旭川市社会福祉協議会');
    expect(text).toContain('ついさっき登録した除雪隊');
    // Section headings stand alone on a line after the table of contents.
    const body = text.slice(text.indexOf('生活支援コーディネーター連絡先') + 1);
    const order = ['買い物', '除雪', '食事・配食', '交流・サロン'].map((heading) => body.split(/[\n\f]/).findIndex((line) => line.trim() === heading));
    expect(order.every((at) => at > 0), JSON.stringify(order) + body.slice(0, 300)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('生活支援コーディネーター連絡先');
    expect(text).toContain('山田 花子');
  });

  it('makes one district handbook with only that district’s listings', async () => {
    const areas = (await (await createClient(testApp).get('/api/v1/areas')).json()) as { areas: { districts: { id: string; name: string }[] }[] };
    const toko = areas.areas.flatMap((a) => a.districts).find((d) => d.name === '東光')!;
    const text = await pdfText(`kind=handbook&district=${toko.id}`);
    expect(text).toContain('ささえあいハンドブック');
    expect(text).toContain('東光ボランティア交流会');
    expect(text).not.toContain('まちコン');
  });

  it('prints larger for the large-print variant', async () => {
    const normal = await pdfText('kind=needs');
    const large = await pdfText('kind=needs&largePrint=1');
    expect(large.split('\f').length).toBeGreaterThan(normal.split('\f').length);
  });

  it('refuses a handbook without a district with a Japanese message', async () => {
    const response = await createClient(testApp).get('/guidebooks/guidebook.pdf?kind=handbook');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('入力内容を確認してください');
  });
});
