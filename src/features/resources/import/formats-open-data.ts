// Japanese public open data: the 推奨データセット 公共施設一覧 and
// 介護サービス事業所一覧, the MHLW 介護サービス情報公表 CSV, and the
// 自治体標準オープンデータセット common header block. Column lists are
// those of the formats notes published with the open-data layouts, in published order.
import type { ImportFormat, SourceRow } from './row-draft.ts';
import { capacityNote, flagNote } from './row-draft.ts';
import { accessibilityColumns, accessibilityOf } from './accessibility-columns.ts';
import { padDigits } from './clean-text.ts';

// 事業所番号 is 10 digits and starts with the prefecture, so 01… loses its 0 in Excel.
const officeNumber = (row: SourceRow, column: string) => padDigits(row.get(column), 10);

// Where on the site a toilet is (公園の北側) is what a resident looks for, so it goes in the public description.
function labelled(label: string, value: string): string {
  return value.trim() === '' ? '' : `${label}: ${value.trim()}`;
}

// Toilet lists count their toilets and say which kinds they have; a 公共施設一覧 has at most a バリアフリートイレ flag.
const isToiletList = (headers: readonly string[]) => headers.some((header) => /トイレ(総数|数|有無)|設置位置/.test(header.normalize('NFKC')));

/** 推奨データセット 公共施設一覧 (v1.0), and 公衆トイレ一覧 in the same layout. */
export const publicFacilitiesFormat: ImportFormat = {
  id: 'public-facilities',
  columns: ['都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', '名称', '名称_カナ', '名称_通称', '名称_英語', 'POIコード', '住所', '方書', '緯度', '経度', '電話番号', '内線番号', '法人番号', '団体名', '利用可能曜日', '開始時間', '終了時間', '利用可能日時特記事項', '利用可能時間特記事項', '説明', 'URL', '備考',
    // The 推奨データセット 公衆トイレ一覧 shares this layout and adds its toilet columns.
    '設置位置', '利用開始時間', '利用終了時間', ...accessibilityColumns],
  required: ['名称', '名称_カナ', '住所'],
  aliases: { 名称_英字: '名称_英語' },
  ignored: ['都道府県名', '市区町村名'],
  kinds: [{ id: 'public-toilets', matches: isToiletList }],
  toDraft(row) {
    const access = accessibilityOf(row);
    const organisation = row.get('団体名');
    const city = row.get('市区町村名');
    return {
      externalId: row.get('NO'),
      municipalityCode: row.get('都道府県コード又は市区町村コード'),
      name: row.get('名称'),
      nameReading: row.get('名称_カナ'),
      description: [row.get('説明'), labelled('設置位置', row.get('設置位置'))].filter((text) => text !== '').join('\n'),
      // With no 団体名 the publishing municipality runs its own facility; a 団体名 without a type is guessed from (and said in the dry run).
      providerName: organisation || city,
      providerType: organisation ? '' : 'government',
      municipalityName: city,
      address: row.get('住所'),
      building: row.get('方書'),
      latitude: row.get('緯度'),
      longitude: row.get('経度'),
      phone: row.get('電話番号'),
      url: row.get('URL'),
      scheduleParts: [{ dayText: row.get('利用可能曜日'), startTime: row.get('開始時間') || row.get('利用開始時間'), endTime: row.get('終了時間') || row.get('利用終了時間') }],
      // v1.0 files spell the note both ways; either says when residents cannot use the place.
      scheduleNotes: [row.get('利用可能日時特記事項'), row.get('利用可能時間特記事項')],
      attributes: access.attributes,
      remarks: row.get('備考'),
      notes: access.notes,
    };
  },
};

/** 推奨データセット 介護サービス事業所一覧 (v1.0). */
export const careOfficesFormat: ImportFormat = {
  id: 'care-offices',
  columns: ['都道府県コード又は市区町村コード', 'NO', '都道府県名', '市区町村名', '介護サービス事業所名称', '介護サービス事業所名称_カナ', '実施サービス', '住所', '方書', '緯度', '経度', '電話番号', '内線番号', 'FAX番号', '法人番号', '法人の名称', '事業所番号', '利用可能曜日', '利用可能曜日特記事項', '定員', 'URL', '備考'],
  required: ['介護サービス事業所名称', '介護サービス事業所名称_カナ', '実施サービス', '住所', '電話番号'],
  ignored: ['都道府県名', '市区町村名'],
  toDraft(row) {
    const no = row.get('NO');
    return {
      externalId: officeNumber(row, '事業所番号') || no,
      municipalityCode: row.get('都道府県コード又は市区町村コード'),
      municipalityName: row.get('市区町村名'),
      name: row.get('介護サービス事業所名称'),
      nameReading: row.get('介護サービス事業所名称_カナ'),
      description: row.get('実施サービス'),
      providerName: row.get('法人の名称'),
      providerType: 'care_provider',
      address: row.get('住所'),
      building: row.get('方書'),
      latitude: row.get('緯度'),
      longitude: row.get('経度'),
      phone: row.get('電話番号'),
      fax: row.get('FAX番号'),
      url: row.get('URL'),
      scheduleParts: [{ dayText: row.get('利用可能曜日') }],
      scheduleNotes: [row.get('利用可能曜日特記事項')],
      remarks: row.get('備考'),
      notes: capacityNote(row),
    };
  },
};

const mhlwFlagColumns = ['高齢者の方と障害者の方が同時一体的に利用できるサービス', '介護保険の通常の指定基準を満たしている', '障害福祉の通常の指定基準を満たしている'];

/** 厚生労働省 介護サービス情報公表 open data CSV (24 columns). */
export const mhlwCareFormat: ImportFormat = {
  id: 'mhlw-care',
  columns: ['都道府県コード又は市町村コード', 'No', '都道府県名', '市区町村名', '事業所名', '事業所名カナ', 'サービスの種類', '住所', '方書（ビル名等）', '緯度', '経度', '電話番号', 'FAX番号', '法人番号', '法人の名称', '事業所番号', '利用可能曜日', '利用可能曜日特記事項', '定員', 'URL', ...mhlwFlagColumns, '備考'],
  required: ['事業所名', '事業所名カナ', 'サービスの種類', '住所', '事業所番号'],
  ignored: ['都道府県名', '市区町村名'],
  toDraft(row) {
    const no = row.get('No');
    return {
      externalId: officeNumber(row, '事業所番号') || no,
      municipalityCode: row.get('都道府県コード又は市町村コード'),
      municipalityName: row.get('市区町村名'),
      name: row.get('事業所名'),
      nameReading: row.get('事業所名カナ'),
      description: row.get('サービスの種類'),
      providerName: row.get('法人の名称'),
      providerType: 'care_provider',
      address: row.get('住所'),
      building: row.get('方書（ビル名等）'),
      latitude: row.get('緯度'),
      longitude: row.get('経度'),
      phone: row.get('電話番号'),
      fax: row.get('FAX番号'),
      url: row.get('URL'),
      scheduleParts: [{ dayText: row.get('利用可能曜日') }],
      scheduleNotes: [row.get('利用可能曜日特記事項')],
      remarks: row.get('備考'),
      notes: [...capacityNote(row), ...mhlwFlagColumns.flatMap((column) => flagNote(row, column))],
    };
  },
};

/** 自治体標準オープンデータセット: the common header block (公衆トイレ, 避難場所 …) and the hours and access columns they share. */
export const municipalStandardFormat: ImportFormat = {
  id: 'municipal-standard',
  columns: [
    '全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '名称_英語', '所在地_全国地方公共団体コード', '町字ID', '所在地_連結表記',
    '所在地_都道府県', '所在地_市区町村', '所在地_町字', '所在地_番地以下', '建物名等(方書)', '設置位置', '緯度', '経度', '高度の種別', '高度の値',
    '電話番号', '内線番号', 'FAX番号', 'URL', '説明', '利用可能曜日', '開始時間', '終了時間', '利用開始時間', '利用終了時間', '利用可能時間特記事項',
    '利用可能日時特記事項', '画像', '画像_ライセンス', '備考', ...accessibilityColumns,
  ],
  required: ['全国地方公共団体コード', 'ID', '地方公共団体名', '名称', '名称_カナ', '所在地_連結表記'],
  ignored: ['所在地_全国地方公共団体コード', '町字ID', '高度の種別', '高度の値', '画像_ライセンス'],
  kinds: [{ id: 'municipal-standard-toilets', matches: isToiletList }],
  toDraft(row) {
    const access = accessibilityOf(row);
    const parts = ['所在地_都道府県', '所在地_市区町村', '所在地_町字', '所在地_番地以下'].map((column) => row.get(column));
    return {
      externalId: row.get('ID'),
      municipalityCode: row.get('全国地方公共団体コード'),
      municipalityName: row.get('地方公共団体名'),
      name: row.get('名称'),
      nameReading: row.get('名称_カナ'),
      description: [row.get('説明'), labelled('設置位置', row.get('設置位置'))].filter((text) => text !== '').join('\n'),
      providerName: row.get('地方公共団体名'),
      providerType: 'government',
      // 連結表記 is the whole address; the split columns are a fallback.
      address: row.get('所在地_連結表記') || parts.join(''),
      building: row.get('建物名等(方書)'),
      latitude: row.get('緯度'),
      longitude: row.get('経度'),
      phone: row.get('電話番号'),
      fax: row.get('FAX番号'),
      url: row.get('URL'),
      scheduleParts: [{ dayText: row.get('利用可能曜日'), startTime: row.get('利用開始時間') || row.get('開始時間'), endTime: row.get('利用終了時間') || row.get('終了時間') }],
      scheduleNotes: [row.get('利用可能時間特記事項'), row.get('利用可能日時特記事項')],
      attributes: access.attributes,
      remarks: row.get('備考'),
      notes: access.notes,
    };
  },
};
