import { describe, expect, it } from 'vitest';
import { messagesEn } from '../../../platform/i18n/messages-en.ts';
import { messagesJa } from '../../../platform/i18n/messages-ja.ts';
import { ImportFileError } from './import-file-error.ts';
import { parseImport, type ParsedImport } from './parse-import.ts';

// Invented listings, shaped as exportHsdsJson writes them.
const salon = {
  id: 'b3f1c6de-0000-4000-8000-000000000001',
  organization_id: 'b3f1c6de-0000-4000-8000-0000000000aa',
  name: '東光ふれあいサロン',
  description: 'お茶を飲みながらおしゃべりします。',
  email: 'salon@example.jp',
  url: 'https://example.jp/salon',
  status: 'temporarily closed',
  application_process: '予約が必要',
  fees_description: '100円（お茶代）',
  eligibility_description: '市内在住の65歳以上の方',
  assured_date: '2026-04-01',
  alert: '冬季休止',
  last_modified: '2026-04-01T00:00:00.000Z',
  organization: { id: 'b3f1c6de-0000-4000-8000-0000000000aa', name: '東光町内会', description: '' },
  phones: [
    { id: 'p1', number: '0166-23-1234', type: 'voice' },
    { id: 'p2', number: '0166-23-5678', type: 'fax' },
  ],
  schedules: [
    { id: 's1', freq: 'WEEKLY', interval: 1, byday: 'MO,TH', wkst: 'MO', opens_at: '10:00', closes_at: '12:00', timezone: 9, description: '毎週月・木曜日 10:00〜12:00' },
    { id: 's2', freq: 'MONTHLY', interval: 1, byday: '2WE', wkst: 'MO', opens_at: '13:30', timezone: 9, description: '毎月第2水曜日 13:30〜' },
  ],
  service_at_locations: [
    {
      id: 'sal1',
      service_id: 'b3f1c6de-0000-4000-8000-000000000001',
      location_id: 'l1',
      location: {
        id: 'l1',
        location_type: 'physical',
        name: '東光地区センター',
        transportation: '送迎あり',
        latitude: 43.7512,
        longitude: 142.3927,
        addresses: [{ id: 'a1', address_1: '東光1条2丁目3-4', address_2: '2階 和室', city: '旭川市', state_province: '北海道', postal_code: '0788351', country: 'JP', address_type: 'physical' }],
        accessibility: [{ id: 'x1', description: 'バリアフリー' }],
      },
    },
  ],
  languages: [{ id: 'ja1', name: '日本語', code: 'ja' }],
  cost_options: [{ id: 'c1', currency: 'JPY', amount: 100, amount_description: 'お茶代' }],
  attributes: [
    { id: 'at1', link_type: 'need', taxonomy_term: { id: 't1', code: 'salon', name: '交流・サロン' } },
    { id: 'at2', link_type: 'need', taxonomy_term: { id: 't2', code: 'kids', name: '子育て' } },
  ],
};
const nameless = { id: 'b3f1c6de-0000-4000-8000-000000000002', status: 'active', description: '名前のない行' };
const snow = {
  id: 'b3f1c6de-0000-4000-8000-000000000003',
  name: 'スノーバスターズ',
  status: 'active',
  fees_description: '無料',
  cost_options: [{ id: 'c3', currency: 'JPY', amount: 0 }],
  schedules: [{ id: 's3', description: '冬季のみ（12月〜3月） 不定期（大雪の翌朝）' }],
  // Longitude first: the pair is swapped back with a warning.
  service_at_locations: [{ id: 'sal3', location: { id: 'l3', latitude: 142.36, longitude: 43.77 } }],
};

const bytesOf = (value: unknown, prefix = '') => Buffer.from(prefix + JSON.stringify(value, null, 2));
const rowAt = (result: ParsedImport, line: number) => result.rows.find((row) => row.line === line)!;
const keysAt = (result: ParsedImport, line: number) => rowAt(result, line).problems.map((p) => p.messageKey);

describe('parseImport: HSDS 3.0 JSON', async () => {
  const result = await parseImport(bytesOf([salon, nameless, snow]), 'services.json');

  it('detects HSDS JSON by its content and makes one row per service, numbered from 1', () => {
    expect(result).toMatchObject({ format: 'hsds-json', encoding: 'utf-8', fileType: 'json', missingColumns: [], unknownColumns: [] });
    expect(result.rows.map((row) => row.line)).toEqual([1, 2, 3]);
  });

  it('maps a fully nested service to every field a listing has', () => {
    expect(rowAt(result, 1).resource).toMatchObject({
      externalId: salon.id,
      name: '東光ふれあいサロン',
      description: 'お茶を飲みながらおしゃべりします。',
      providerName: '東光町内会',
      needCategoryNames: ['交流・サロン'],
      target: '市内在住の65歳以上の方',
      cost: { kind: 'yen', yen: 100, text: 'お茶代' },
      postalCode: '078-8351',
      address: '北海道旭川市東光1条2丁目3-4',
      building: '2階 和室',
      latitude: 43.7512,
      longitude: 142.3927,
      phone: '0166-23-1234',
      fax: '0166-23-5678',
      email: 'salon@example.jp',
      url: 'https://example.jp/salon',
      status: 'temporarily_closed',
      statusNotice: '冬季休止',
      confirmedOn: '2026-04-01',
      isPublished: true,
    });
    expect(rowAt(result, 1).resource!.attributes.sort()).toEqual(['barrier_free', 'reservation_required', 'transport']);
  });

  it('reads weekly and monthly HSDS schedules into rules', () => {
    expect(rowAt(result, 1).resource!.schedule).toEqual({
      rules: [
        { kind: 'weekly', weekdays: [1, 4], startTime: '10:00', endTime: '12:00' },
        { kind: 'monthly', weeksOfMonth: [2], weekday: 3, startTime: '13:30' },
      ],
      season: null,
      note: '',
    });
  });

  it('warns about a taxonomy term that is not one of the tenant 困りごと and keeps it in notes', () => {
    expect(rowAt(result, 1).problems).toEqual([
      { field: 'providerType', messageKey: 'import.providerTypeGuessed', severity: 'warning', params: { value: '東光町内会', type: '住民主体' } },
      { field: 'needCategoryNames', messageKey: 'import.unknownCategory', severity: 'warning', params: { value: '子育て' } },
    ]);
    expect(rowAt(result, 1).resource!.notes).toBe('location.name: 東光地区センター\n困りごと: 子育て');
  });

  it('rejects a service without a name', () => {
    expect(rowAt(result, 2).resource).toBeNull();
    expect(keysAt(result, 2)).toEqual(['import.missingName']);
  });

  it('reads an amount of 0 as free, a schedule from its description, and swaps swapped coordinates back', () => {
    expect(rowAt(result, 3).resource).toMatchObject({
      cost: { kind: 'free', yen: null, text: '' },
      schedule: { season: { fromMonth: 12, toMonth: 3 }, rules: [{ kind: 'irregular' }] },
      latitude: 43.77,
      longitude: 142.36,
      notes: '',
    });
    expect(keysAt(result, 3)).toEqual(['import.coordinatesSwapped']);
  });

  it('uses the tenant list of 困りごと when one is given', async () => {
    const own = await parseImport(bytesOf([salon]), 'services.json', { needCategoryNames: ['交流・サロン', '子育て'] });
    expect(own.rows[0].resource!.needCategoryNames).toEqual(['交流・サロン', '子育て']);
    expect(own.rows[0].problems.map((p) => p.messageKey)).toEqual(['import.providerTypeGuessed']);
  });
});

describe('parseImport: other HSDS JSON shapes', () => {
  it('reads an HSDS API Page with a BOM and leading white space', async () => {
    const page = { total_items: 1, total_pages: 1, page_number: 1, size: 1, first_page: true, last_page: true, empty: false, contents: [snow] };
    const result = await parseImport(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf(page, '\n  ')]), 'page.txt');
    expect(result).toMatchObject({ format: 'hsds-json', encoding: 'utf-8-bom', fileType: 'json' });
    expect(result.rows.map((row) => row.resource?.name)).toEqual(['スノーバスターズ']);
  });

  it('reads 実費 and free text from fees_description when there is no amount, and keeps other service fields in notes', async () => {
    const actual = { id: 'x1', name: '配食', fees_description: '実費（材料費）', alternate_name: 'はいしょく便', cost_options: [{ amount: 5, currency: 'USD' }] };
    const [row] = (await parseImport(bytesOf([actual]), 'x.json')).rows;
    expect(row.resource).toMatchObject({ cost: { kind: 'actual', yen: null, text: '材料費' }, notes: 'alternate_name: はいしょく便\ncost_options: 5 USD' });
  });

  it('reads a kana alternate_name as the reading, digits and all', async () => {
    const [row] = (await parseImport(bytesOf([{ id: 'x3', name: '新城1号緑地', alternate_name: 'シンジョウ１ゴウリョクチ' }]), 'x.json')).rows;
    expect(row.resource).toMatchObject({ nameReading: 'しんじょう1ごうりょくち', notes: '' });
  });

  it('keeps names and provider names as written, with their full-width brackets and wave dashes', async () => {
    const event = { id: 'x2', name: 'まちコン～出会いの場～', organization: { name: '社会福祉協議会（第2層）' } };
    const [row] = (await parseImport(bytesOf([event]), 'x.json')).rows;
    expect(row.resource).toMatchObject({ name: 'まちコン～出会いの場～', providerName: '社会福祉協議会（第2層）' });
  });

  it('marks a service id repeated in the file', async () => {
    const result = await parseImport(bytesOf([snow, snow]), 'x.json');
    expect(keysAt(result, 2)).toContain('import.duplicateExternalId');
  });

  it('refuses broken JSON and JSON that holds no services', async () => {
    await expect(parseImport(Buffer.from('[{"name": "壊れた'), 'x.json')).rejects.toMatchObject({ problem: 'fileUnreadable' });
    await expect(parseImport(bytesOf({ type: 'FeatureCollection', features: [] }), 'x.json')).rejects.toBeInstanceOf(ImportFileError);
    await expect(parseImport(bytesOf([1, 2, 3]), 'x.json')).rejects.toMatchObject({ problem: 'fileUnknownFormat' });
  });

  it('names the format in both catalogs', () => {
    expect(messagesJa).toHaveProperty(['import.format.hsds-json']);
    expect(messagesEn).toHaveProperty(['import.format.hsds-json']);
  });
});
