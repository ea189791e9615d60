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

// Searching by a term reads the term's GIN index, which is selective; the
// planner would also AND in the (tenant, published, status) btree, whose
// bitmap covers nearly every row of a one-city database and costs more than
// the search itself. `( … ) IS TRUE` keeps these conditions exact but makes
// them a filter on the rows the term found (with many tenants in one
// database each search then also reads other tenants' matches to skip them).
function whereClause(tenantId: string, f: SearchFilters, access: Access = 'planner'): SQL {
  const visible: SQL[] = [eq(resources.tenantId, tenantId), isNull(resources.archivedAt)];
  if (f.publishedOnly) visible.push(eq(resources.isPublished, true), inArray(resources.status, ['active', 'temporarily_closed']));
  const conditions: SQL[] = access === 'bitmap' ? [sql`(${and(...visible)}) IS TRUE`] : visible;
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

// The planner cannot tell how dear testing a row's compressed grams is, so
// for a search it is told which way to read: `bitmap` collects the matches
// through the GIN indexes (right for a few hundred, or to stop early), `ordered`
// walks the reading index and tests rows until the page is full (right when
// matches are everywhere).
type Access = 'bitmap' | 'ordered' | 'planner';
// One statement for both switches (set_config(…, true) is SET LOCAL): a round trip fewer.
const accessSettings: Record<Exclude<Access, 'planner'>, SQL> = {
  bitmap: sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)`,
  ordered: sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true)`,
};

async function run(db: Database, access: Access, statement: SQL): Promise<Record<string, unknown>[]> {
  if (access === 'planner') return rowsOf(await db.execute(statement));
  return db.transaction(async (tx) => {
    await tx.execute(accessSettings[access]);
    return rowsOf(await tx.execute(statement));
  });
}

const byReading = sql`${resources.nameReading} ASC, ${resources.name} ASC, ${resources.id} ASC`;
const toHits = (rows: Record<string, unknown>[]): PageHit[] => rows.map((r) => ({ id: String(r.id), distanceKm: r.distance_km == null ? null : Number(r.distance_km) }));

// A word that is in many names is in many of the first names in 五十音
// order too: walking a bounded prefix of the reading index then finds a page
// of them without fetching and sorting every name match (thousands, for 雪).
// The prefix is a prefix of the order, so when it holds enough they are
// exactly the first ones; when it holds fewer that proves nothing, and the
// name's index is read instead.
const probeRows = 2000;
const probeLimit = 100;
const probeNameShare = 0.2;

function namesInReadingPrefix(tenantId: string, f: SearchFilters, name: SQL, distance: SQL, enough: number): SQL {
  // The prefix is named like the table, so the conditions written for the table apply to it.
  const prefix = sql`SELECT * FROM ${resources} WHERE ${whereClause(tenantId, { ...f, terms: [] }, 'ordered')} ORDER BY ${byReading} LIMIT ${probeRows}`;
  return sql`SELECT ${resources.id} AS id, ${distance} AS distance_km FROM (${prefix}) AS ${resources} WHERE ${name} ORDER BY ${byReading} LIMIT ${enough}`;
}

/** What the count told about the matches, for choosing how to read the page. */
export type MatchShape = { isBroad: boolean; nameShare: number | null };

/**
 * The ids of one page of matching listings in the requested order (one more
 * than `limit` when a further page exists), with distance in km when an
 * origin is given. Rows are read afterwards by id.
 */
export async function selectSearchPage(db: Database, tenantId: string, f: SearchFilters, shape: MatchShape): Promise<PageHit[]> {
  const distance = f.origin ? sql`111.32 * sqrt(${squaredDistance(f.origin)})` : sql`NULL::float8`;
  const take = f.limit + 1;
  const select = (condition: SQL, order: SQL[], count: number, offset: number) =>
    sql`SELECT ${resources.id} AS id, ${distance} AS distance_km FROM ${resources} WHERE ${condition} ORDER BY ${sql.join(order, sql`, `)} LIMIT ${count} OFFSET ${offset}`;
  const narrow: Access = f.terms.length ? 'bitmap' : 'planner';
  if (shape.isBroad && f.sort === 'reading') return toHits(await run(db, 'ordered', select(whereClause(tenantId, f, 'ordered'), [byReading], take, f.offset)));
  if (shape.isBroad && f.sort === 'relevance' && f.terms.length === 1 && shape.nameShare !== null) {
    // Name matches first, then the rest, each in 五十音 order and stopping
    // after offset + limit rows: the name matches through the name's index,
    // the rest (when needed) in reading order if most matches are there, so a
    // word found in a fifth of all listings costs about a page.
    // A word in the name is a word in search_text too, so the name part needs
    // only the name's index (testing the long text too would only mislead the planner).
    const name = nameCondition(f.terms[0]!);
    const enough = f.offset + take;
    const probed = enough <= probeLimit && shape.nameShare >= probeNameShare ? await run(db, 'ordered', namesInReadingPrefix(tenantId, f, name, distance, enough)) : [];
    const first = probed.length >= enough ? probed : await run(db, 'bitmap', select(sql`${whereClause(tenantId, { ...f, terms: [] }, 'bitmap')} AND ${name}`, [byReading], enough, 0));
    const restAccess: Access = shape.nameShare <= 0.5 ? 'ordered' : 'bitmap';
    const rest = first.length >= enough ? [] : await run(db, restAccess, select(sql`${whereClause(tenantId, f, restAccess)} AND NOT ${name}`, [byReading], enough, 0));
    return toHits([...first, ...rest].slice(f.offset, f.offset + take));
  }
  const order: SQL[] = [];
  if (f.sort === 'distance' && f.origin) order.push(sql`${squaredDistance(f.origin)} ASC NULLS LAST`);
  // A term found in the name line counts ten times one found elsewhere.
  if (f.sort === 'relevance' && f.terms.length) order.push(sql`(${sql.join(f.terms.map((term) => sql`(CASE WHEN ${nameCondition(term)} THEN 10 ELSE 1 END)`), sql` + `)}) DESC`);
  order.push(byReading);
  return toHits(await run(db, narrow, select(whereClause(tenantId, f, narrow), order, take, f.offset)));
}

/**
 * How many listings match, and how many per filter value (for the counts
 * beside each filter), in one statement over at most `countLimit + 1`
 * matches: beyond the limit the answer says so instead of counting them all.
 * With one word, also the share of the counted matches that have it in the name.
 */
export async function selectSearchFacets(db: Database, tenantId: string, f: SearchFilters, countLimit?: number): Promise<SearchFacets & { nameShare: number | null }> {
  const limit = countLimit === undefined ? sql`` : sql`LIMIT ${countLimit + 1}`;
  const nameHit = f.terms.length === 1 ? nameCondition(f.terms[0]!) : sql`false`;
  // With a LIMIT the planner likes to scan the table and test each row, which
  // costs far more than it thinks; the GIN bitmap stops early and is fast.
  const access: Access = f.terms.length ? 'bitmap' : 'planner';
  const statement = sql`
    WITH matched AS (
      SELECT ${resources.areaId} AS area_id, ${resources.districtId} AS district_id, ${resources.weekdays} AS weekdays,
             ${resources.needCategoryIds} AS category_ids, ${resources.costKind} AS cost_kind, ${resources.attributes} AS attributes, ${nameHit} AS name_hit
      FROM ${resources} WHERE ${whereClause(tenantId, f, access)} ${limit}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT count(*)::int FROM matched WHERE name_hit) AS name_hits,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT c::text AS k, count(*)::int AS n FROM matched, unnest(category_ids) AS c GROUP BY 1) c) AS categories,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT area_id::text AS k, count(*)::int AS n FROM matched WHERE area_id IS NOT NULL GROUP BY 1) a) AS areas,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT district_id::text AS k, count(*)::int AS n FROM matched WHERE district_id IS NOT NULL GROUP BY 1) d) AS districts,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT w::text AS k, count(*)::int AS n FROM matched, unnest(weekdays) AS w GROUP BY 1) w) AS weekdays,
      (SELECT count(*)::int FROM matched WHERE cost_kind = 'free') AS free,
      (SELECT count(*)::int FROM matched WHERE 'transport' = ANY(attributes)) AS transport
  `;
  const row = (await run(db, access, statement))[0]!;
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, number>;
  const total = Number(row.total);
  const nameShare = f.terms.length === 1 && total > 0 ? Number(row.name_hits) / total : null;
  if (countLimit !== undefined && total > countLimit) {
    return { total: countLimit, isCapped: true, nameShare, categories: {}, areas: {}, districts: {}, weekdays: {}, free: 0, transport: 0 };
  }
  return {
    total,
    isCapped: false,
    nameShare,
    categories: json(row.categories),
    areas: json(row.areas),
    districts: json(row.districts),
    weekdays: json(row.weekdays),
    free: Number(row.free),
    transport: Number(row.transport),
  };
}
