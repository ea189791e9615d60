import { normalizeTypedNumber } from '../../platform/contact-format/typed-number.ts';
import { normalizeForSearch, searchTerms } from '../../platform/japanese-text/search-normalize.ts';

/** What the intake search looks in: name and reading folded for search, and the phone as digits. */
export function residentSearchText(resident: { name: string; nameReading: string; phone: string }): string {
  return [normalizeForSearch(resident.name), normalizeForSearch(resident.name.replace(/\s+/g, '')), normalizeForSearch(resident.nameReading.replace(/\s+/g, '')), phoneDigits(resident.phone)]
    .filter(Boolean)
    .join(' ');
}

export function phoneDigits(phone: string): string {
  return normalizeTypedNumber(phone).replace(/\D/g, '');
}

/** The terms a coordinator typed: a phone number counts as its digits, 0166-23-0742 and 0166230742 alike. */
export function residentSearchTerms(query: string): string[] {
  const digits = phoneDigits(query);
  if (digits.length >= 4 && /^[\d\s()\-－ー+]+$/.test(normalizeTypedNumber(query))) return [digits];
  return searchTerms(query);
}

/** LIKE treats % _ and \ specially; the typed text must match literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
