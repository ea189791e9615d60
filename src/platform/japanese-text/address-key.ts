// One folding for 町名 and addresses, applied to the stored town names and to
// what a resident types, so 「東光三条五丁目」, 「東光３条５丁目」 and
// 「とうこう3条」 written the way the town list writes them all meet.
import { findKanjiNumbers, kanji2number } from '@geolonia/japanese-numeral';
import { katakanaToHiragana } from './search-normalize.ts';

const SPACES_AND_MARKS = /[\s・,、，.。]/g;
// 「ヶ丘」「ケ丘」「ヵ丘」 are one name written three ways.
const SMALL_KE = /[ヶヵ]/g;

/** The comparable form of a town name or an address: NFKC, no spaces, 漢数字 as digits, katakana as hiragana. */
export function addressKey(text: string): string {
  let folded = text.normalize('NFKC').replace(SPACES_AND_MARKS, '').replace(SMALL_KE, 'ケ');
  // Longest first, so 十二 is replaced before the 十 it contains.
  for (const numeral of [...new Set(findKanjiNumbers(folded))].sort((a, b) => b.length - a.length)) {
    const value = safeNumber(numeral);
    if (value !== null) folded = folded.replaceAll(numeral, String(value));
  }
  return katakanaToHiragana(folded.toLowerCase());
}

function safeNumber(numeral: string): number | null {
  try {
    const value = kanji2number(numeral);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}
