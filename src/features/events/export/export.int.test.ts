import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const header =
  '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,イベント名,イベント名_カナ,イベント名_英語,開始日,終了日,開始時間,終了時間,開始日時特記事項,説明,料金(基本),料金(詳細),連絡先名称,連絡先電話番号,連絡先内線番号,主催者,場所名称,住所,方書,緯度,経度,アクセス方法,駐車場情報,定員,参加申込終了日,参加申込終了時間,参加申込方法,URL,備考';

async function download(path: string): Promise<Buffer> {
  const response = await createClient(testApp).get(path);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

function records(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true }) as Record<string, string>[];
}

describe('イベント一覧 open data', () => {
  it('writes UTF-8 with a BOM in the 推奨データセット columns, one row per published event', async () => {
    const csv = await download('/events/export.csv');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(header);
    const rows = records(text);
    const [count] = await testApp.database.query(`SELECT count(*)::int AS n FROM events WHERE status IN ('published', 'closed')`);
    expect(rows).toHaveLength(Number(count!.n));
    expect(rows.map((r) => r.NO)).toEqual(rows.map((_, i) => String(i + 1)));
    const training = rows.find((r) => r['イベント名'] === '令和３年度ボランティア研修「コロナ禍で光るささえ合い」')!;
    expect(training).toMatchObject({
      '開始日': '2021-09-18', '終了日': '2021-09-18', '開始時間': '14:30', '終了時間': '16:00', '料金(基本)': '0', '料金(詳細)': '無料',
      '場所名称': '旭川市大雪クリスタルホール 大会議室', '住所': '北海道旭川市神楽３条７丁目', '定員': '20', '参加申込終了日': '2021-09-13', '連絡先電話番号': '0166-23-0742',
    });
    expect(training['イベント名_カナ']).toMatch(/^レイワサンネンド/);
    expect(training.URL).toMatch(/^http:\/\/localhost\/events\/[0-9a-f-]{36}$/);
    const conference = rows.find((r) => r['イベント名'] === '令和7年度生活支援コーディネーター研究協議会')!;
    expect(conference).toMatchObject({ '料金(基本)': '1000', '定員': '500', '主催者': '社会福祉法人 全国社会福祉協議会', '参加申込終了日': '2026-03-12' });
    expect(conference['開始日時特記事項']).toContain('オンデマンド配信 2026-02-20～2026-04-30');
    expect(conference['料金(詳細)']).toContain('ご入金後のキャンセルは返金できません');
    expect(text).not.toContain('example.jp/zoom');
  });

  it('leaves out drafts and cancelled events, and writes Shift_JIS on request', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    await admin.get('/staff/events/new');
    await admin.post('/staff/events', { title: '非公開の下書き研修', kind: 'training', inPerson: 'on', startsAt: '2027-03-01T10:00', endsAt: '2027-03-01T11:00', applicationOpensAt: '2027-01-01T10:00', applicationClosesAt: '2027-02-01T10:00' });
    const csv = await download('/events/export.csv?encoding=cp932');
    const text = iconv.decode(csv, 'cp932');
    expect(text.split('\r\n')[0]).toBe(header);
    expect(text).toContain('冬の見守り・除雪ボランティア入門講座');
    expect(text).not.toContain('非公開の下書き研修');
    expect((await createClient(testApp).get('/events/export.csv?encoding=latin1')).status).toBe(400);
  });
});
