// Readings (ふりがな) as people enter them, and 五十音順 sorting by reading.
import { toHiragana } from 'wanakana';
import { katakanaToHiragana } from './search-normalize.ts';

// Checked after NFKC, so half-width ｶﾀｶﾅ, ｰ and ･ from older input methods
// count as their full-width forms. Ranges: hiragana with ゝゞ; katakana with
// ・ー ヽヾ; small katakana ㇰ–ㇿ, which Ainu place names in Hokkaido use.
const READING = /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FB\u30FC\u30FD\u30FE\u31F0-\u31FF ]+$/;
const KANA = /[\u3041-\u3096\u30A1-\u30FA\u31F0-\u31FF]/;
// Place and facility names carry numbers and letters (しんじょう1ごうりょくち, JRえき): readings of listings keep them.
const READING_WITH_ALPHANUMERICS = /^[\u3041-\u3096\u309D\u309E\u30A1-\u30FA\u30FB\u30FC\u30FD\u30FE\u31F0-\u31FF 0-9A-Za-z]+$/;
const KANA_OR_ALPHANUMERIC = /[\u3041-\u3096\u30A1-\u30FA\u31F0-\u31FF0-9A-Za-z]/;
// The middle dot separates given and family names like a space does, so both
// drop out of the sort key: やまだ・たろう sorts with やまだ たろう.
const SEPARATORS = /[\s・]/g;

const collator = new Intl.Collator('ja');

/** Tells whether text is a usable reading: kana, ー, ・ and spaces only (with allowAlphanumeric, digits and Latin letters too), with at least one kana (or digit or letter). */
export function isValidReading(s: string, { allowAlphanumeric = false }: { allowAlphanumeric?: boolean } = {}): boolean {
  const normalized = s.normalize('NFKC');
  if (allowAlphanumeric) return READING_WITH_ALPHANUMERICS.test(normalized) && KANA_OR_ALPHANUMERIC.test(normalized);
  return READING.test(normalized) && KANA.test(normalized);
}

/** A reading as it is stored: NFKC (１ → 1, ｶﾅ → カナ), katakana as hiragana, single spaces; typed and imported readings alike. */
export function toStoredReading(s: string): string {
  return katakanaToHiragana(s.normalize('NFKC')).replace(/\s+/g, ' ').trim();
}

/** Turns a reading into its 五十音 sort key: NFKC hiragana without spaces or middle dots. */
export function toReadingSortKey(s: string): string {
  const compact = s.normalize('NFKC').replace(SEPARATORS, '');
  // Keep ー as written; the collator already sorts it by the vowel before it.
  return toHiragana(compact, { passRomaji: true, convertLongVowelMark: false });
}

/** Orders two readings in 五十音順, ignoring hiragana/katakana, width and spacing. */
export function compareByReading(a: string, b: string): number {
  return compareReadingSortKeys(toReadingSortKey(a), toReadingSortKey(b));
}

/** Orders two keys made by toReadingSortKey (for sorting many readings: make each key once). */
export function compareReadingSortKeys(a: string, b: string): number {
  return collator.compare(a, b);
}

const HAN = /[\p{Script=Han}々〆ヶ]/u;

/**
 * Whether a reading tells the reader anything: only a name with kanji needs
 * one. 「ぼらんてぃあ」 above ボランティア, or a reading of a name in kana or
 * Latin letters, is noise on the page and in print.
 */
export function isReadingHelpful(name: string, reading: string | null | undefined): boolean {
  return Boolean(reading) && HAN.test(name);
}
