// Cleaning rules for text cells: what real files do to names, readings,
// flags, codes and dates, undone one small rule at a time.
import { isValidReading, toStoredReading } from '../../../platform/japanese-text/reading.ts';

// Controls that resourceInput refuses; a stray one in a cell must not sink the row.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAK_MARKERS = /（改行）|\(改行\)|<br\s*\/?>/gi;

/** Turns the 「（改行）」 that 通いの場 files put in place of line breaks (and <br>, CR LF) back into newlines. */
export function restoreLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(LINE_BREAK_MARKERS, '\n');
}

/** Widens half-width katakana (ｸﾞﾘｰﾝ → グリーン) and leaves every other character as written. */
export function widenHalfwidthKana(text: string): string {
  return text.replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'));
}

/** One-line text (names, addresses): NFKC, so ＮＨＫ → NHK and ｸﾞﾘｰﾝ → グリーン; line breaks and runs of spaces become one space. */
export function cleanLine(text: string): string {
  return restoreLineBreaks(text).normalize('NFKC').replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** One-line text shown as written (費用, お知らせ): half-width kana widened, line breaks and runs of spaces to one space; no NFKC, so ～ and （） stay. */
export function cleanLineAsWritten(text: string): string {
  return widenHalfwidthKana(restoreLineBreaks(text)).replace(CONTROLS, '').replace(/\s+/g, ' ').trim();
}

/** Free text (説明, 備考): line breaks restored, half-width kana widened, line ends trimmed; full-width punctuation kept as written. */
export function cleanMultiline(text: string): string {
  return widenHalfwidthKana(restoreLineBreaks(text))
    .replace(CONTROLS, '')
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A reading as listings store it: NFKC, katakana as hiragana, digits and
 * Latin letters kept (シンジョウ１ゴウリョクチ → しんじょう1ごうりょくち).
 * Brackets and punctuation become spaces because a reading holds no marks:
 * ハコダテコウエン（ウラモンヨコ） → はこだてこうえん うらもんよこ.
 */
export function cleanReading(text: string): { value: string; isValid: boolean } {
  const line = cleanLine(text);
  if (line === '') return { value: '', isValid: true };
  const value = toStoredReading(line.replace(/[\p{P}\p{S}]/gu, (mark) => (mark === '・' || mark === 'ー' ? mark : ' ')));
  return isValidReading(value, { allowAlphanumeric: true }) ? { value, isValid: true } : { value: '', isValid: false };
}

const TRUE_WORDS = new Set(['1', '有', '有り', 'あり', '○', '〇', '◯', '◎', '可', 'はい', 'true', 'yes', 'y']);
const FALSE_WORDS = new Set(['0', '無', '無し', 'なし', '×', '✕', 'x', '不可', 'いいえ', 'false', 'no', 'n', '-']);

/** Reads a yes/no cell: 1/0, 有/無, あり/なし, ○/×, 可/不可; null when empty or not a flag. */
export function parseFlag(text: string): boolean | null {
  const word = cleanLine(text).toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** Splits a 「;」-separated cell (also ；、, and line breaks) into cleaned, non-empty items. */
export function splitList(text: string): string[] {
  return text
    .split(/[;；、,，\n]/)
    .map(cleanLine)
    .filter((item) => item !== '');
}

// JIS X 0401/0402: the sixth digit checks the first five, weights 6…2, mod 11.
function hasValidCheckDigit(code: string): boolean {
  const sum = [...code.slice(0, 5)].reduce((total, digit, i) => total + Number(digit) * (6 - i), 0);
  return (11 - (sum % 11)) % 10 === Number(code[5]);
}

/**
 * Restores the leading zero Excel drops from a 全国地方公共団体コード
 * (012025 → 12025, 01202 → 1202). A 5-digit cell is a 6-digit code only when
 * it cannot be a 5-digit one (prefectures end at 47) or its check digit fits.
 */
export function padMunicipalityCode(text: string): string | null {
  const digits = cleanLine(text);
  if (!/^\d{4,6}$/.test(digits)) return null;
  if (digits.length === 6) return digits;
  if (digits.length === 4) return `0${digits}`;
  const padded = `0${digits}`;
  return Number(digits[0]) >= 5 || hasValidCheckDigit(padded) ? padded : digits;
}

/** Restores leading zeros of a fixed-length number (郵便番号 7, 事業所番号 10) that a spreadsheet stored as a number. */
export function padDigits(text: string, length: number): string {
  const value = cleanLine(text);
  return /^\d+$/.test(value) && value.length < length && value.length >= length - 2 ? value.padStart(length, '0') : value;
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, R: 2018, H: 1988, S: 1925 };

/** Reads a date cell (2021-09-18, 2021/9/18, 2021年9月18日, 令和3年9月18日, R3.9.18) as YYYY-MM-DD; null if empty, 'invalid' if unreadable. */
export function parseImportDate(text: string): string | null | 'invalid' {
  const value = cleanLine(text).replace(/元年/, '1年').replace(/\s/g, '');
  if (value === '') return null;
  const western = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  const wareki = /^(令和|平成|昭和|[RHS])(\d{1,2})[.年](\d{1,2})[.月](\d{1,2})日?$/i.exec(value);
  const [year, month, day] = western
    ? [Number(western[1]), Number(western[2]), Number(western[3])]
    : wareki
      ? [ERAS[wareki[1].toUpperCase()] + Number(wareki[2]), Number(wareki[3]), Number(wareki[4])]
      : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return 'invalid';
  return date.toISOString().slice(0, 10);
}
