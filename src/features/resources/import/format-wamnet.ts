// WAM NET 障害福祉サービス等情報公表 open data (29 columns): one row per
// office and service type. Hours come per kind of day as one 「9:00～17:00」
// cell; the 法人 columns describe the corporation and stay in the notes.
import type { ImportFormat, SchedulePart, SourceRow } from './row-draft.ts';
import { capacityNote } from './row-draft.ts';
import { cleanLine, cleanLineAsWritten, padDigits } from './clean-text.ts';
import { normalizeTime } from './clean-schedule.ts';

const dayKinds = [
  { label: '平日', weekdays: [1, 2, 3, 4, 5] },
  { label: '土曜', weekdays: [6] },
  { label: '日曜', weekdays: [0] },
] as const;

const hoursColumn = (label: string) => `利用可能な時間帯（${label}）`;

// 「9:00～17:00」, 「09:00-17:00」: both ends must read as times, else the cell is said in the note as written.
function hoursOf(text: string): { startTime: string; endTime: string } | null {
  const [start, end, ...rest] = cleanLine(text).split(/\s*[～〜~\-－ー−]\s*/);
  if (rest.length > 0 || !start || !end || !normalizeTime(start) || !normalizeTime(end)) return null;
  return { startTime: start, endTime: end };
}

function scheduleOf(row: SourceRow): { parts: SchedulePart[]; notes: string[] } {
  const parts: SchedulePart[] = [];
  const notes: string[] = [];
  for (const { label, weekdays } of dayKinds) {
    const cell = row.get(hoursColumn(label));
    if (cleanLine(cell) === '') continue;
    const hours = hoursOf(cell);
    if (hours) parts.push({ weekdays: [...weekdays], ...hours });
    else notes.push(`${label} ${cleanLineAsWritten(cell)}`);
  }
  // 祝日 hours have no weekday to hang on; they are said in the note.
  const holiday = cleanLineAsWritten(row.get(hoursColumn('祝日')));
  if (holiday) notes.push(`祝日 ${holiday}`);
  notes.push(row.get('利用可能曜日特記事項（留意事項）'));
  return { parts, notes };
}

/** WAM NET 障害福祉サービス等 open data. */
export const wamnetDisabilityFormat: ImportFormat = {
  id: 'wamnet-disability',
  columns: [
    '都道府県コード又は市区町村コード', 'NO（※システム内の固有の番号、連番）', '指定機関名', '法人の名称', '法人の名称_かな', '法人番号', '法人住所（市区町村）',
    '法人住所（番地以降）', '法人電話番号', '法人FAX番号', '法人URL', 'サービス種別', '事業所の名称', '事業所の名称_かな', '事業所番号', '事業所住所（市区町村）',
    '事業所住所（番地以降）', '事業所電話番号', '事業所FAX番号', '事業所URL', '事業所緯度', '事業所経度', ...['平日', '土曜', '日曜', '祝日'].map(hoursColumn), '定休日',
    '利用可能曜日特記事項（留意事項）', '定員',
  ],
  required: ['事業所の名称', 'サービス種別', '事業所番号', '事業所住所（市区町村）', '事業所住所（番地以降）'],
  aliases: { NO: 'NO（※システム内の固有の番号、連番）', 'NO(※システム内の固有の番号、連番)': 'NO（※システム内の固有の番号、連番）' },
  toDraft(row) {
    const schedule = scheduleOf(row);
    const office = padDigits(row.get('事業所番号'), 10);
    const service = cleanLine(row.get('サービス種別'));
    return {
      // One office number covers each service type the office is designated for: the pair is the row's key.
      externalId: office && service ? `${office}:${service}` : office,
      municipalityCode: row.get('都道府県コード又は市区町村コード'),
      name: row.get('事業所の名称'),
      nameReading: row.get('事業所の名称_かな'),
      description: service,
      providerName: row.get('法人の名称'),
      providerType: 'care_provider',
      address: `${row.get('事業所住所（市区町村）').trim()}${row.get('事業所住所（番地以降）').trim()}`,
      latitude: row.get('事業所緯度'),
      longitude: row.get('事業所経度'),
      phone: row.get('事業所電話番号'),
      fax: row.get('事業所FAX番号'),
      url: row.get('事業所URL'),
      scheduleParts: schedule.parts,
      scheduleNotes: schedule.notes,
      closedDays: row.get('定休日'),
      notes: capacityNote(row),
    };
  },
};
