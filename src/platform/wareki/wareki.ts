// 和暦 dates and 年度 (April–March fiscal years), always as seen in Japan.
// Servers may run in UTC, so every calendar question is asked in Asia/Tokyo.

export type DateInput = Date | string;

export type WarekiLocale = 'ja' | 'en';

export type WarekiDateOptions = { weekday?: boolean; locale?: WarekiLocale };

export type FiscalYearRange = { start: string; end: string };

const TIME_ZONE = 'Asia/Tokyo';

// Formatters are built once: constructing Intl.DateTimeFormat costs far more
// than formatting, and list pages format hundreds of dates.
const jaEraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: TIME_ZONE,
  era: 'long',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
});
const enEraFormat = new Intl.DateTimeFormat('en-u-ca-japanese', {
  timeZone: TIME_ZONE,
  era: 'long',
  year: 'numeric',
});
const enDateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const enWeekdayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'short' });
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
  // h23 rather than hour12:false, which some ICU versions print as 24:00 at midnight.
  hourCycle: 'h23',
});
const isoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A date-time string without an offset would be read in the server's zone,
// which silently shifts dates on a UTC server, so one is required.
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function toInstant(date: DateInput): Date {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
    return date;
  }
  const dateOnly = DATE_ONLY.exec(date);
  if (dateOnly) {
    // Midnight in Tokyo, so '2021-09-18' is 18 September wherever the server runs.
    const instant = new Date(`${date}T00:00:00+09:00`);
    if (Number.isNaN(instant.getTime()) || isoDateInTokyo(instant) !== date) {
      throw new RangeError(`Not a calendar date: ${date}`);
    }
    return instant;
  }
  if (DATE_TIME_WITH_OFFSET.test(date)) {
    const instant = new Date(date);
    if (!Number.isNaN(instant.getTime())) return instant;
  }
  throw new RangeError(`Expected a Date or an ISO date 'YYYY-MM-DD': ${date}`);
}

function isoDateInTokyo(instant: Date): string {
  return isoDateFormat.format(instant);
}

function partsOf(format: Intl.DateTimeFormat, instant: Date): Map<string, string> {
  return new Map(format.formatToParts(instant).map((part) => [part.type, part.value]));
}

function jaEraParts(instant: Date): { era: string; year: string; month: string; day: string; weekday: string } {
  const parts = partsOf(jaEraFormat, instant);
  const year = parts.get('year') ?? '';
  return {
    era: parts.get('era') ?? '',
    // The first year of an era is written 元年, never 1年.
    year: year === '1' ? '元' : year,
    month: parts.get('month') ?? '',
    day: parts.get('day') ?? '',
    weekday: parts.get('weekday') ?? '',
  };
}

function enEra(instant: Date): string {
  const parts = partsOf(enEraFormat, instant);
  return `${parts.get('era') ?? ''} ${parts.get('year') ?? ''}`;
}

function checkYear(year: number): void {
  // 明治 began in 1868; before it era years do not line up with Gregorian ones.
  if (!Number.isInteger(year) || year < 1868 || year > 9999) {
    throw new RangeError(`Not a supported year: ${year}`);
  }
}

/** Formats a date as 令和3年9月18日, or 令和3年9月18日（土） with the weekday, or in English with the era in parentheses. */
export function formatWarekiDate(date: DateInput, opts: WarekiDateOptions = {}): string {
  const instant = toInstant(date);
  if (opts.locale === 'en') {
    const day = enDateFormat.format(instant);
    const withWeekday = opts.weekday ? `${enWeekdayFormat.format(instant)}, ${day}` : day;
    return `${withWeekday} (${enEra(instant)})`;
  }
  const { era, year, month, day, weekday } = jaEraParts(instant);
  const text = `${era}${year}年${month}月${day}日`;
  return opts.weekday ? `${text}（${weekday}）` : text;
}

/** Formats a moment as 令和3年9月18日（土）14:30 in Tokyo time (24-hour clock). */
export function formatWarekiDateTime(date: DateInput, opts: { locale?: WarekiLocale } = {}): string {
  const instant = toInstant(date);
  const time = timeFormat.format(instant);
  if (opts.locale === 'en') {
    return `${formatWarekiDate(instant, { weekday: true, locale: 'en' })}, ${time}`;
  }
  return `${formatWarekiDate(instant, { weekday: true })}${time}`;
}

/** The time of day in Tokyo, 24-hour: 14:30. */
export function formatJapanTime(date: DateInput): string {
  return timeFormat.format(toInstant(date));
}

/** A span on one day as 令和3年9月18日（土）14:30〜16:00, or across days with both dates. */
export function formatWarekiSpan(start: DateInput, end: DateInput, opts: { locale?: WarekiLocale } = {}): string {
  const from = toInstant(start);
  const to = toInstant(end);
  const sameDay = isoDateInTokyo(from) === isoDateInTokyo(to);
  const tail = sameDay ? formatJapanTime(to) : formatWarekiDateTime(to, opts);
  return `${formatWarekiDateTime(from, opts)}〜${tail}`;
}

/** Names a Gregorian year in 和暦 (2021 → 令和3年), taking the era in force on 1 July of that year. */
export function formatWarekiYear(year: number): string {
  checkYear(year);
  // 1 July settles the years an era changed in (1989, 2019) on the new era,
  // which is how those years are commonly named (平成元年, 令和元年).
  const { era, year: eraYear } = jaEraParts(toInstant(`${padYear(year)}-07-01`));
  return `${era}${eraYear}年`;
}

/** Returns the 年度 a date falls in, as the Gregorian year it starts in (2021-03-31 → 2020). */
export function fiscalYearOf(date: DateInput): number {
  const [year, month] = isoDateInTokyo(toInstant(date)).split('-').map(Number);
  return month >= 4 ? year : year - 1;
}

/** Names a 年度 in 和暦: 2021 → 令和3年度, 2019 → 令和元年度. */
export function formatFiscalYear(fy: number): string {
  checkYear(fy);
  // A 年度 takes the era in force on its first day, 1 April: so April 1988 –
  // March 1989 stays 昭和63年度 although 平成 began in January 1989. 2019 is the
  // exception: 令和 began on 1 May, a month in, and government and councils
  // renamed the whole year 令和元年度 (平成31年度 appears only on papers from
  // April 2019). Asking about 1 May gives that name.
  const firstDay = fy === 2019 ? '2019-05-01' : `${padYear(fy)}-04-01`;
  const { era, year } = jaEraParts(toInstant(firstDay));
  return `${era}${year}年度`;
}

/** Returns the first and last calendar days of a 年度 as ISO dates. */
export function fiscalYearRange(fy: number): FiscalYearRange {
  checkYear(fy);
  return { start: `${padYear(fy)}-04-01`, end: `${padYear(fy + 1)}-03-31` };
}

function padYear(year: number): string {
  return String(year).padStart(4, '0');
}
