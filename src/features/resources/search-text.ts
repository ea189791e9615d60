import { normalizeForSearch } from '../../platform/japanese-text/search-normalize.ts';

/**
 * What a listing is found by: its name first (so a match there ranks
 * higher), then everything else a resident might type, all normalised.
 */
export function buildSearchText(parts: { name: string; nameReading: string; rest: string[] }): string {
  const head = normalizeForSearch(`${parts.name} ${parts.nameReading}`);
  const body = normalizeForSearch(parts.rest.filter(Boolean).join(' '));
  return `${head}\n${body}`;
}

/** Every distinct one- and two-character gram of the text, spaces excluded: the index for short terms. */
export function buildSearchGrams(searchText: string): string[] {
  const grams = new Set<string>();
  for (const word of searchText.split(/\s+/)) {
    if (word === '') continue;
    const chars = [...word];
    for (let i = 0; i < chars.length; i++) {
      grams.add(chars[i]!);
      if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...grams];
}

/** The grams of the name line only (the first line of search_text): what ranks a listing first. */
export function buildNameGrams(searchText: string): string[] {
  return buildSearchGrams(searchText.split('\n', 1)[0]!);
}
