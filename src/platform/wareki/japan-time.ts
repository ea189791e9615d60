// Date-times as people in Japan type them: 'YYYY-MM-DDTHH:mm' on the wall
// clock in Tokyo, whatever zone the server runs in. Japan has had no
// daylight saving time since 1951, so Tokyo is always UTC+9.

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;
const JAPAN_OFFSET_MS = 9 * 60 * 60_000;

/** Turns '2021-09-18T14:30' (Japan time) into the instant; null when it is not a real date and time. */
export function japanDateTimeToInstant(text: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(text.normalize('NFKC').trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const instant = new Date(utc - JAPAN_OFFSET_MS);
  // Date.UTC rolls 31 April over to 1 May: such a date does not exist.
  if (new Date(utc).getUTCDate() !== day) return null;
  return instant;
}

/** The Japan wall-clock time of an instant as 'YYYY-MM-DDTHH:mm' (what a datetime-local field shows). */
export function instantToJapanDateTime(instant: Date): string {
  return new Date(instant.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 16);
}

/** The Japan calendar date of an instant, 'YYYY-MM-DD'. */
export function japanDateOf(instant: Date): string {
  return instantToJapanDateTime(instant).slice(0, 10);
}

/** The Japan wall-clock time of an instant, 'HH:mm'. */
export function japanTimeOf(instant: Date): string {
  return instantToJapanDateTime(instant).slice(11, 16);
}

/** A calendar month in Japan: its first and last dates, and the instants it starts and ends (exclusive). */
export type JapanMonth = { firstDay: string; lastDay: string; start: Date; end: Date };

/** The Japan calendar month an instant falls in: 2026-11-30T15:30Z is already December in Tokyo. */
export function japanMonthOf(instant: Date): JapanMonth {
  const [year, month] = japanDateOf(instant).split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1, 1) - JAPAN_OFFSET_MS);
  const end = new Date(Date.UTC(year, month, 1) - JAPAN_OFFSET_MS);
  return { firstDay: japanDateOf(start), lastDay: japanDateOf(new Date(end.getTime() - 1)), start, end };
}
