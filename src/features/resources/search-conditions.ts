import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { resources } from './schema.ts';
import { filterKey } from './search-text.ts';

export type SearchFilters = {
  terms: string[];
  publishedOnly: boolean;
  categoryId?: string;
  areaId?: string;
  districtId?: string;
  weekday?: number;
  free: boolean;
  transport: boolean;
  target: string;
  sort: 'relevance' | 'reading' | 'distance';
  origin?: { lat: number; lng: number };
  limit: number;
  offset: number;
};

/**
 * How a statement reads the table: `bitmap` collects the matches through the
 * GIN indexes (right for a few hundred, or to stop early), `ordered` walks the
 * reading index and tests rows until the page is full (right when matches are
 * everywhere), `planner` leaves the choice to the planner. The planner cannot
 * tell how dear testing a row's compressed grams is, so a search by words tells it.
 */
export type Access = 'bitmap' | 'ordered' | 'planner';

/** LIKE treats % _ and \ specially; a resident's text must match literally. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const textArray = (items: string[]) => sql`ARRAY[${sql.join(
  items.map((item) => sql`${item}`),
  sql`, `,
)}]::text[]`;

/**
 * The term is in the name line (the first line of search_text). A term of
 * one or two characters is exactly one of the name's grams; a longer one has
 * all its two-character grams there (the index) and is then looked for in the line.
 */
export function nameCondition(term: string): SQL {
  if ([...term].length <= 2) return sql`${resources.nameGrams} @> ${textArray([term])}`;
  return sql`(${resources.nameGrams} @> ${textArray(pairsOf(term))} AND strpos(split_part(${resources.searchText}, E'\\n', 1), ${term}) > 0)`;
}

/** True when the search narrows by anything but its words (and what every search narrows by). */
export function hasFilters(f: SearchFilters): boolean {
  return Boolean(f.categoryId || f.areaId || f.districtId || f.weekday !== undefined || f.free || f.transport || f.target);
}

/**
 * True when the search is one word that is one key of its GIN index (a gram
 * of one or two characters, or, standing alone, one trigram). Only then is a sampled index scan a fair sample
 * of the matches (several keys would each be sampled, and their intersection
 * far more thinly).
 */
export function isOneIndexKey(f: SearchFilters): boolean {
  return f.terms.length === 1 && [...f.terms[0]!].length <= 3;
}

/** The two-character grams of a term: each is in search_keys wherever the term is in search_text. */
function pairsOf(term: string): string[] {
  const chars = [...term];
  return [...new Set(chars.slice(1).map((c, i) => chars[i]! + c))];
}

/** The search_keys of the filters chosen (困りごと, 曜日, 無料, 送迎, area, district). */
function filterKeys(f: SearchFilters): string[] {
  const keys: string[] = [];
  if (f.categoryId) keys.push(filterKey.category(f.categoryId));
  if (f.weekday !== undefined) keys.push(filterKey.weekday(f.weekday));
  if (f.free) keys.push(filterKey.free);
  if (f.transport) keys.push(filterKey.attribute('transport'));
  if (f.areaId) keys.push(filterKey.area(f.areaId));
  if (f.districtId) keys.push(filterKey.district(f.districtId));
  return keys;
}

/**
 * Words and filters through the indexes: short words and every filter are
 * keys of one `search_keys @>` condition, which GIN answers in one scan,
 * intersecting its lists as it reads them (several separate bitmaps ANDed
 * cost several times more). A longer word joins the keys with its
 * two-character grams and the text is then checked for the word itself;
 * only a word of exactly three characters standing alone goes through
 * pg_trgm, where it is one trigram: one list to read, and one a sampled
 * count can use (search-query.ts). Checking with strpos costs half what
 * pg_trgm's LIKE recheck does.
 */
function indexedConditions(f: SearchFilters): SQL[] {
  const keys = filterKeys(f);
  const conditions: SQL[] = [];
  const alone = f.terms.length === 1 && keys.length === 0;
  for (const term of f.terms) {
    const length = [...term].length;
    if (length <= 2) keys.push(term);
    else if (length === 3 && alone) conditions.push(sql`${resources.searchText} LIKE ${likePattern(term)}`);
    else {
      keys.push(...pairsOf(term));
      conditions.push(containsTerm(term));
    }
  }
  return keys.length ? [sql`${resources.searchKeys} @> ${textArray([...new Set(keys)])}`, ...conditions] : conditions;
}

// strpos, not LIKE: no pattern to escape, and no index the planner could pick for it.
const containsTerm = (term: string) => sql`strpos(${resources.searchText}, ${term}) > 0`;

/**
 * Words and filters tested row by row, for walking the reading index: the
 * filters on their own small columns (search_keys is large and stored apart).
 */
function rowConditions(f: SearchFilters): SQL[] {
  const conditions: SQL[] = f.terms.map((term) => ([...term].length >= 3 ? containsTerm(term) : sql`${resources.searchKeys} @> ${textArray([term])}`));
  if (f.categoryId) conditions.push(sql`${resources.needCategoryIds} @> ARRAY[${f.categoryId}]::uuid[]`);
  if (f.areaId) conditions.push(eq(resources.areaId, f.areaId));
  if (f.districtId) conditions.push(eq(resources.districtId, f.districtId));
  if (f.weekday !== undefined) conditions.push(sql`${resources.weekdays} @> ARRAY[${f.weekday}]::integer[]`);
  if (f.free) conditions.push(eq(resources.costKind, 'free'));
  if (f.transport) conditions.push(sql`'transport' = ANY(${resources.attributes})`);
  return conditions;
}

// Searching by a term reads the term's GIN index, which is selective; the
// planner would also AND in the (tenant, published, status) btree, whose
// bitmap covers nearly every row of a one-city database and costs more than
// the search itself. `( … ) IS TRUE` keeps these conditions exact but makes
// them a filter on the rows the term found (with many tenants in one
// database each search then also reads other tenants' matches to skip them).
export function whereClause(tenantId: string, f: SearchFilters, access: Access = 'planner'): SQL {
  const visible: SQL[] = [eq(resources.tenantId, tenantId), isNull(resources.archivedAt)];
  if (f.publishedOnly) visible.push(eq(resources.isPublished, true), inArray(resources.status, ['active', 'temporarily_closed']));
  const conditions: SQL[] = access === 'bitmap' ? [sql`(${and(...visible)}) IS TRUE`] : visible;
  conditions.push(...(access === 'ordered' ? rowConditions(f) : indexedConditions(f)));
  if (f.target) conditions.push(sql`${resources.target} ILIKE ${likePattern(f.target)}`);
  return and(...conditions)!;
}

/** Squared distance in degrees of latitude (longitude scaled at the origin), for ordering. */
export function squaredDistance(origin: { lat: number; lng: number }): SQL {
  const scale = Math.cos((origin.lat * Math.PI) / 180);
  return sql`(power(${resources.latitude} - ${origin.lat}, 2) + power((${resources.longitude} - ${origin.lng}) * ${scale}, 2))`;
}

/** Distance in km for a result (NULL without an origin). */
export function distanceKm(f: SearchFilters): SQL {
  return f.origin ? sql`111.32 * sqrt(${squaredDistance(f.origin)})` : sql`NULL::float8`;
}

/** A term found in the name line counts ten times one found elsewhere. */
export function relevance(f: SearchFilters): SQL {
  return f.terms.length ? sql`(${sql.join(f.terms.map((term) => sql`(CASE WHEN ${nameCondition(term)} THEN 10 ELSE 1 END)`), sql` + `)})` : sql`0`;
}

export const byReading = sql`${resources.nameReading} ASC, ${resources.name} ASC, ${resources.id} ASC`;

/** The order of results: nearest first when asked, then relevance when sorted by it, then 五十音. */
export function resultOrder(f: SearchFilters, columns: { squaredDistance: SQL; relevance: SQL; byReading: SQL }): SQL {
  const order: SQL[] = [];
  if (f.sort === 'distance' && f.origin) order.push(sql`${columns.squaredDistance} ASC NULLS LAST`);
  if (f.sort === 'relevance' && f.terms.length) order.push(sql`${columns.relevance} DESC`);
  order.push(columns.byReading);
  return sql.join(order, sql`, `);
}
