// 厚生労働省 通いの場 open data CSV. Flags are 1/0, free text has 「（改行）」
// for line breaks (restored by the shared cleaning), hours come per kind of
// day, and 活動内容 is sorted into activity groups for the 困りごと.
import type { ImportFormat, SchedulePart, SourceRow } from './row-draft.ts';
import { capacityNote, flagNote } from './row-draft.ts';
import { parseFlag } from './clean-text.ts';
import { needCategoryNamesFromActivity } from './vocabulary-text.ts';
import type { ResourceAttribute } from '../vocabulary.ts';

const dayKinds = [
  { label: '平日', weekdays: [1, 2, 3, 4, 5] },
  { label: '土曜', weekdays: [6] },
  { label: '日曜', weekdays: [0] },
] as const;

// 祝日 hours have no weekday to hang on; they are said in the note.
function scheduleOf(row: SourceRow): { parts: SchedulePart[]; notes: string[] } {
  const parts: SchedulePart[] = [];
  for (const { label, weekdays } of dayKinds) {
    const startTime = row.get(`運営日（${label}）－開始`);
    const endTime = row.get(`運営日（${label}）－終了`);
    if (startTime || endTime) parts.push({ weekdays: [...weekdays], startTime, endTime });
  }
  const holidayStart = row.get('運営日（祝日）－開始');
  const holidayEnd = row.get('運営日（祝日）－終了');
  return { parts, notes: holidayStart || holidayEnd ? [`祝日 ${holidayStart}〜${holidayEnd}`] : [] };
}

function attributesOf(row: SourceRow): ResourceAttribute[] {
  const attributes: ResourceAttribute[] = [];
  if (parseFlag(row.get('送迎の有無')) === true) attributes.push('transport');
  if (parseFlag(row.get('飲食の提供の有無')) === true) attributes.push('meals');
  return attributes;
}

/** 厚生労働省 通いの場 open data CSV. */
export const kayoinobaFormat: ImportFormat = {
  id: 'mhlw-kayoinoba',
  columns: [
    'No', '都道府県コード', '都道府県名', '市区町村コード', '市区町村名', '備考', '名称（ふりがな）', '名称', '郵便番号', '所在地（都道府県から番地まで）',
    '所在地（建物名・部屋番号等）', '電話番号', '対象者', '活動内容', '運営日（平日）－開始', '運営日（平日）－終了', '運営日（土曜）－開始', '運営日（土曜）－終了',
    '運営日（日曜）－開始', '運営日（日曜）－終了', '運営日（祝日）－開始', '運営日（祝日）－終了', '定休日', '定員', '料金体系', '飲食の提供の有無',
    '飲食持ち込みの可否', '送迎の有無', '対象エリア', '総合事業実施の有無', 'その他', '法人番号の有無', '法人番号', '法人名称（ふりがな）', '法人名称', 'ステータス', '緯度', '経度',
  ],
  required: ['No', '都道府県コード', '都道府県名', '市区町村コード', '市区町村名', '名称', '所在地（都道府県から番地まで）', '活動内容', '料金体系', '送迎の有無', '緯度', '経度'],
  ignored: ['都道府県コード', '都道府県名', '市区町村名', '法人番号の有無', '法人名称（ふりがな）'],
  toDraft(row) {
    const schedule = scheduleOf(row);
    const activity = row.get('活動内容');
    return {
      externalId: row.get('No'),
      municipalityCode: row.get('市区町村コード'),
      name: row.get('名称'),
      nameReading: row.get('名称（ふりがな）'),
      description: activity,
      needCategoryNames: needCategoryNamesFromActivity(activity),
      providerName: row.get('法人名称'),
      municipalityName: row.get('市区町村名'),
      target: row.get('対象者'),
      cost: row.get('料金体系'),
      scheduleParts: schedule.parts,
      scheduleNotes: schedule.notes,
      closedDays: row.get('定休日'),
      postalCode: row.get('郵便番号'),
      address: row.get('所在地（都道府県から番地まで）'),
      building: row.get('所在地（建物名・部屋番号等）'),
      latitude: row.get('緯度'),
      longitude: row.get('経度'),
      phone: row.get('電話番号'),
      attributes: attributesOf(row),
      status: row.get('ステータス'),
      remarks: row.get('備考'),
      notes: [...capacityNote(row), ...flagNote(row, '飲食持ち込みの可否'), ...flagNote(row, '総合事業実施の有無')],
    };
  },
};
