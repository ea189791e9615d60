// Fixed vocabularies of a volunteer. Stored as these codes; shown through the
// message catalog (volunteers.status.*, volunteers.ageBand.* …).

/** 応募 → 面談済 → 登録 → 休止 → 退会. */
export const volunteerStatuses = ['applied', 'interviewed', 'registered', 'paused', 'withdrawn'] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

export const ageBands = ['under20', '20s', '30s', '40s', '50s', '60s', '70s', '80plus'] as const;
export type AgeBand = (typeof ageBands)[number];

/** Weekday numbers as in Date#getDay (0 = 日曜), listed Monday first as Japanese forms do. */
export const weekdaysMondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;

/** 午前 / 午後 / 夜. */
export const timeSlots = ['am', 'pm', 'evening'] as const;
export type TimeSlot = (typeof timeSlots)[number];

/** How far a volunteer will go: their own 圏域, their area, or anywhere in the city. */
export const travelRanges = ['district', 'area', 'city'] as const;
export type TravelRange = (typeof travelRanges)[number];

export const travelMeans = ['walk', 'bicycle', 'car', 'public_transport'] as const;
export type TravelMeans = (typeof travelMeans)[number];

/** Where a record came from: the public form or staff entering it from paper or a call. */
export const volunteerSources = ['public', 'staff'] as const;

/**
 * What a new tenant's volunteers can offer (code, name, reading, the 困りごと
 * code of the directory it answers), from the newsletter's own examples.
 */
export const defaultHelpTypes: readonly [string, string, string, string][] = [
  ['shopping_companion', '買い物同行', 'かいものどうこう', 'shopping'],
  ['walk_companion', '散歩の付き添い', 'さんぽのつきそい', 'outing'],
  ['dog_walk', 'ペットの散歩', 'ぺっとのさんぽ', 'pet'],
  ['snow', '除雪', 'じょせつ', 'snow'],
  ['garbage', 'ゴミ出し', 'ごみだし', 'garbage'],
  ['tidying', '室内の整理', 'しつないのせいり', 'housework'],
  ['conversation', '話し相手', 'はなしあいて', 'watching'],
  ['go_shogi', '囲碁・将棋の相手', 'いご・しょうぎのあいて', 'hobby'],
  ['transport', '送迎', 'そうげい', 'outing'],
  ['housework', '家事', 'かじ', 'housework'],
  ['light_bulb', '電球交換', 'でんきゅうこうかん', 'housework'],
];

/** An availability cell, e.g. "1:am" for Monday morning. */
export function slotKey(weekday: number, slot: TimeSlot): string {
  return `${weekday}:${slot}`;
}

export const availabilityKeys: readonly string[] = weekdaysMondayFirst.flatMap((d) => timeSlots.map((s) => slotKey(d, s)));
