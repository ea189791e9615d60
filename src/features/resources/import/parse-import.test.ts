import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sasaeaiCsvColumns } from './format-sasaeai.ts';
import { ImportFileError } from './import-file-error.ts';
import { parseImport, type ParsedImport } from './parse-import.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const parseFixture = (name: string) => parseImport(fixture(name), name);
const keysOf = (result: ParsedImport, line: number) => result.rows.find((r) => r.line === line)?.problems.map((p) => p.messageKey);
const resourceAt = (result: ParsedImport, line: number) => result.rows.find((r) => r.line === line)?.resource;

describe('parseImport: WAM NET 障害福祉サービス等情報', async () => {
  const result = await parseFixture('wamnet-disability.csv');

  it('reads each office and service type as a listing of its own, keyed by 事業所番号 and service', () => {
    expect(result).toMatchObject({ format: 'wamnet-disability', missingColumns: [], unknownColumns: [] });
    expect(result.rows.map((r) => [r.resource?.externalId, r.resource?.name, r.resource?.description])).toEqual([
      ['0170100111:生活介護', 'あさひ作業所', '生活介護'],
      ['0170100111:就労継続支援B型', 'あさひ作業所', '就労継続支援B型'],
      ['0170100222:居宅介護', 'ヘルパーステーションひだまり', '居宅介護'],
    ]);
  });

  it('maps the office’s own address, contacts and position, and keeps the corporation’s in the staff note', () => {
    expect(resourceAt(result, 2)).toMatchObject({
      nameReading: 'あさひさぎょうしょ',
      providerName: '社会福祉法人あさひ会',
      providerType: 'care_provider',
      address: '旭川市東光9条5丁目1-2',
      phone: '0166-30-2000',
      fax: '0166-30-2001',
      url: 'https://asahi-kai.example.jp/sagyo',
      latitude: 43.759,
      longitude: 142.399,
    });
    expect(resourceAt(result, 2)!.notes).toContain('法人住所（番地以降）: 東光9条5丁目1-1');
    expect(resourceAt(result, 2)!.notes).toContain('定員: 20');
    expect(resourceAt(result, 4)!.nameReading).toBe('へるぱーすてーしょんひだまり');
  });

  it('turns the hours per kind of day into a schedule, and says in the note what has no weekday', () => {
    expect(resourceAt(result, 2)!.schedule.rules).toEqual([
      { kind: 'weekly', weekdays: [1, 2, 3, 4, 5], startTime: '09:00', endTime: '16:00' },
      { kind: 'weekly', weekdays: [6], startTime: '09:00', endTime: '12:00' },
    ]);
    expect(resourceAt(result, 2)!.schedule.note).toContain('送迎あり（要相談）');
    const helpers = resourceAt(result, 4)!.schedule;
    expect(helpers.rules).toEqual([{ kind: 'weekly', weekdays: [1, 2, 3, 4, 5], startTime: '08:30', endTime: '17:30' }]);
    expect(helpers.note).toContain('土曜 要相談');
    expect(helpers.note).toContain('祝日 9:00～15:00');
  });
});

describe('parseImport: 函館市 public toilets (自治体標準オープンデータセット)', async () => {
  const result = await parseFixture('hakodate-public-toilet-excerpt.csv');
  const byId = (id: string) => result.rows.find((r) => r.resource?.externalId === id)!.resource!;

  it('reads all 16 rows as the 自治体標準 format, warning only of the two toilets both named 緑の島', () => {
    // Named as the list it is: the 自治体標準 block with toilet columns is a 公衆トイレ一覧.
    expect(result).toMatchObject({ format: 'municipal-standard-toilets', encoding: 'utf-8', fileType: 'csv', missingColumns: [] });
    expect(result.rows).toHaveLength(16);
    expect(result.rows.every((r) => r.resource !== null)).toBe(true);
    expect(result.rows.flatMap((r) => r.problems.map((p) => [r.line, p.messageKey, p.params]))).toEqual([[13, 'import.sameNameOtherId', { value: '緑の島', line: 12, id: '65' }]]);
    expect(result.rows[0].line).toBe(2);
  });

  it('widens half-width kana in names and keeps everything else as typed', () => {
    expect(byId('5').name).toBe('はこだてグリーンプラザ');
    expect(byId('51').name).toBe('ＮＨＫ広場');
    expect(byId('81').name).toBe('縄文文化交流センター（「道の駅」縄文ロマン南かやべ）');
  });

  it('keeps readings in hiragana, with brackets turned into spaces', () => {
    expect(byId('80').nameReading).toBe('ごりょうかくこうえんかくない いたこ きゅうけいじょ');
  });

  it('turns 冬季閉鎖 and 冬期閉鎖 in 備考 into the status notice and keeps the rest in notes', () => {
    expect(byId('7')).toMatchObject({ status: 'active', statusNotice: '冬季閉鎖', notes: '備考: 原データ多機能トイレ数=0' });
    expect(byId('27').statusNotice).toBe('冬期閉鎖');
    expect(result.rows.filter((r) => r.resource?.statusNotice !== '')).toHaveLength(6);
  });

  it('keeps a quoted comma inside its cell', () => {
    expect(byId('66').statusNotice).toBe('冬季閉鎖 10～11,1～3月 17時～9時閉鎖');
    expect(byId('65').notes).toContain('10～11,1～3月　17時～9時閉鎖');
  });

  it('maps the common columns: code, provider, address and coordinates', () => {
    expect(byId('1')).toMatchObject({
      municipalityCode: '012025',
      providerName: '函館市',
      providerType: 'government',
      address: '函館市谷地頭町34-6隣',
      latitude: 41.75280871,
      longitude: 140.7163814,
    });
  });

  it('puts a toilet’s 設置位置 in the public description, not in the staff notes', async () => {
    const csv = '全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,所在地_連結表記,設置位置,説明\n012025,900,函館市,見晴公園トイレ,ミハラシコウエントイレ,函館市見晴町,公園の北側駐車場横,\n';
    const row = resourceAt(await parseImport(Buffer.from(csv), 'a.csv'), 2);
    expect(row).toMatchObject({ description: '設置位置: 公園の北側駐車場横', notes: '' });
  });

  it('turns 利用開始時間/利用終了時間 into the schedule note, 24時間 for 00:00–23:59', () => {
    expect(byId('1').schedule).toEqual({ rules: [], season: null, note: '24時間' });
    expect(byId('11').schedule.note).toBe('09:00〜17:00');
  });

  it('reads the 有/無 toilet flags as searchable attributes and keeps toilet counts in extra notes', () => {
    expect(byId('3').attributes).toEqual(['accessible_toilet', 'wheelchair', 'barrier_free']);
    expect(byId('1').attributes).toEqual([]);
    expect(byId('11').attributes).toEqual(['accessible_toilet', 'wheelchair', 'barrier_free']);
    expect(byId('11').extraNotes).toBe('男性トイレ総数: 3\n女性トイレ総数: 3\n男女共用トイレ総数: 1');
    expect(result.unknownColumns).not.toContain('オストメイト設置トイレ有無');
  });
});

describe('parseImport: Sasaeai CSV, UTF-8 with BOM', async () => {
  const result = await parseFixture('sasaeai-utf8-bom.csv');

  it('detects the format and the BOM', () => {
    expect(result).toMatchObject({ format: 'sasaeai', encoding: 'utf-8-bom', missingColumns: [], unknownColumns: [] });
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('reads a complete row into every field', () => {
    expect(resourceAt(result, 2)).toMatchObject({
      externalId: 'R-001',
      name: '東光ふれあいサロン',
      description: 'お茶を飲みながらおしゃべりします。\n季節の行事（花見、忘年会）もあります。',
      providerType: 'resident_group',
      needCategoryNames: ['交流・サロン', '見守り・安否確認'],
      cost: { kind: 'yen', yen: 100, text: '1回100円' },
      schedule: { rules: [{ kind: 'weekly', weekdays: [3], startTime: '10:00', endTime: '12:00' }] },
      postalCode: '078-8359',
      areaName: 'A地域',
      districtName: '東光',
      attributes: ['barrier_free', 'reservation_required'],
      confirmedOn: '2021-09-18',
      isPublished: true,
    });
    expect(keysOf(result, 2)).toEqual([]);
  });

  it('cleans a messy row and reports each repair as a warning', () => {
    expect(resourceAt(result, 3)).toMatchObject({
      name: 'スノーバスターズ',
      nameReading: 'すのーばすたーず',
      needCategoryNames: ['除雪', 'ゴミ出し'],
      cost: { kind: 'free' },
      postalCode: '078-8359',
      latitude: 43.7554,
      longitude: 142.421,
      phone: '0166-31-1234',
      fax: '',
      status: 'temporarily_closed',
      isPublished: false,
      notes: '属性: ペット可\nFAX番号: 内線なし',
    });
    expect(keysOf(result, 3)).toEqual(['import.unknownAttribute', 'import.coordinatesSwapped', 'import.invalidPhone']);
  });

  it('drops unknown 困りごと, bad dates and coordinates outside Japan with warnings, keeping them in notes', () => {
    expect(resourceAt(result, 4)).toMatchObject({ needCategoryNames: ['買い物', '通院・外出'], confirmedOn: null, latitude: null, status: 'defunct' });
    expect(resourceAt(result, 4)?.notes).toBe('困りごと: ヨガ\n確認日: 2021-02-30\n緯度・経度: 35.0, 100.0');
    expect(result.rows[2].problems).toContainEqual({ field: 'needCategoryNames', messageKey: 'import.unknownCategory', severity: 'warning', params: { value: 'ヨガ' } });
    expect(keysOf(result, 4)).toEqual(['import.unknownCategory', 'import.invalidDate', 'import.coordinatesOutOfJapan']);
  });

  it('refuses a row with no name as an error', () => {
    expect(result.rows[3]).toEqual({ line: 5, resource: null, problems: [{ field: 'name', messageKey: 'import.missingName', severity: 'error' }] });
  });

  it('matches 困りごと against the tenant’s own list when one is given', async () => {
    const own = await parseImport(fixture('sasaeai-utf8-bom.csv'), 'a.csv', { needCategoryNames: ['交流・サロン', 'ヨガ'] });
    expect(own.rows[0].resource?.needCategoryNames).toEqual(['交流・サロン']);
    expect(own.rows[2].resource?.needCategoryNames).toEqual(['ヨガ']);
  });
});

describe('parseImport: 推奨データセット', () => {
  it('reads 公共施設一覧 with messy headers, 曜日 plus hours, and バリアフリー情報', async () => {
    const result = await parseFixture('public-facilities.csv');
    expect(result).toMatchObject({ format: 'public-facilities', missingColumns: [], unknownColumns: ['区'] });
    expect(resourceAt(result, 2)).toMatchObject({
      municipalityCode: '012041',
      nameReading: 'あさひかわし しみんかつどうこうりゅうせんたー',
      providerName: '旭川市',
      providerType: 'government',
      schedule: { rules: [{ kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6], startTime: '09:00', endTime: '21:00' }], note: '年末年始は休館' },
      attributes: ['barrier_free', 'wheelchair', 'accessible_toilet'],
      statusNotice: '',
      extraNotes: '区: 中央',
    });
    expect(resourceAt(result, 3)).toMatchObject({ municipalityCode: '012041', providerName: '旭川市教育委員会', providerType: 'government', statusNotice: '冬期間は閉館' });
    expect(resourceAt(result, 3)?.notes).toBe('内線番号: 105');
  });

  it('reads the v1.0 spelling 利用可能時間特記事項 into the public schedule note, beside 利用可能日時特記事項', async () => {
    const csv = '名称,名称_カナ,住所,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,利用可能時間特記事項\n東光会館,とうこうかいかん,旭川市東光,月〜金,9:00,17:00,第3日曜は休館,祝日と年末年始は利用不可\n';
    const result = await parseImport(Buffer.from(csv), 'a.csv');
    expect(result).toMatchObject({ format: 'public-facilities', unknownColumns: [] });
    expect(resourceAt(result, 2)?.schedule.note).toContain('祝日と年末年始は利用不可');
    expect(resourceAt(result, 2)?.schedule.note).toContain('第3日曜は休館');
    expect(resourceAt(result, 2)?.extraNotes).toBe('');
  });

  it('reads 介護サービス事業所一覧: 事業所番号 as the key with its zero restored, and 定員 0 as blank', async () => {
    const result = await parseFixture('care-offices.csv');
    expect(result.format).toBe('care-offices');
    expect(resourceAt(result, 2)).toMatchObject({ externalId: '0170100123', providerName: '社会福祉法人ひだまり会', providerType: 'care_provider', fax: '0166-31-5679', notes: '法人番号: 1234567890123' });
    expect(resourceAt(result, 3)?.notes).toBe('定員: 25\n内線番号: 12\n備考: 土日祝は電話のみ対応');
  });
});

describe('parseImport: accessibility in every layout that has it', () => {
  it('reads the 推奨データセット toilet layout: 車椅子使用者用トイレ有無, 乳幼児用設備 and its hours', async () => {
    const csv = '都道府県コード又は市区町村コード,NO,名称,名称_カナ,住所,設置位置,多機能トイレ数,車椅子使用者用トイレ有無,乳幼児用設備設置トイレ有無,利用開始時間,利用終了時間\n012041,1,常磐公園トイレ,トキワコウエントイレ,旭川市常磐公園,池の東側,1,有,有,9:00,17:00\n';
    const result = await parseImport(Buffer.from(csv), 'toilets.csv');
    expect(result).toMatchObject({ format: 'public-toilets', unknownColumns: [] });
    expect(resourceAt(result, 2)).toMatchObject({
      attributes: ['accessible_toilet', 'wheelchair', 'barrier_free', 'baby_care'],
      description: '設置位置: 池の東側',
      schedule: { note: '09:00〜17:00' },
      notes: '',
      extraNotes: '',
    });
  });

  it('reads the 自治体標準 正式版 flags, keeping a cell that says more than yes in the notes', async () => {
    const csv = '全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,所在地_連結表記,車椅子貸出,バリアフリートイレ,スロープ・エレベータ・エスカレータ,優先駐車場,授乳室\n012041,F-1,旭川市,市民文化会館,しみんぶんかかいかん,旭川市7条通9丁目,有,有,無,2台,1階\n';
    const result = await parseImport(Buffer.from(csv), 'facilities.csv');
    expect(result).toMatchObject({ format: 'municipal-standard', unknownColumns: [] });
    expect(resourceAt(result, 2)).toMatchObject({
      attributes: ['wheelchair', 'accessible_toilet', 'barrier_free', 'parking', 'baby_care'],
      notes: '優先駐車場: 2台\n授乳室: 1階',
    });
  });
});

describe('parseImport: 厚生労働省 介護サービス情報公表, saved as Shift_JIS', async () => {
  const result = await parseImport(iconv.encode(fixture('mhlw-care.csv').toString('utf8'), 'CP932'), 'kaigo.csv');

  it('decodes CP932 and matches the 市町村コード header', () => {
    expect(result).toMatchObject({ format: 'mhlw-care', encoding: 'cp932', missingColumns: [], unknownColumns: [] });
    expect(resourceAt(result, 3)?.name).toBe('髙砂ケアセンター');
    expect(resourceAt(result, 2)?.municipalityCode).toBe('012041');
  });

  it('moves an e-mail address or phone number out of the URL column', () => {
    expect(resourceAt(result, 2)).toMatchObject({ email: 'hotto@example.jp', url: '' });
    expect(keysOf(result, 2)).toEqual(['import.urlWasEmail']);
    expect(resourceAt(result, 3)).toMatchObject({ phone: '0166-55-1234', url: '' });
    expect(keysOf(result, 3)).toEqual(['import.coordinatesSwapped', 'import.urlWasPhone']);
  });

  it('treats 定員 0 as blank and notes only the flags that are set', () => {
    expect(resourceAt(result, 2)?.notes).toBe('高齢者の方と障害者の方が同時一体的に利用できるサービス: あり\n介護保険の通常の指定基準を満たしている: あり');
    expect(resourceAt(result, 3)?.notes).toContain('定員: 30');
  });

  it('reads 利用可能曜日 into weekly rules and 冬季休止 into the notice', () => {
    expect(resourceAt(result, 3)?.schedule.rules).toEqual([{ kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6] }]);
    expect(resourceAt(result, 3)?.statusNotice).toBe('冬季休止');
  });

  it('drops coordinates outside Japan with a warning', () => {
    expect(resourceAt(result, 4)).toMatchObject({ latitude: null, longitude: null, url: 'http://example.jp/minami' });
    expect(keysOf(result, 4)).toEqual(['import.coordinatesOutOfJapan']);
  });
});

describe('parseImport: 厚生労働省 通いの場', async () => {
  const result = await parseFixture('kayoinoba.csv');

  it('restores 「（改行）」, reads 1/0 flags, and maps activities to 困りごと', () => {
    expect(result).toMatchObject({ format: 'mhlw-kayoinoba', missingColumns: [] });
    expect(resourceAt(result, 2)).toMatchObject({
      municipalityCode: '012041',
      description: 'いきいき百歳体操\nお茶会',
      needCategoryNames: ['健康づくり・体操', '交流・サロン'],
      cost: { kind: 'yen', yen: 100 },
      attributes: ['transport'],
      statusNotice: '冬季休止（1月〜2月）',
      schedule: { rules: [{ kind: 'weekly', weekdays: [1, 2, 3, 4, 5], startTime: '10:00', endTime: '11:30' }] },
    });
    expect(resourceAt(result, 2)?.notes).toContain('その他: 見学歓迎\n初回無料');
  });

  it('merges 平日 and 土曜 hours, removes 定休日 weekdays, and reads ステータス', () => {
    expect(resourceAt(result, 3)).toMatchObject({
      schedule: { rules: [{ kind: 'weekly', weekdays: [1, 2, 4, 5, 6], startTime: '11:00', endTime: '13:00' }] },
      attributes: ['meals'],
      cost: { kind: 'actual' },
      status: 'temporarily_closed',
      providerName: '社会福祉法人とよおか',
    });
  });

  it('says 祝日 hours and other closing days in the schedule note', () => {
    expect(resourceAt(result, 4)?.schedule).toEqual({ rules: [{ kind: 'weekly', weekdays: [0], startTime: '13:00', endTime: '16:00' }], season: null, note: '定休日: 年末年始 / 祝日 13:00〜16:00' });
    expect(resourceAt(result, 4)?.cost.kind).toBe('free');
  });
});

describe('parseImport: HSDS services.csv', () => {
  it('maps the HSDS service fields', async () => {
    const result = await parseFixture('hsds-services.csv');
    expect(result.format).toBe('hsds-services');
    expect(resourceAt(result, 2)).toMatchObject({
      externalId: 'ac148810-d857-441c-9679-408f346de14b',
      cost: { kind: 'free' },
      target: '市内にお住まいの65歳以上の方',
      confirmedOn: '2024-03-31',
      notes: 'alternate_name: Yorisoi Counselling\nminimum_age: 65',
    });
    expect(resourceAt(result, 3)).toMatchObject({ status: 'temporarily_closed', statusNotice: '厨房の改修のため休止しています', cost: { kind: 'yen', yen: 500 } });
  });
});

describe('parseImport: XLSX', () => {
  it('reads a Sasaeai sheet with date, number and time cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('地域資源');
    sheet.addRow([...sasaeaiCsvColumns]);
    const values: Record<string, ExcelJS.CellValue> = { 名称: 'ゆきはね隊', 困りごと: '雪はね', 電話番号: 166230742, 確認日: new Date(Date.UTC(2024, 3, 1)), 公開: '公開', 郵便番号: 788359, ID: 7 };
    sheet.addRow(sasaeaiCsvColumns.map((column) => values[column] ?? null));
    const result = await parseImport(Buffer.from(await workbook.xlsx.writeBuffer()), 'list.xlsx');
    expect(result).toMatchObject({ format: 'sasaeai', fileType: 'xlsx' });
    expect(result.rows).toEqual([
      expect.objectContaining({
        line: 2,
        problems: [],
        resource: expect.objectContaining({ externalId: '7', name: 'ゆきはね隊', needCategoryNames: ['除雪'], phone: '0166-23-0742', postalCode: '078-8359', confirmedOn: '2024-04-01', isPublished: true }),
      }),
    ]);
  });
});

describe('parseImport: title rows above the header', () => {
  const header = ['名称', '名称_カナ', '住所', '電話番号'];

  it('finds the header of a sheet under a title and a date, and says which row it took', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('一覧');
    sheet.getRow(1).values = ['公共施設一覧（令和6年4月1日現在）'];
    sheet.getRow(2).values = ['', '', '', '旭川市'];
    sheet.getRow(4).values = header;
    sheet.getRow(5).values = ['東光公民館', 'トウコウコウミンカン', '旭川市東光9条5丁目', '0166-31-1234'];
    const result = await parseImport(Buffer.from(await workbook.xlsx.writeBuffer()), 'shisetsu.xlsx');
    expect(result).toMatchObject({ format: 'public-facilities', notices: [{ messageKey: 'import.headerRowTaken', params: { line: 4 } }] });
    expect(result.rows.map((r) => [r.line, r.resource?.name])).toEqual([[5, '東光公民館']]);
  });

  it('finds the header of a CSV under a title row and a blank row', async () => {
    const csv = `公共施設一覧（令和6年4月1日現在）,,,\r\n,,,\r\n${header.join(',')}\r\n東光公民館,トウコウコウミンカン,旭川市東光9条5丁目,0166-31-1234\r\n`;
    const result = await parseImport(Buffer.from(csv), 'shisetsu.csv');
    expect(result.notices).toEqual([{ messageKey: 'import.headerRowTaken', params: { line: 3 } }]);
    expect(result.rows.map((r) => r.line)).toEqual([4]);
  });

  it('says nothing about the header when it is the first row', async () => {
    expect((await parseFixture('public-facilities.csv')).notices.map((n) => n.messageKey)).not.toContain('import.headerRowTaken');
  });

  it('looks no further than the first ten rows for the header', async () => {
    const titles = Array.from({ length: 10 }, (_, i) => `表題${i + 1}`).join('\n');
    await expect(parseImport(Buffer.from(`${titles}\n${header.join(',')}\nA,あ,旭川市,\n`), 'a.csv')).rejects.toThrow(ImportFileError);
  });
});

describe('parseImport: what the import keeps without a word', () => {
  it('warns of a number Excel saved as 4.00E+12, naming its column', async () => {
    const result = await parseImport(Buffer.from('介護サービス事業所名称,介護サービス事業所名称_カナ,実施サービス,住所,電話番号,法人番号\nひだまり,ひだまり,通所介護,旭川市,0166-31-5678,4.00E+12\n'), 'a.csv');
    expect(result.rows[0].problems).toEqual([{ field: '法人番号', messageKey: 'import.scientificNumber', severity: 'warning', params: { column: '法人番号', value: '4.00E+12' } }]);
    expect(result.rows[0].resource?.notes).toContain('法人番号: 4.00E+12');
  });

  it('warns of a cell with bytes a UTF-8 file with a BOM cannot hold', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('名称,困りごと,説明\r\nA,,お茶'), Buffer.from([0xff]), Buffer.from('会\r\n')]);
    const result = await parseImport(bytes, 'a.csv');
    expect(result.rows[0].problems).toEqual([{ field: '説明', messageKey: 'import.replacementCharacter', severity: 'warning', params: { column: '説明', value: 'お茶\uFFFD会' } }]);
  });

  it('warns of a cost that only says there is a fee', async () => {
    const result = await parseImport(Buffer.from('名称,困りごと,費用\nA,,有料\nB,,1回100円\n'), 'a.csv');
    expect(result.rows.map((r) => r.problems.map((p) => [p.messageKey, p.params?.value]))).toEqual([[['import.costWithoutText', '有料']], []]);
  });

  it('warns of one name under two IDs, pointing at the first', async () => {
    const result = await parseImport(Buffer.from('名称,困りごと,ID\nサロン東光,,R-1\nサロン東光,,R-2\nサロン東光,,R-1\n'), 'a.csv');
    expect(result.rows.map((r) => r.problems.map((p) => [p.messageKey, p.params]))).toEqual([
      [],
      [['import.sameNameOtherId', { value: 'サロン東光', line: 2, id: 'R-1' }]],
      [['import.duplicateExternalId', { value: 'R-1' }]],
    ]);
  });

  it('names the columns it did not use: kept in the staff note, or repeating other columns', async () => {
    const result = await parseFixture('public-facilities.csv');
    expect(result.notices).toEqual([
      { messageKey: 'import.columnsKeptInNote', params: { columns: '名称_英語、内線番号、区' } },
      { messageKey: 'import.columnsRepeated', params: { columns: '都道府県名' } },
    ]);
  });
});

describe('parseImport: problems across rows and files', () => {
  it('warns when an ID appears twice in one file', async () => {
    const result = await parseImport(Buffer.from('名称,困りごと,ID\nA,,1\nB,,1\n'), 'a.csv');
    expect(result.rows[1].problems).toEqual([{ field: 'externalId', messageKey: 'import.duplicateExternalId', severity: 'warning', params: { value: '1' } }]);
  });

  it('reports a field too long for the listing as an error with its limit', async () => {
    const result = await parseImport(Buffer.from(`名称,困りごと\n${'あ'.repeat(201)},\n`), 'a.csv');
    expect(result.rows[0]).toMatchObject({ resource: null, problems: [{ field: 'name', messageKey: 'validation.tooLong', severity: 'error', params: { max: '200' } }] });
  });

  it('reports headings in the wrong encoding as 文字化け, with the encoding tried and what it read', async () => {
    const eucJp = iconv.encode('名称,名称_カナ,住所\r\n東光会館,とうこうかいかん,旭川市\r\n', 'EUC-JP');
    const error = (await parseImport(eucJp, 'euc.csv').catch((e: unknown) => e)) as ImportFileError;
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error.problem).toBe('fileGarbled');
    expect(error.params.encoding).toBe('Shift_JIS (CP932)');
    expect(String(error.params.found)).toContain('ﾌｾｾﾎ');
  });

  it('throws ImportFileError for a header no format knows', async () => {
    await expect(parseImport(Buffer.from('氏名,生年月日\n山田,1950-01-01\n'), 'a.csv')).rejects.toThrow(ImportFileError);
  });
});
