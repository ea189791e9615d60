import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { commandLineActor } from '../../../platform/context/service-context.ts';
import { planImport } from '../import/service.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp({ demoResources: true });
});
afterAll(async () => testApp.close());

async function download(path: string, client = createClient(testApp)): Promise<Buffer> {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('exporting listings', () => {
  it('writes UTF-8 with a BOM that the importer reads back as updates of the same listings', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const csv = await download('/staff/resources/export.csv', admin);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain('名称,名称_カナ,説明');
    expect(text).toContain('東光ボランティア交流会');
    const ctx = { db: testApp.database.db, tenantId: testApp.demo.id, actor: commandLineActor(testApp.demo.id), now: testApp.clock.now, requestId: 't' };
    const plan = await planImport(ctx, csv, 'export.csv');
    expect(plan.format).toBe('sasaeai');
    const actions = new Set(plan.rows.map((r) => r.action));
    expect(actions).toEqual(new Set(['update']));
  });

  it('publishes only published listings as open data, in Shift_JIS on request', async () => {
    const csv = await download('/resources/export.csv?format=public-facilities&encoding=cp932');
    const text = iconv.decode(csv, 'cp932');
    expect(text.split('\r\n')[0]).toBe(
      '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,名称_通称,POIコード,住所,方書,緯度,経度,電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考',
    );
    const [row] = await testApp.database.query(`SELECT count(*)::int AS n FROM resources WHERE is_published AND status IN ('active','temporarily_closed')`);
    expect((parse(text) as string[][]).length - 1).toBe(Number(row!.n));
    const [draft] = await testApp.database.query(`SELECT name FROM resources WHERE NOT is_published LIMIT 1`);
    expect(text).not.toContain(String(draft!.name));
  });

  it('publishes every public listing as HSDS 3.0 JSON', async () => {
    const response = await createClient(testApp).get('/resources/export.hsds.json');
    expect(response.status).toBe(200);
    const services = (await response.json()) as { id: string; name: string; status: string }[];
    const [row] = await testApp.database.query(`SELECT count(*)::int AS n FROM resources WHERE is_published AND archived_at IS NULL AND status IN ('active','temporarily_closed')`);
    expect(services).toHaveLength(Number(row!.n));
    expect(services.some((s) => s.name === '東光ボランティア交流会')).toBe(true);
  });
});
