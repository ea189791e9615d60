// Cleaning rules for when and whether a place is open: 曜日 text and separate
// start/end time columns into a Schedule, and 冬季閉鎖 out of 備考 into the
// status notice.
import { parseScheduleText } from '../schedule-parse.ts';
import type { Schedule, ScheduleRule } from '../schedule.ts';
import type { SchedulePart } from './row-draft.ts';
import { cleanLine, cleanLineAsWritten } from './clean-text.ts';

const MAX_NOTE = 200;
const MAX_RULES = 10;

/** Reads a time cell (9:00, 09:00:00, 9時, 9時30分, 0900) as HH:MM; 24:00 becomes 23:59, the model's last minute; null if not a time. */
export function normalizeTime(text: string): string | null {
  const value = cleanLine(text);
  const match = /^(\d{1,2})(?::(\d{2})(?::\d{2})?|時(?:(\d{1,2})分)?)$/.exec(value) ?? /^(\d{2})(\d{2})$/.exec(value);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  if (hour === 24 && minute === 0) return '23:59';
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

type Times = { startTime?: string; endTime?: string };

// A time with no day cannot be a rule (a weekly rule needs weekdays), so it
// is said in the note: 「24時間」 for a toilet open 00:00–23:59.
function timeNote(part: SchedulePart, times: Times): string {
  if (times.startTime === '00:00' && times.endTime === '23:59') return '24時間';
  const start = times.startTime ?? cleanLineAsWritten(part.startTime ?? '');
  const end = times.endTime ?? cleanLineAsWritten(part.endTime ?? '');
  return start || end ? `${start}〜${end}` : '';
}

function withTimes(rule: ScheduleRule, times: Times): ScheduleRule {
  if (rule.kind === 'irregular' || rule.startTime || rule.endTime) return rule;
  return { ...rule, ...times };
}

// 平日 and 土曜 with the same hours are one rule: 月〜土 10:00〜12:00.
function mergeWeekly(rules: ScheduleRule[]): ScheduleRule[] {
  const merged: ScheduleRule[] = [];
  for (const rule of rules) {
    const same = rule.kind === 'weekly' && merged.find((r) => r.kind === 'weekly' && r.startTime === rule.startTime && r.endTime === rule.endTime);
    if (same && same.kind === 'weekly' && rule.kind === 'weekly') same.weekdays = [...new Set([...same.weekdays, ...rule.weekdays])].sort((a, b) => a - b);
    else merged.push(rule);
  }
  return merged;
}

// 定休日 that reads as plain weekdays is taken out of the weekly rules;
// anything else (祝日, 年末年始) is kept as words in the note.
function removeClosedDays(rules: ScheduleRule[], closedDays: string): { rules: ScheduleRule[]; isApplied: boolean } {
  const closed = parseScheduleText(closedDays);
  const isPlainWeekdays = closed.rules.length > 0 && closed.rules.every((r) => r.kind === 'weekly' && !r.startTime && !r.endTime) && !closed.season && !closed.note;
  if (!isPlainWeekdays) return { rules, isApplied: false };
  const days = new Set(closed.rules.flatMap((r) => (r.kind === 'weekly' ? r.weekdays : [])));
  const open = rules.flatMap((rule): ScheduleRule[] => {
    if (rule.kind !== 'weekly') return [rule];
    const weekdays = rule.weekdays.filter((day) => !days.has(day));
    return weekdays.length > 0 ? [{ ...rule, weekdays }] : [];
  });
  return { rules: open, isApplied: true };
}

/**
 * Builds a schedule from a format's parts: 曜日 text is read by
 * parseScheduleText, times from their own columns are given to the rules
 * that have none, equal weekly rules are merged, and a time with no day goes
 * to the note. overflow holds the whole note when it had to be cut.
 */
export function buildSchedule(parts: SchedulePart[], notes: string[], closedDays = ''): { schedule: Schedule; overflow: string } {
  let rules: ScheduleRule[] = [];
  let season: Schedule['season'] = null;
  const noteParts: string[] = [];
  for (const part of parts) {
    const times: Times = {};
    const start = normalizeTime(part.startTime ?? '');
    const end = normalizeTime(part.endTime ?? '');
    if (start) times.startTime = start;
    if (end) times.endTime = end;
    if (part.weekdays && part.weekdays.length > 0) {
      rules.push({ kind: 'weekly', weekdays: [...part.weekdays], ...times });
      continue;
    }
    const parsed = parseScheduleText(cleanLineAsWritten(part.dayText ?? ''));
    season ??= parsed.season;
    if (parsed.note) noteParts.push(parsed.note);
    rules.push(...parsed.rules.map((rule) => withTimes(rule, times)));
    if (!parsed.rules.some((rule) => rule.kind !== 'irregular')) noteParts.push(timeNote(part, times));
  }
  rules = mergeWeekly(rules);
  const closed = cleanLineAsWritten(closedDays);
  if (closed) {
    const result = removeClosedDays(rules, closed);
    rules = result.rules;
    if (!result.isApplied) noteParts.push(`定休日: ${closed}`);
  }
  noteParts.push(...notes.map(cleanLineAsWritten));
  const note = noteParts.filter((n) => n !== '').join(' / ');
  const isCut = note.length > MAX_NOTE;
  return {
    schedule: { rules: rules.slice(0, MAX_RULES), season, note: isCut ? `${note.slice(0, MAX_NOTE - 1)}…` : note },
    overflow: isCut ? note : '',
  };
}

// 冬季閉鎖, 冬期閉鎖, 冬季休止, 冬期間は閉館 …: open most of the year, closed in
// winter. That is a notice for residents, not a different status.
const WINTER_CLOSURE = /冬[季期]間?(?:中|の間)?は?(?:閉鎖|休止|休業|休館|閉館|休み|通行止め?)/;

/** Takes winter-closure remarks (冬季閉鎖, 冬季休止) out of 備考 for the status notice; rest is the other remarks. */
export function extractSeasonalNotice(remarks: string): { notice: string; rest: string } {
  // Remarks joined by 「 / 」 (as open-infra-japan does) or by line breaks are separate statements.
  const segments = remarks.split(/\s+\/\s+|\n/).map((s) => s.trim()).filter((s) => s !== '');
  const notice = segments.filter((s) => WINTER_CLOSURE.test(s.normalize('NFKC')));
  return { notice: notice.map(cleanLineAsWritten).join('、'), rest: segments.filter((s) => !notice.includes(s)).join('\n') };
}
