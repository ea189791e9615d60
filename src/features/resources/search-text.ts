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

/**
 * The keys a filter value is found by in search_keys. Every one is longer
 * than a gram (grams have one or two characters), so a key never meets a
 * word a resident types. Migration 0011 writes the same keys in SQL.
 */
export const filterKey = {
  category: (id: string) => `c:${id.toLowerCase()}`,
  weekday: (day: number) => `w:${day}`,
  free: 'cost:free',
  attribute: (name: string) => `attr:${name}`,
  area: (id: string) => `a:${id.toLowerCase()}`,
  district: (id: string) => `d:${id.toLowerCase()}`,
};

export type FilterValues = {
  needCategoryIds: string[];
  weekdays: number[];
  costKind: string;
  attributes: string[];
  areaId: string | null | undefined;
  districtId: string | null | undefined;
};

/** The search index of a listing: the grams of its search text and the keys of its filter values. */
export function buildSearchKeys(searchText: string, values: FilterValues): string[] {
  const keys = buildSearchGrams(searchText);
  for (const id of values.needCategoryIds) keys.push(filterKey.category(id));
  for (const day of new Set(values.weekdays)) keys.push(filterKey.weekday(day));
  if (values.costKind === 'free') keys.push(filterKey.free);
  for (const name of new Set(values.attributes)) keys.push(filterKey.attribute(name));
  if (values.areaId) keys.push(filterKey.area(values.areaId));
  if (values.districtId) keys.push(filterKey.district(values.districtId));
  return keys;
}
