// Accessibility as open data publishes it, in every layout that has it: the
// 推奨データセット toilet columns (車椅子使用者用トイレ有無, 多機能トイレ数 …),
// the 自治体標準 正式版 flags (車椅子貸出, 授乳室 …) and the 「;」 list of
// バリアフリー情報. Each becomes an attribute residents search and filter by;
// a cell that says more than yes (「1階」) is kept in the notes as well.
import type { ResourceAttribute } from '../vocabulary.ts';
import type { NoteEntry, SourceRow } from './row-draft.ts';
import { cleanLine, parseFlag, splitList } from './clean-text.ts';

const flagColumns: Readonly<Record<string, readonly ResourceAttribute[]>> = {
  車椅子使用者用トイレ有無: ['accessible_toilet', 'wheelchair', 'barrier_free'],
  車椅子使用可: ['wheelchair', 'barrier_free'],
  オストメイト設置トイレ有無: ['accessible_toilet'],
  乳幼児用設備設置トイレ有無: ['baby_care'],
  車椅子貸出: ['wheelchair'],
  バリアフリートイレ: ['accessible_toilet', 'barrier_free'],
  'スロープ・エレベータ・エスカレータ': ['wheelchair', 'barrier_free'],
  優先駐車場: ['parking', 'barrier_free'],
  授乳室: ['baby_care'],
};
const countColumns: Readonly<Record<string, readonly ResourceAttribute[]>> = {
  バリアフリートイレ数: ['accessible_toilet', 'barrier_free'],
  多機能トイレ数: ['accessible_toilet', 'barrier_free'],
};

// Words in バリアフリー情報 that say which feature a place has.
const listWords: readonly [RegExp, readonly ResourceAttribute[]][] = [
  [/車椅子|車いす|車イス|スロープ|エレベー?タ|段差/, ['wheelchair']],
  [/トイレ|オストメイト/, ['accessible_toilet']],
  [/授乳|おむつ|オムツ|ベビー/, ['baby_care']],
  [/駐車/, ['parking']],
];

/** The accessibility columns, for a format's column list. */
export const accessibilityColumns: readonly string[] = [...Object.keys(flagColumns), ...Object.keys(countColumns), 'バリアフリー情報'];

/** Reads every accessibility column of a row into attributes and the notes that say more than yes. */
export function accessibilityOf(row: SourceRow): { attributes: ResourceAttribute[]; notes: NoteEntry[] } {
  const attributes = new Set<ResourceAttribute>();
  const notes: NoteEntry[] = [];
  for (const [column, codes] of Object.entries(flagColumns)) {
    const value = cleanLine(row.get(column));
    const flag = parseFlag(value);
    if (value === '' || flag === false) continue;
    for (const code of codes) attributes.add(code);
    if (flag === null) notes.push({ label: column, value });
  }
  for (const [column, codes] of Object.entries(countColumns)) {
    if (Number(cleanLine(row.get(column))) > 0) for (const code of codes) attributes.add(code);
  }
  const details = splitList(row.get('バリアフリー情報'));
  if (details.length > 0) {
    attributes.add('barrier_free');
    for (const [pattern, codes] of listWords) if (details.some((item) => pattern.test(item))) for (const code of codes) attributes.add(code);
    notes.push({ label: 'バリアフリー情報', value: details.join('、') });
  }
  return { attributes: [...attributes], notes };
}
