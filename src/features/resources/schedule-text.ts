// A schedule in words for residents, as printed guidebooks write it
// (「毎週月・木曜日 10:00〜12:00」), and as HSDS 3.0 schedule objects for the
// open-data export and import.
import type { Locale } from '../../platform/i18n/i18n.ts';
import { parseScheduleText } from './schedule-parse.ts';
import type { Schedule, ScheduleRule } from './schedule.ts';

type Season = NonNullable<Schedule['season']>;
type TimedRule = Extract<ScheduleRule, { kind: 'weekly' | 'monthly' }>;

const JA_DAYS = ['日', '月', '火', '水', '木', '金', '土'];
const EN_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const HSDS_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const EN_ORDINALS = ['', '1st', '2nd', '3rd', '4th', '5th'];
const EN_MONTHS = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MAX_RULES = 10;
const MAX_NOTE = 200;
const JAPAN_UTC_OFFSET = 9;

const sortedUnique = (values: readonly number[]) => [...new Set(values)].sort((a, b) => a - b);

/** Weekdays in the order Japanese calendars and guidebooks use: 月 first, 日 last. */
const mondayFirst = (days: readonly number[]) => sortedUnique(days).sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));

// ---- words ----

/** The schedule in words for residents: 「冬季のみ（12月〜3月） 毎週月・木曜日 10:00〜12:00（祝日は休み）」. */
export function describeSchedule(schedule: Schedule, locale: Locale = 'ja'): string {
  return locale === 'ja' ? describeJa(schedule) : describeEn(schedule);
}

function describeJa({ rules, season, note }: Schedule): string {
  const body = [season ? jaSeason(season) : '', rules.map(jaRule).join('、')].filter(Boolean).join(' ');
  return note ? `${body}（${note}）` : body;
}

function describeEn({ rules, season, note }: Schedule): string {
  const rulesText = rules.map(enRule).join('; ');
  const seasonText = season ? enSeason(season) : '';
  const body = seasonText && rulesText ? `${seasonText}: ${rulesText}` : seasonText || rulesText;
  return note ? `${body} (${note})`.trim() : body;
}

/** 9:00 rather than 09:00, as printed timetables write it. */
const clock = (time: string) => time.replace(/^0(\d)/, '$1');

function timeRange({ startTime, endTime }: TimedRule, locale: Locale): string {
  if (!startTime && !endTime) return '';
  const start = startTime ? clock(startTime) : '';
  const end = endTime ? clock(endTime) : '';
  if (locale === 'ja') return ` ${start}〜${end}`;
  if (start && end) return `, ${start}–${end}`;
  return start ? `, from ${start}` : `, until ${end}`;
}

function jaRule(rule: ScheduleRule): string {
  switch (rule.kind) {
    case 'weekly': {
      const days = mondayFirst(rule.weekdays);
      const when = days.length === 7 ? '毎日' : `毎週${days.map((day) => JA_DAYS[day]).join('・')}曜日`;
      return when + timeRange(rule, 'ja');
    }
    case 'monthly': {
      const weeks = sortedUnique(rule.weeksOfMonth).map((week) => `第${week}`).join('・');
      return `毎月${weeks}${JA_DAYS[rule.weekday]}曜日${timeRange(rule, 'ja')}`;
    }
    case 'irregular':
      return rule.note ? `不定期（${rule.note}）` : '不定期';
  }
}

/** 'Mon', 'Mon and Thu', 'Mon, Wed and Fri'. */
function enList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function enRule(rule: ScheduleRule): string {
  switch (rule.kind) {
    case 'weekly': {
      const days = mondayFirst(rule.weekdays);
      const when = days.length === 7 ? 'Every day' : `Every ${enList(days.map((day) => EN_DAYS[day]))}`;
      return when + timeRange(rule, 'en');
    }
    case 'monthly': {
      const weeks = enList(sortedUnique(rule.weeksOfMonth).map((week) => EN_ORDINALS[week]));
      return `${weeks} ${EN_DAYS[rule.weekday]} of every month${timeRange(rule, 'en')}`;
    }
    case 'irregular':
      return rule.note ? `Irregular (${rule.note})` : 'Irregular';
  }
}

/** A season that starts in November or December and ends by March is called 冬季 (snow clearing and the like). */
const isWinter = ({ fromMonth, toMonth }: Season) => fromMonth >= 11 && toMonth <= 3;

function jaSeason(season: Season): string {
  const { fromMonth, toMonth } = season;
  if (fromMonth === toMonth) return `${fromMonth}月のみ`;
  return isWinter(season) ? `冬季のみ（${fromMonth}月〜${toMonth}月）` : `${fromMonth}月〜${toMonth}月のみ`;
}

function enSeason({ fromMonth, toMonth }: Season): string {
  return fromMonth === toMonth ? `${EN_MONTHS[fromMonth]} only` : `${EN_MONTHS[fromMonth]}–${EN_MONTHS[toMonth]} only`;
}

// ---- weekdays for the 曜日 filter ----

/** Every weekday the activity can happen on, sorted 0 (日) … 6 (土); irregular rules add none. */
export function scheduleWeekdays(schedule: Schedule): number[] {
  return sortedUnique(
    schedule.rules.flatMap((rule) => (rule.kind === 'weekly' ? rule.weekdays : rule.kind === 'monthly' ? [rule.weekday] : [])),
  );
}

// ---- HSDS 3.0 ----

/** The HSDS 3.0 schedule fields Sasaeai writes and reads (schema/schedule.json); the rest are left out. */
export type HsdsSchedule = {
  id: string;
  service_id?: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  timezone?: number | null;
  freq?: 'WEEKLY' | 'MONTHLY' | null;
  interval?: number | null;
  byday?: string | null;
  byweekno?: string | null;
  bymonthday?: string | null;
  byyearday?: string | null;
  wkst?: 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU' | null;
  opens_at?: string | null;
  closes_at?: string | null;
  description?: string | null;
  notes?: string | null;
};

/**
 * One HSDS schedule per rule; ids come from `makeId(index)` because HSDS wants UUIDs.
 * HSDS 3.0 has no BYMONTH, so a season is carried only in each description.
 * Fields without a value are left out: the schema types them as strings, not null.
 */
export function scheduleToHsds(schedule: Schedule, ids: { serviceId: string; makeId: (index: number) => string }): HsdsSchedule[] {
  const base = (index: number, description: string): HsdsSchedule => ({
    id: ids.makeId(index),
    service_id: ids.serviceId,
    description,
    ...(schedule.note && { notes: schedule.note }),
  });
  if (schedule.rules.length === 0) {
    return schedule.season || schedule.note ? [base(0, describeJa(schedule))] : [];
  }
  return schedule.rules.map((rule, index) => {
    const object = base(index, describeJa({ rules: [rule], season: schedule.season, note: '' }));
    return rule.kind === 'irregular' ? object : { ...object, ...recurrenceOf(rule) };
  });
}

function recurrenceOf(rule: TimedRule): Partial<HsdsSchedule> {
  const byday =
    rule.kind === 'weekly'
      ? mondayFirst(rule.weekdays).map((day) => HSDS_DAYS[day])
      : sortedUnique(rule.weeksOfMonth).map((week) => `${week}${HSDS_DAYS[rule.weekday]}`);
  return {
    freq: rule.kind === 'weekly' ? 'WEEKLY' : 'MONTHLY',
    interval: 1,
    byday: byday.join(','),
    wkst: 'MO',
    ...(rule.startTime && { opens_at: rule.startTime }),
    ...(rule.endTime && { closes_at: rule.endTime }),
    // Without it HSDS reads opens_at and closes_at as UTC.
    timezone: JAPAN_UTC_OFFSET,
  };
}

/**
 * Reads HSDS schedules back, best effort: WEEKLY and MONTHLY rules Sasaeai can
 * hold become rules, anything else is read from its description as free text.
 */
export function scheduleFromHsds(schedules: HsdsSchedule[]): Schedule {
  const read = schedules.map((object) => {
    const described = object.description?.trim() ? parseScheduleText(object.description) : null;
    return { rules: rulesFromRecurrence(object) ?? described?.rules ?? [], described };
  });
  const notes = schedules.map((object) => object.notes?.trim() ?? '').find(Boolean);
  return {
    rules: read.flatMap((one) => one.rules).slice(0, MAX_RULES),
    season: read.find((one) => one.described?.season)?.described?.season ?? null,
    note: (notes ?? read.find((one) => one.described?.note)?.described?.note ?? '').slice(0, MAX_NOTE),
  };
}

function rulesFromRecurrence(object: HsdsSchedule): ScheduleRule[] | null {
  if ((object.interval ?? 1) !== 1 || object.bymonthday || object.byweekno || object.byyearday) return null;
  const parts = (object.byday ?? '').split(',').map((part) => part.trim().toUpperCase()).filter(Boolean);
  if (parts.length === 0) return null;
  const startTime = timeFromHsds(object.opens_at);
  const endTime = timeFromHsds(object.closes_at);
  const times = { ...(startTime && { startTime }), ...(endTime && { endTime }) };
  if (object.freq === 'WEEKLY') {
    const days = parts.map((part) => HSDS_DAYS.indexOf(part));
    return days.includes(-1) ? null : [{ kind: 'weekly', weekdays: sortedUnique(days), ...times }];
  }
  if (object.freq !== 'MONTHLY') return null;
  const weeksByDay = new Map<number, number[]>();
  for (const part of parts) {
    const match = /^\+?([1-5])(SU|MO|TU|WE|TH|FR|SA)$/.exec(part); // -1FR (last Friday) is not modelled
    if (!match) return null;
    const day = HSDS_DAYS.indexOf(match[2]);
    weeksByDay.set(day, [...(weeksByDay.get(day) ?? []), Number(match[1])]);
  }
  return mondayFirst([...weeksByDay.keys()]).map((weekday) => ({
    kind: 'monthly',
    weeksOfMonth: sortedUnique(weeksByDay.get(weekday) ?? []),
    weekday,
    ...times,
  }));
}

/** '10:00', '10:00:00' or '10:00+09:00' → '10:00'; the offset is assumed to be Japan's. */
function timeFromHsds(value: string | null | undefined): string | undefined {
  const match = /^(\d{1,2}):([0-5]\d)/.exec(value?.trim() ?? '');
  if (!match || Number(match[1]) > 23) return undefined;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}
