import type { ResourceSearchQuery } from '../validation.ts';

/** A page of the directory (/resources, /resources/map) with the query's filters and sort, without paging. */
export function resourceSearchHref(path: string, query: ResourceSearchQuery): string {
  const params = new URLSearchParams();
  const values: [string, string | undefined][] = [
    ['q', query.q || undefined],
    ['category', query.category],
    ['area', query.area],
    ['district', query.district],
    ['weekday', query.weekday === undefined ? undefined : String(query.weekday)],
    ['free', query.free ? '1' : undefined],
    ['transport', query.transport ? '1' : undefined],
    ['target', query.target || undefined],
    ['sort', query.sort],
  ];
  for (const [key, value] of values) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
