import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { resources } from './schema.ts';

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

export type SearchFacets = {
  total: number;
  /**
   * More listings match than the count limit: `total` is that limit (there
   * are more) and the per-value counts are empty, as they were not counted.
   */
  isCapped: boolean;
  categories: Record<string, number>;
  areas: Record<string, number>;
  districts: Record<string, number>;
  weekdays: Record<string, number>;
  free: number;
  transport: number;
};

/** LIKE treats % _ and \ specially; a resident's text must match literally. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const textArray = (items: string[]) => sql`ARRAY[${sql.join(
  items.map((item) => sql`${item}`),
  sql`, `,
)}]::text[]`;

// Terms of three or more characters use the pg_trgm index on search_text;
// shorter ones the GIN index on search_grams (pg_trgm cannot see them).
function termCondition(term: string): SQL {
  return [...term].length >= 3 ? sql`${resources.searchText} LIKE ${likePattern(term)}` : sql`${resources.searchGrams} @> ${textArray([term])}`;
}

/**
 * The term is in the name line (the first line of search_text). A term of
 * one or two characters is exactly one of the name's grams; a longer one has
 * all its two-character grams there (the index) and is then looked for in the line.
 */
function nameCondition(term: string): SQL {
  const chars = [...term];
  if (chars.length <= 2) return sql`${resources.nameGrams} @> ${textArray([term])}`;
  const pairs = [...new Set(chars.slice(1).map((c, i) => chars[i]! + c))];
  return sql`(${resources.nameGrams} @> ${textArray(pairs)} AND strpos(split_part(${resources.searchText}, E'\\n', 1), ${term}) > 0)`;
}

function whereClause(tenantId: string, f: SearchFilters): SQL {
  const conditions: SQL[] = [eq(resources.tenantId, tenantId), isNull(resources.archivedAt)];
  if (f.publishedOnly) conditions.push(eq(resources.isPublished, true), inArray(resources.status, ['active', 'temporarily_closed']));
  for (const term of f.terms) conditions.push(termCondition(term));
  if (f.categoryId) conditions.push(sql`${resources.needCategoryIds} @> ARRAY[${f.categoryId}]::uuid[]`);
  if (f.areaId) conditions.push(eq(resources.areaId, f.areaId));
  if (f.districtId) conditions.push(eq(resources.districtId, f.districtId));
  if (f.weekday !== undefined) conditions.push(sql`${resources.weekdays} @> ARRAY[${f.weekday}]::integer[]`);
  if (f.free) conditions.push(eq(resources.costKind, 'free'));
  if (f.transport) conditions.push(sql`'transport' = ANY(${resources.attributes})`);
  if (f.target) conditions.push(sql`${resources.target} ILIKE ${likePattern(f.target)}`);
  return and(...conditions)!;
}

function squaredDistance(origin: { lat: number; lng: number }): SQL {
  const scale = Math.cos((origin.lat * Math.PI) / 180);
  return sql`(power(${resources.latitude} - ${origin.lat}, 2) + power((${resources.longitude} - ${origin.lng}) * ${scale}, 2))`;
}

export type PageHit = { id: string; distanceKm: number | null };

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows: Record<string, unknown>[] }).rows;
}

const byReading = sql`${resources.nameReading} ASC, ${resources.name} ASC, ${resources.id} ASC`;

/**
 * The ids of one page of matching listings in the requested order (one more
 * than `limit` when a further page exists), with distance in km when an
 * origin is given. Rows are read afterwards by id.
 */
export async function selectSearchPage(db: Database, tenantId: string, f: SearchFilters): Promise<PageHit[]> {
  const where = whereClause(tenantId, f);
  const distance = f.origin ? sql`111.32 * sqrt(${squaredDistance(f.origin)})` : sql`NULL::float8`;
  const take = f.limit + 1;
  let query: SQL;
  if (f.sort === 'relevance' && f.terms.length === 1) {
    // Name matches first, each part in 五十音 order. Both parts are read in
    // the order of the reading index and stop after offset + limit rows, so a
    // term found in most listings costs a page, not every match.
    const name = nameCondition(f.terms[0]!);
    const enough = f.offset + take;
    query = sql`SELECT id, distance_km FROM (
      (SELECT ${resources.id} AS id, 1 AS rank, ${resources.nameReading} AS reading, ${resources.name} AS name, ${distance} AS distance_km
        FROM ${resources} WHERE ${where} AND ${name} ORDER BY ${byReading} LIMIT ${enough})
      UNION ALL
      (SELECT ${resources.id}, 0, ${resources.nameReading}, ${resources.name}, ${distance}
        FROM ${resources} WHERE ${where} AND NOT ${name} ORDER BY ${byReading} LIMIT ${enough})
    ) page ORDER BY rank DESC, reading ASC, name ASC, id ASC LIMIT ${take} OFFSET ${f.offset}`;
  } else {
    const order: SQL[] = [];
    if (f.sort === 'distance' && f.origin) order.push(sql`${squaredDistance(f.origin)} ASC NULLS LAST`);
    // A term found in the name line counts ten times one found elsewhere.
    if (f.sort === 'relevance' && f.terms.length) order.push(sql`(${sql.join(f.terms.map((term) => sql`(CASE WHEN ${nameCondition(term)} THEN 10 ELSE 1 END)`), sql` + `)}) DESC`);
    order.push(byReading);
    query = sql`SELECT ${resources.id} AS id, ${distance} AS distance_km FROM ${resources} WHERE ${where}
      ORDER BY ${sql.join(order, sql`, `)} LIMIT ${take} OFFSET ${f.offset}`;
  }
  return rowsOf(await db.execute(query)).map((r) => ({ id: String(r.id), distanceKm: r.distance_km == null ? null : Number(r.distance_km) }));
}

/**
 * How many listings match, and how many per filter value (for the counts
 * beside each filter), in one statement over at most `countLimit + 1`
 * matches: beyond the limit the answer says so instead of counting them all.
 */
export async function selectSearchFacets(db: Database, tenantId: string, f: SearchFilters, countLimit?: number): Promise<SearchFacets> {
  const limit = countLimit === undefined ? sql`` : sql`LIMIT ${countLimit + 1}`;
  const statement = sql`
    WITH matched AS (
      SELECT ${resources.areaId} AS area_id, ${resources.districtId} AS district_id, ${resources.weekdays} AS weekdays,
             ${resources.needCategoryIds} AS category_ids, ${resources.costKind} AS cost_kind, ${resources.attributes} AS attributes
      FROM ${resources} WHERE ${whereClause(tenantId, f)} ${limit}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT c::text AS k, count(*)::int AS n FROM matched, unnest(category_ids) AS c GROUP BY 1) c) AS categories,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT area_id::text AS k, count(*)::int AS n FROM matched WHERE area_id IS NOT NULL GROUP BY 1) a) AS areas,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT district_id::text AS k, count(*)::int AS n FROM matched WHERE district_id IS NOT NULL GROUP BY 1) d) AS districts,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT w::text AS k, count(*)::int AS n FROM matched, unnest(weekdays) AS w GROUP BY 1) w) AS weekdays,
      (SELECT count(*)::int FROM matched WHERE cost_kind = 'free') AS free,
      (SELECT count(*)::int FROM matched WHERE 'transport' = ANY(attributes)) AS transport
  `;
  // With a LIMIT the planner likes to scan the table in order and test each
  // row's grams, which costs far more than it thinks (the arrays are
  // compressed); the GIN bitmap it would pick without the LIMIT is what is fast.
  const row = f.terms.length
    ? await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL enable_seqscan = off`);
        await tx.execute(sql`SET LOCAL enable_indexscan = off`);
        return rowsOf(await tx.execute(statement))[0]!;
      })
    : rowsOf(await db.execute(statement))[0]!;
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, number>;
  const total = Number(row.total);
  if (countLimit !== undefined && total > countLimit) {
    return { total: countLimit, isCapped: true, categories: {}, areas: {}, districts: {}, weekdays: {}, free: 0, transport: 0 };
  }
  return {
    total,
    isCapped: false,
    categories: json(row.categories),
    areas: json(row.areas),
    districts: json(row.districts),
    weekdays: json(row.weekdays),
    free: Number(row.free),
    transport: Number(row.transport),
  };
}
