// The words files use for Sasaeai's fixed vocabularies (提供団体種別, 属性,
// 状態, 公開) and for 困りごと, read back into codes and known names.
import { normalizeForSearch } from '../../../platform/japanese-text/search-normalize.ts';
import { messagesJa } from '../../../platform/i18n/messages-ja.ts';
import type { ProviderType, ResourceAttribute, ResourceStatus } from '../vocabulary.ts';
import { defaultNeedCategories, providerTypes, resourceAttributes, resourceStatuses } from '../vocabulary.ts';
import { cleanLine, parseFlag } from './clean-text.ts';

/** The 属性 words of Sasaeai's own CSV, one per attribute (what an export writes). */
export const attributeCsvLabels: Readonly<Record<ResourceAttribute, string>> = {
  transport: '送迎あり',
  barrier_free: 'バリアフリー',
  reservation_required: '予約要',
  meals: '飲食あり',
  parking: '駐車場',
  outside_care_insurance: '介護保険外',
  wheelchair: '車いす対応',
  accessible_toilet: 'バリアフリートイレ',
  baby_care: '授乳室・おむつ替え',
};

const attributeSynonyms: Record<string, ResourceAttribute> = {
  送迎: 'transport', 要予約: 'reservation_required', 予約制: 'reservation_required', 飲食: 'meals', 駐車場有: 'parking',
  車いす: 'wheelchair', 車椅子: 'wheelchair', 車イス: 'wheelchair', 車椅子対応: 'wheelchair', 多目的トイレ: 'accessible_toilet', 多機能トイレ: 'accessible_toilet', 授乳室: 'baby_care', おむつ替え: 'baby_care',
};

const providerTypeSynonyms: Record<string, ProviderType> = {
  住民団体: 'resident_group', 住民グループ: 'resident_group', 自治会: 'resident_group', 町内会: 'resident_group', 老人クラブ: 'resident_group',
  ボランティア: 'volunteer_group', ボランティアグループ: 'volunteer_group', npo法人: 'npo', 特定非営利活動法人: 'npo',
  企業: 'business', 商店: 'business', 民間企業: 'business', 事業者: 'business', 社会福祉協議会: 'shakyo',
  市: 'government', 町: 'government', 村: 'government', 市町村: 'government', 自治体: 'government',
  介護事業所: 'care_provider', 介護サービス事業所: 'care_provider', 医療機関: 'care_provider',
};

const statusSynonyms: Record<string, ResourceStatus> = {
  実施中: 'active', 活動: 'active', 休止: 'temporarily_closed', 一時休止: 'temporarily_closed', 'temporarily closed': 'temporarily_closed',
  休止中: 'temporarily_closed', 活動終了: 'inactive', 廃止: 'defunct',
};

const key = (word: string) => cleanLine(word).toLowerCase().replace(/\s+/g, '');

// Each code is read from itself, from the catalog label staff see and from synonyms.
function lookup<T extends string>(codes: readonly T[], catalogPrefix: string, extra: Record<string, T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(key(code), code);
    const label = (messagesJa as Record<string, string>)[`${catalogPrefix}.${code}`];
    if (label) map.set(key(label), code);
  }
  for (const [word, code] of Object.entries(extra)) map.set(key(word), code);
  return map;
}

const attributeWords = lookup(resourceAttributes, 'resources.attribute', {
  ...Object.fromEntries(Object.entries(attributeCsvLabels).map(([code, label]) => [label, code as ResourceAttribute])),
  ...attributeSynonyms,
});
const providerTypeWords = lookup(providerTypes, 'resources.providerType', providerTypeSynonyms);
const statusWords = lookup(resourceStatuses, 'resources.status', statusSynonyms);

/** Reads 属性 words (送迎あり, バリアフリー …, or codes); words it does not know are returned in unknown. */
export function attributesFromNames(names: string[]): { attributes: ResourceAttribute[]; unknown: string[] } {
  const attributes = new Set<ResourceAttribute>();
  const unknown: string[] = [];
  for (const name of names) {
    const code = attributeWords.get(key(name));
    if (code) attributes.add(code);
    else unknown.push(name);
  }
  return { attributes: [...attributes], unknown };
}

/** Reads a 提供団体種別 word or code; null when empty, 'unknown' when not recognised. */
export function providerTypeFromText(text: string): ProviderType | null | 'unknown' {
  if (cleanLine(text) === '') return null;
  return providerTypeWords.get(key(text)) ?? 'unknown';
}

/** Reads a 状態 / ステータス / HSDS status; empty means active, 'unknown' when not recognised. */
export function statusFromText(text: string): ResourceStatus | 'unknown' {
  if (cleanLine(text) === '') return 'active';
  return statusWords.get(key(text)) ?? 'unknown';
}

/** Reads 公開: 公開/非公開 or any yes/no flag; empty means not published, null when not recognised. */
export function publishedFromText(text: string): boolean | null {
  const word = key(text);
  if (word === '' || word === '非公開') return false;
  if (word === '公開') return true;
  return parseFlag(word);
}

// 通いの場 activity groups as the MHLW open-data tools sort 活動内容, each
// with the default 困りごと code it answers.
const activityGroups: readonly { group: string; category: string; keywords: readonly string[] }[] = [
  { group: '体操・運動', category: 'health', keywords: ['体操', '運動', 'ストレッチ', 'ヨガ', 'ウォーキング', '散歩', '筋力', '筋トレ', 'リハビリ', 'ダンス', 'スポーツ'] },
  { group: '介護・認知症予防', category: 'health', keywords: ['認知症', '脳トレ', '介護予防', '口腔', 'フレイル', '健康'] },
  { group: '交流・茶話', category: 'salon', keywords: ['茶話', 'サロン', '交流', 'カフェ', 'お茶', 'おしゃべり', '集い', 'つどい', '居場所', '多世代'] },
  { group: '食事・栄養', category: 'meals', keywords: ['会食', '食事', '昼食', 'ランチ', '調理', '料理', '栄養'] },
  { group: '趣味・文化', category: 'hobby', keywords: ['趣味', '手芸', '囲碁', '将棋', '麻雀', 'カラオケ', '歌', '音楽', '園芸', '書道', '折り紙', '絵', 'レクリエーション'] },
];

const categoryNameByCode = new Map(defaultNeedCategories.map(([code, name]) => [code, name]));
// Folded once: normalizeForSearch is the slow part of a 30,000-row import.
const foldedActivityGroups = activityGroups.map((group) => ({ ...group, keywords: group.keywords.map(normalizeForSearch) }));

/** Sorts a 通いの場 活動内容 into its activity groups (体操・運動 …) and returns the default 困りごと names they answer. */
export function needCategoryNamesFromActivity(text: string): string[] {
  const folded = normalizeForSearch(text);
  const names = new Set<string>();
  for (const { category, keywords } of foldedActivityGroups) {
    if (keywords.some((word) => folded.includes(word))) names.add(categoryNameByCode.get(category) ?? category);
  }
  return [...names];
}

/** The default 困りごと names, for matching when the caller does not pass the tenant's own list. */
export const defaultNeedCategoryNames: readonly string[] = defaultNeedCategories.map(([, name]) => name);

/** Matches a row's 困りごと names to the known list: the names found (spelled as in the list) and those not found. */
export type NeedCategoryMatcher = (names: string[]) => { names: string[]; unknown: string[] };

/**
 * Builds a matcher for one import against the known 困りごと names, ignoring
 * width, kana and variants (雪かき = 除雪); a name may also match one part of
 * a 「・」 name (体操 → 健康づくり・体操).
 */
export function needCategoryMatcher(known: readonly string[]): NeedCategoryMatcher {
  const whole = new Map(known.map((name) => [normalizeForSearch(name), name]));
  const parts = new Map<string, string>();
  for (const name of known) {
    for (const part of name.split('・')) {
      const folded = normalizeForSearch(part);
      if (!parts.has(folded)) parts.set(folded, name);
    }
  }
  return (names) => {
    const matched = new Set<string>();
    const unknown: string[] = [];
    for (const name of names) {
      const folded = normalizeForSearch(name);
      const found = whole.get(folded) ?? parts.get(folded);
      if (found) matched.add(found);
      else unknown.push(name);
    }
    return { names: [...matched], unknown };
  };
}
