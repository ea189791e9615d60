// Fixed vocabularies of a listing. Stored as these codes; shown through the
// message catalog (resources.providerType.*, resources.attribute.* …).

/** Who runs an activity (HSDS organization type, in Japanese practice). */
export const providerTypes = ['resident_group', 'volunteer_group', 'npo', 'business', 'shakyo', 'government', 'care_provider'] as const;
export type ProviderType = (typeof providerTypes)[number];

/** HSDS service status. */
export const resourceStatuses = ['active', 'temporarily_closed', 'inactive', 'defunct'] as const;
export type ResourceStatus = (typeof resourceStatuses)[number];

/** Features residents filter and print by. */
export const resourceAttributes = ['transport', 'barrier_free', 'reservation_required', 'meals', 'parking', 'outside_care_insurance', 'wheelchair', 'accessible_toilet', 'baby_care'] as const;
export type ResourceAttribute = (typeof resourceAttributes)[number];

/** How a cost is expressed: 無料, an amount in yen, 実費, or free text. */
export const costKinds = ['free', 'yen', 'actual', 'text'] as const;
export type CostKind = (typeof costKinds)[number];

/** Weekday numbers as in JavaScript's Date#getDay: 0 = 日曜 … 6 = 土曜. */
export const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;
export type Weekday = (typeof weekdays)[number];

/** The 困りごと categories a new tenant starts with (code, name, reading). */
export const defaultNeedCategories: readonly [string, string, string][] = [
  ['shopping', '買い物', 'かいもの'],
  ['outing', '通院・外出', 'つういん・がいしゅつ'],
  ['snow', '除雪', 'じょせつ'],
  ['garbage', 'ゴミ出し', 'ごみだし'],
  ['housework', '家事', 'かじ'],
  ['watching', '見守り・安否確認', 'みまもり・あんぴかくにん'],
  ['meals', '食事・配食', 'しょくじ・はいしょく'],
  ['salon', '交流・サロン', 'こうりゅう・さろん'],
  ['health', '健康づくり・体操', 'けんこうづくり・たいそう'],
  ['hobby', '趣味・生きがい', 'しゅみ・いきがい'],
  ['consultation', '相談', 'そうだん'],
  ['pet', 'ペット', 'ぺっと'],
];
