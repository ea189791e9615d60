// Reads the free Japanese schedule text of open-data CSVs (「毎週月・木曜日
// 10時〜12時」「第2・第4水曜」「冬季のみ」) into a Schedule. Text it does not
// understand in full is kept whole as one 不定期 rule: an import never loses
// what the source said, never guesses, and never throws.
import type { Schedule, ScheduleRule } from './schedule.ts';

const MAX_NOTE = 200;
const MAX_RULES = 10;
const DAY_CHARS = '日月火水木金土'; // index = weekday number, as in Date#getDay
const WINTER = { fromMonth: 12, toMonth: 3 };

type Season = { fromMonth: number; toMonth: number };
type Token =
  | { kind: 'days'; weekdays: number[] }
  | { kind: 'weeks'; weeks: number[] }
  | { kind: 'time'; startTime?: string; endTime?: string }
  | { kind: 'every' } // 毎週 / 毎月: what follows is a new rule
  | { kind: 'irregular'; word: string }
  | { kind: 'season'; season: Season; isExplicit: boolean }
  | { kind: 'note'; text: string };

/** What one reader took from the text: its tokens (none for separators) and where it stopped. */
type Reading = { tokens: Token[]; end: number };
type Reader = (text: string, at: number) => Reading | null;

/** Reads free schedule text (NFKC-folded first) into a Schedule; what it cannot read becomes one 不定期 rule. */
export function parseScheduleText(text: string): Schedule {
  const original = text.trim();
  if (original === '') return { rules: [], season: null, note: '' };
  const tokens = tokenize(original.normalize('NFKC'));
  return (tokens && buildSchedule(tokens)) ?? { rules: [{ kind: 'irregular', note: truncate(original) }], season: null, note: '' };
}

// ---- reading the text into tokens ----

const DAY = '([日月火水木金土])(?:曜日|曜)?';
const DASH = '\\s*(?:〜|~|-|ー|―|から|より)\\s*';

function byPattern(pattern: RegExp, read: (match: RegExpExecArray) => Token[] | null): Reader {
  return (text, at) => {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    const tokens = match && read(match);
    return tokens && { tokens, end: at + match[0].length };
  };
}

const days = (weekdays: number[]): Token[] => [{ kind: 'days', weekdays }];

function seasonOf(from: string, to: string): Token[] | null {
  const season = { fromMonth: Number(from), toMonth: Number(to) };
  const isMonth = (month: number) => month >= 1 && month <= 12;
  return isMonth(season.fromMonth) && isMonth(season.toMonth) ? [{ kind: 'season', season, isExplicit: true }] : null;
}

/** 月〜金 → 1…5 and 金〜月 → 5, 6, 0, 1: ranges run Monday-first, as Japanese calendars do. */
function dayRange(from: string, to: string): number[] {
  const first = (DAY_CHARS.indexOf(from) + 6) % 7;
  const last = (DAY_CHARS.indexOf(to) + 6) % 7;
  const length = ((last - first + 7) % 7) + 1;
  return Array.from({ length }, (_, step) => (first + step + 1) % 7);
}

// Order matters: the first reader that applies wins, so 毎日 and 平日 come
// before the single 日 (Sunday), and month ranges before clock times.
const readers: Reader[] = [
  byPattern(/(\d{1,2})月\s*(?:〜|~|-|ー|から)\s*(\d{1,2})月(?:まで)?(?:のみ|限定|の間|中)?/y, (m) => seasonOf(m[1], m[2])),
  byPattern(/(\d{1,2})月(?:のみ|限定|中)/y, (m) => seasonOf(m[1], m[1])),
  byPattern(/冬(?:季|期)間?(?:のみ|限定|中|の間)?|冬の間(?:のみ)?/y, () => [{ kind: 'season', season: WINTER, isExplicit: false }]),
  byPattern(/不定期|随時|要?問い?合わ?せ|要相談|応相談/y, (m) => [{ kind: 'irregular', word: m[0] }]),
  byPattern(/毎日/y, () => [{ kind: 'every' }, ...days([0, 1, 2, 3, 4, 5, 6])]),
  byPattern(/平日/y, () => days([1, 2, 3, 4, 5])),
  byPattern(/週末/y, () => days([6, 0])),
  byPattern(new RegExp(`${DAY}${DASH}${DAY}(?:まで)?`, 'y'), (m) => days(dayRange(m[1], m[2]))),
  byPattern(new RegExp(DAY, 'y'), (m) => days([DAY_CHARS.indexOf(m[1])])),
  byPattern(/毎週|毎月/y, () => [{ kind: 'every' }]),
  byPattern(/第\s*[1-5](?!\d)(?:\s*[・、,と]\s*第?\s*[1-5](?!\d))*\s*(?:週目?)?/y, (m) => [
    { kind: 'weeks', weeks: [...m[0].matchAll(/\d/g)].map(Number) },
  ]),
  readTime,
  byPattern(/[\s・、,。/;&]+|および|及び|のみ|開催|実施|ごろ|頃|曜日|と|の|は|に/y, () => []),
];

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const reading = text[at] === '(' ? readParen(text, at, tokens.at(-1)) : readNext(text, at);
    if (!reading) return null;
    tokens.push(...reading.tokens);
    at = reading.end;
  }
  return tokens;
}

function readNext(text: string, at: number): Reading | null {
  for (const reader of readers) {
    const reading = reader(text, at);
    if (reading) return reading;
  }
  return null;
}

/** （月）（木）, （12月〜3月）, （10時〜12時） are part of the schedule; any other bracket is a note. */
function readParen(text: string, at: number, previous: Token | undefined): Reading | null {
  let depth = 0;
  for (let end = at; end < text.length; end++) {
    if (text[end] === '(') depth++;
    if (text[end] === ')' && --depth === 0) {
      const inner = text.slice(at + 1, end).trim();
      return { tokens: inner === '' ? [] : parenTokens(inner, previous), end: end + 1 };
    }
  }
  return null;
}

function parenTokens(inner: string, previous: Token | undefined): Token[] {
  // After 不定期 the bracket always says why or when, even if it reads like a weekday.
  const tokens = previous?.kind === 'irregular' ? null : tokenize(inner);
  const isSchedulePart = tokens?.length && tokens.every((t) => t.kind === 'days' || t.kind === 'season' || t.kind === 'time');
  return isSchedulePart ? tokens : [{ kind: 'note', text: inner.replace(/\(/g, '（').replace(/\)/g, '）') }];
}

// ---- clock times: 10:00, 10時30分, 10時半, 午後1時, 正午 ----

type Clock = { hour: number; minute: number; hasMeridiem: boolean; end: number };
const CLOCK = /(午前|午後|am|pm)?\s*(?:(正午)|(\d{1,2})(?::(\d{2})|時(?:\s*(\d{1,2})分|(半))?))(?:\s*(am|pm)(?![a-z]))?/iy;
const TIME_DASH = new RegExp(DASH, 'y');
const UNTIL = /\s*まで/y;

function readClock(text: string, at: number): Clock | null {
  CLOCK.lastIndex = at;
  const m = CLOCK.exec(text);
  if (!m) return null;
  const meridiem = (m[1] ?? m[7] ?? '').toLowerCase();
  let hour = m[2] ? 12 : Number(m[3]);
  const minute = m[2] ? 0 : Number(m[4] ?? m[5] ?? (m[6] ? 30 : 0));
  if ((meridiem === '午後' || meridiem === 'pm') && hour < 12) hour += 12;
  if ((meridiem === '午前' || meridiem === 'am') && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return null;
  return { hour, minute, hasMeridiem: meridiem !== '', end: at + m[0].length };
}

function matchEnd(pattern: RegExp, text: string, at: number): number | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? at + match[0].length : null;
}

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/** 「午後1時〜3時」「10時〜3時」: an unmarked end hour before the start is in the afternoon. */
function endTimeOf(start: Clock | null, end: Clock): string {
  const isAfternoon = start && !end.hasMeridiem && end.hour < start.hour && end.hour + 12 > start.hour;
  return hhmm(isAfternoon ? end.hour + 12 : end.hour, end.minute);
}

function readTime(text: string, at: number): Reading | null {
  const start = readClock(text, at);
  const dash = matchEnd(TIME_DASH, text, start?.end ?? at);
  if (dash === null) {
    if (!start) return null;
    const until = matchEnd(UNTIL, text, start.end); // 「12時まで」 is an end time
    const time = hhmm(start.hour, start.minute);
    const token: Token = until === null ? { kind: 'time', startTime: time } : { kind: 'time', endTime: time };
    return { tokens: [token], end: until ?? start.end };
  }
  const end = readClock(text, dash);
  if (!start && !end) return null;
  const token: Token = { kind: 'time' };
  if (start) token.startTime = hhmm(start.hour, start.minute);
  if (end) token.endTime = endTimeOf(start, end);
  const stop = end?.end ?? dash;
  return { tokens: [token], end: matchEnd(UNTIL, text, stop) ?? stop };
}

// ---- building rules from tokens ----

type Draft = { weeks: number[]; weekdays: number[]; startTime?: string; endTime?: string; hasTime: boolean };
type IrregularRule = Extract<ScheduleRule, { kind: 'irregular' }>;
type BuildState = {
  rules: ScheduleRule[];
  notes: string[];
  season: Season | null;
  hasExplicitSeason: boolean;
  draft: Draft;
  groupStart: number; // rules from here on take a time that follows them: 「第2水曜・第4金曜 13時〜」
  openIrregular: { rule: IrregularRule; word: string } | null; // a 不定期 whose （…） may follow
};

const emptyDraft = (): Draft => ({ weeks: [], weekdays: [], hasTime: false });
const sortedUnique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

function buildSchedule(tokens: Token[]): Schedule | null {
  const state: BuildState = {
    rules: [],
    notes: [],
    season: null,
    hasExplicitSeason: false,
    draft: emptyDraft(),
    groupStart: 0,
    openIrregular: null,
  };
  if (!tokens.every((token) => apply(state, token)) || !flush(state)) return null;
  const { rules, season, notes } = state;
  if (rules.length > MAX_RULES || (rules.length === 0 && !season && notes.length === 0)) return null;
  return { rules, season, note: truncate(notes.join('、')) };
}

/** Adds one token to the rule being read; false when the tokens cannot make a schedule. */
function apply(state: BuildState, token: Token): boolean {
  const irregular = state.openIrregular;
  state.openIrregular = null;
  const { draft } = state;
  switch (token.kind) {
    case 'note':
      if (irregular) irregular.rule.note = truncate(irregular.word === '不定期' ? token.text : `${irregular.word}（${token.text}）`);
      else state.notes.push(token.text);
      return true;
    case 'season':
      return applySeason(state, token.season, token.isExplicit);
    case 'irregular': {
      if (!flush(state)) return false;
      const rule: IrregularRule = { kind: 'irregular', note: token.word === '不定期' ? '' : token.word };
      state.rules.push(rule);
      state.groupStart = state.rules.length;
      state.openIrregular = { rule, word: token.word };
      return true;
    }
    case 'every':
      if (draft.weekdays.length > 0 && !flush(state)) return false;
      state.groupStart = state.rules.length;
      return true;
    case 'weeks':
      if (draft.weekdays.length > 0 && !flush(state)) return false;
      state.draft.weeks.push(...token.weeks);
      return true;
    case 'days':
      if (draft.weekdays.length > 0 && draft.hasTime && !flush(state)) return false;
      state.draft.weekdays.push(...token.weekdays);
      return true;
    case 'time':
      if (draft.hasTime && !flush(state)) return false;
      Object.assign(state.draft, { startTime: token.startTime, endTime: token.endTime, hasTime: true });
      shareTime(state, token);
      return true;
  }
}

/** Gives a time to the rules of the same group read before it that have none. */
function shareTime(state: BuildState, { startTime, endTime }: { startTime?: string; endTime?: string }): void {
  for (const rule of state.rules.slice(state.groupStart)) {
    if (rule.kind === 'irregular' || rule.startTime || rule.endTime) continue;
    if (startTime) rule.startTime = startTime;
    if (endTime) rule.endTime = endTime;
  }
  state.groupStart = state.rules.length;
}

/** An explicit 12月〜3月 wins over 冬季; two different explicit seasons are not understood. */
function applySeason(state: BuildState, season: Season, isExplicit: boolean): boolean {
  if (!isExplicit) {
    state.season ??= season;
    return true;
  }
  const isSame = state.season?.fromMonth === season.fromMonth && state.season?.toMonth === season.toMonth;
  if (state.hasExplicitSeason && !isSame) return false;
  state.season = season;
  state.hasExplicitSeason = true;
  return true;
}

/** Turns the rule being read into schedule rules; false when it has weeks or times but no weekday. */
function flush(state: BuildState): boolean {
  const { weeks, weekdays, startTime, endTime, hasTime } = state.draft;
  state.draft = emptyDraft();
  if (weekdays.length === 0) return weeks.length === 0 && !hasTime;
  const times = { ...(startTime && { startTime }), ...(endTime && { endTime }) };
  if (weeks.length === 0) {
    state.rules.push({ kind: 'weekly', weekdays: sortedUnique(weekdays), ...times });
    return true;
  }
  const mondayFirst = sortedUnique(weekdays).sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  for (const weekday of mondayFirst) state.rules.push({ kind: 'monthly', weeksOfMonth: sortedUnique(weeks), weekday, ...times });
  return true;
}

/** Cuts to the 200 UTF-16 units the schema allows without leaving half a surrogate pair. */
function truncate(text: string): string {
  if (text.length <= MAX_NOTE) return text;
  const isHighSurrogate = /[\uD800-\uDBFF]/.test(text[MAX_NOTE - 1]);
  return text.slice(0, isHighSurrogate ? MAX_NOTE - 1 : MAX_NOTE);
}
