import { sql, type SQL } from 'drizzle-orm';
import { hasConnectionPool, type Database } from '../../db/client.ts';
import { resources } from './schema.ts';
import {
  byReading,
  distanceKm,
  hasFilters,
  isOneIndexKey,
  nameCondition,
  relevance,
  resultOrder,
  squaredDistance,
  whereClause,
  type Access,
  type SearchFilters,
} from './search-conditions.ts';

export type { SearchFilters };

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

export type PageHit = { id: string; distanceKm: number | null };

type Row = Record<string, unknown>;
/** Runs one statement of a search with the table read the given way (and, with `sampleSize`, its GIN scans sampled). */
type Step = (access: Access, statement: SQL, sampleSize?: number) => Promise<Row[]>;

const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;

// The switches for each way of reading, and gin_fuzzy_search_limit (0 is
// off), in one statement; set_config(…, true) is SET LOCAL.
function settingsFor(access: Access, sampleSize: number): SQL {
  const on = (yes: boolean) => (yes ? 'on' : 'off');
  return sql`SELECT set_config('enable_seqscan', ${on(access === 'planner')}, true), set_config('enable_indexscan', ${on(access !== 'bitmap')}, true),
    set_config('enable_bitmapscan', ${on(access !== 'ordered')}, true), set_config('gin_fuzzy_search_limit', ${String(sampleSize)}, true)`;
}

/**
 * One search's statements in one transaction, changing the settings only
 * between statements that need other ones.
 *
 * They run as the session's own user, not the tenant's role (decision
 * 018): under row-level security PostgreSQL uses no index for a condition
 * whose operator is not LEAKPROOF, and neither `@>` on the search keys nor
 * LIKE is, so every search would read all of a tenant's listings. Every
 * statement here names its tenant in whereClause (and tests check that a
 * search sees only its tenant); the role is given back before the end.
 */
async function inSearchTransaction<T>(db: Database, work: (step: Step) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const [{ role }] = rowsOf(await tx.execute(sql`SELECT current_setting('role') AS role`)) as [{ role: string }];
    if (role !== 'none') await tx.execute(sql`SELECT set_config('role', 'none', true)`);
    let current = 'planner/0'; // the server's defaults
    const result = await work(async (access, statement, sampleSize = 0) => {
      const wanted = `${access}/${sampleSize}`;
      if (wanted !== current) await tx.execute(settingsFor(access, sampleSize));
      current = wanted;
      return rowsOf(await tx.execute(statement));
    });
    if (role !== 'none') await tx.execute(sql`SELECT set_config('role', ${role}, true)`);
    return result;
  });
}

const toHits = (rows: Row[]): PageHit[] => rows.map((r) => ({ id: String(r.id), distanceKm: r.distance_km == null ? null : Number(r.distance_km) }));
const json = <T>(v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as T;

export type SearchLimits = {
  /** Count at most this many matches (undefined: count them all). */
  countLimit?: number;
  /** Past this many matches the page is read in index order instead of sorting every match. */
  broadAbove: number;
};

/**
 * One search: how many listings match and how many per filter value (for
 * the counts beside each filter), and the ids of one page in the requested
 * order (one more than `limit` when a further page exists), with distance in
 * km when an origin is given. Rows are read afterwards by id.
 *
 * Most searches are one statement: the matches (at most countLimit + 1)
 * are collected once, then counted, and, when there are few enough, counted
 * per value and sorted for the page. Past the limit nothing more is counted,
 * and the page is read in index order (readBroadPage). On PostgreSQL a page
 * that a short walk of the reading index can give (probeNames) is read at
 * the same time as the count, on a connection of its own.
 */
export async function selectSearch(db: Database, tenantId: string, f: SearchFilters, limits: SearchLimits): Promise<{ facets: SearchFacets; hits: PageHit[] }> {
  if (hasConnectionPool(db) && canProbe(f)) {
    const [probed, counted] = await Promise.all([inSearchTransaction(db, (step) => probeNames(step, tenantId, f)), inSearchTransaction(db, (step) => countMatches(step, tenantId, f, limits))]);
    const hits = probed ?? counted.page ?? (await inSearchTransaction(db, (step) => readBroadPage(step, tenantId, f, counted.nameShare, { probe: false })));
    return { facets: counted.facets, hits };
  }
  // One connection, or nothing to read side by side: the count first, and a
  // walk of the reading index only when the count says the word is in many
  // of the names (otherwise it costs more than the name's index).
  return inSearchTransaction(db, async (step) => {
    const counted = await countMatches(step, tenantId, f, limits);
    const probe = counted.nameShare !== null && counted.nameShare >= probeNameShare;
    return { facets: counted.facets, hits: counted.page ?? (await readBroadPage(step, tenantId, f, counted.nameShare, { probe })) };
  });
}

type Counted = { facets: SearchFacets; nameShare: number | null; page: PageHit[] | null };

/** The count and per-value counts, and the page when there are few enough matches to sort. */
async function countMatches(step: Step, tenantId: string, f: SearchFilters, limits: SearchLimits): Promise<Counted> {
  const sampled = await countSample(step, tenantId, f, limits.countLimit);
  if (sampled) return { facets: cappedFacets(limits.countLimit!), nameShare: sampled.nameShare, page: null };
  const row = (await step(f.terms.length ? 'bitmap' : 'planner', countFacetsAndPage(tenantId, f, limits)))[0]!;
  const total = Number(row.total);
  const nameShare = f.terms.length === 1 && total > 0 ? Number(row.name_hits) / total : null;
  const isCapped = limits.countLimit !== undefined && total > limits.countLimit;
  const facets: SearchFacets = isCapped
    ? cappedFacets(limits.countLimit!)
    : {
        total,
        isCapped,
        categories: json(row.categories),
        areas: json(row.areas),
        districts: json(row.districts),
        weekdays: json(row.weekdays),
        free: Number(row.free),
        transport: Number(row.transport),
      };
  const page = json<[string, number | null][] | null>(row.page);
  return { facets, nameShare, page: page && page.map(([id, km]) => ({ id, distanceKm: km == null ? null : Number(km) })) };
}

const cappedFacets = (countLimit: number): SearchFacets => ({ total: countLimit, isCapped: true, categories: {}, areas: {}, districts: {}, weekdays: {}, free: 0, transport: 0 });

/**
 * For one broad word, proves cheaply that more than the limit match. Building
 * the GIN bitmap of every match costs more than the rest of the search (雪:
 * 25,000 of 100,000 listings), and only the first countLimit + 1 are counted.
 * gin_fuzzy_search_limit makes the index scan return a random part of a long
 * list instead: every row it returns is a real match, so finding more than
 * the limit among them proves there are more, and their share with the word
 * in the name estimates the share among all. Finding fewer proves nothing,
 * and the search counts exactly. Only for one index key and no other
 * filters: otherwise the sample would be too thin to find enough.
 */
async function countSample(step: Step, tenantId: string, f: SearchFilters, countLimit: number | undefined): Promise<{ nameShare: number } | null> {
  if (countLimit === undefined || !isOneIndexKey(f) || hasFilters(f)) return null;
  const statement = sql`SELECT count(*)::int AS total, count(*) FILTER (WHERE name_hit)::int AS name_hits
    FROM (SELECT ${nameCondition(f.terms[0]!)} AS name_hit FROM ${resources} WHERE ${whereClause(tenantId, f, 'bitmap')} LIMIT ${countLimit + 1}) AS sampled`;
  // Twice the limit: enough that the visible matches among them pass the limit.
  const row = (await step('bitmap', statement, 2 * (countLimit + 1)))[0]!;
  const total = Number(row.total);
  return total > countLimit ? { nameShare: Number(row.name_hits) / total } : null;
}

/**
 * The count, per-value counts and page in one statement. The matches are
 * collected once (a CTE); the per-value counts and the page are
 * scalar subqueries behind CASE, which PostgreSQL runs only when asked for,
 * so past the limit neither costs anything.
 */
function countFacetsAndPage(tenantId: string, f: SearchFilters, limits: SearchLimits): SQL {
  const { countLimit, broadAbove } = limits;
  const limit = countLimit === undefined ? sql`` : sql`LIMIT ${countLimit + 1}`;
  const countsWanted = countLimit === undefined ? sql`true` : sql`total <= ${countLimit}`;
  const pageWanted = sql`total <= ${Math.min(countLimit ?? broadAbove, broadAbove)}`;
  // With one word its relevance says whether it is in the name (10, else 1): one test per row.
  const nameHits = f.terms.length === 1 ? sql`(SELECT count(*)::int FROM matched WHERE relevance >= 10)` : sql`0`;
  const order = resultOrder(f, { squaredDistance: sql`squared_distance`, relevance: sql`relevance`, byReading: sql`name_reading ASC, name ASC, id ASC` });
  const counts = (subquery: SQL) => sql`CASE WHEN ${countsWanted} THEN (${subquery}) END`;
  const perValue = (select: SQL) => counts(sql`SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (${select}) AS v`);
  return sql`
    WITH matched AS (
      SELECT ${resources.id} AS id, ${resources.areaId} AS area_id, ${resources.districtId} AS district_id, ${resources.weekdays} AS weekdays,
             ${resources.needCategoryIds} AS category_ids, ${resources.costKind} AS cost_kind, ${resources.attributes} AS attributes,
             ${relevance(f)} AS relevance, ${f.origin ? squaredDistance(f.origin) : sql`NULL::float8`} AS squared_distance,
             ${distanceKm(f)} AS distance_km, ${resources.nameReading} AS name_reading, ${resources.name} AS name
      FROM ${resources} WHERE ${whereClause(tenantId, f, f.terms.length ? 'bitmap' : 'planner')} ${limit}
    ), counted AS (SELECT count(*)::int AS total FROM matched)
    SELECT
      total,
      ${nameHits} AS name_hits,
      ${perValue(sql`SELECT c::text AS k, count(*)::int AS n FROM matched, unnest(category_ids) AS c GROUP BY 1`)} AS categories,
      ${perValue(sql`SELECT area_id::text AS k, count(*)::int AS n FROM matched WHERE area_id IS NOT NULL GROUP BY 1`)} AS areas,
      ${perValue(sql`SELECT district_id::text AS k, count(*)::int AS n FROM matched WHERE district_id IS NOT NULL GROUP BY 1`)} AS districts,
      ${perValue(sql`SELECT w::text AS k, count(*)::int AS n FROM matched, unnest(weekdays) AS w GROUP BY 1`)} AS weekdays,
      ${counts(sql`SELECT count(*)::int FROM matched WHERE cost_kind = 'free'`)} AS free,
      ${counts(sql`SELECT count(*)::int FROM matched WHERE 'transport' = ANY(attributes)`)} AS transport,
      CASE WHEN ${pageWanted} THEN (
        SELECT coalesce(json_agg(json_build_array(id, distance_km) ORDER BY position), '[]'::json)
        FROM (SELECT id, distance_km, row_number() OVER (ORDER BY ${order}) AS position FROM matched ORDER BY ${order} LIMIT ${f.limit + 1} OFFSET ${f.offset}) AS page
      ) END AS page
    FROM counted
  `;
}

// A word in many names is in many of the first names in 五十音 order too:
// walking a bounded prefix of the reading index then finds the page of name
// matches without fetching and sorting every one (thousands, for 雪). The
// prefix is a prefix of the order, so when it holds enough they are exactly
// the first ones, whether few or many listings match; when it holds fewer
// that proves nothing, and the page is read another way. Only for one word
// sorted by relevance and the first pages, and not with filters: the prefix
// would then walk as many more rows as the filters leave out.
const probeRows = 2000;
const probeLimit = 100;
/** Without a second connection, the walk is tried when at least this share of the counted matches have the word in the name. */
const probeNameShare = 0.2;

const canProbe = (f: SearchFilters) => f.sort === 'relevance' && f.terms.length === 1 && !hasFilters(f) && f.offset + f.limit + 1 <= probeLimit;

/** The page, when the prefix holds it (null otherwise). */
async function probeNames(step: Step, tenantId: string, f: SearchFilters): Promise<PageHit[] | null> {
  const enough = f.offset + f.limit + 1;
  // The prefix is named like the table, so the conditions written for the table apply to it.
  const prefix = sql`SELECT * FROM ${resources} WHERE ${whereClause(tenantId, { ...f, terms: [] }, 'ordered')} ORDER BY ${byReading} LIMIT ${probeRows}`;
  const rows = await step('ordered', sql`SELECT ${resources.id} AS id, ${distanceKm(f)} AS distance_km FROM (${prefix}) AS ${resources} WHERE ${nameCondition(f.terms[0]!)} ORDER BY ${byReading} LIMIT ${enough}`);
  return rows.length >= enough ? toHits(rows).slice(f.offset) : null;
}

/**
 * The page of a search with more matches than are worth sorting, read in
 * index order and stopping after offset + limit rows.
 */
async function readBroadPage(step: Step, tenantId: string, f: SearchFilters, nameShare: number | null, options: { probe: boolean }): Promise<PageHit[]> {
  const take = f.limit + 1;
  const select = (condition: SQL, order: SQL, count: number, offset: number) =>
    sql`SELECT ${resources.id} AS id, ${distanceKm(f)} AS distance_km FROM ${resources} WHERE ${condition} ORDER BY ${order} LIMIT ${count} OFFSET ${offset}`;
  if (f.sort === 'reading') return toHits(await step('ordered', select(whereClause(tenantId, f, 'ordered'), byReading, take, f.offset)));
  if (f.sort === 'relevance' && f.terms.length === 1 && nameShare !== null) {
    // Name matches first, then the rest, each in 五十音 order: the name
    // matches through a prefix of the reading index or the name's index, the rest (when needed) in reading
    // order if most matches are there, so a word found in a fifth of all
    // listings costs about a page.
    // A word in the name is a word in search_text too, so the name part needs
    // only the name's index (testing the long text too would only mislead the planner).
    const probed = options.probe && canProbe(f) ? await probeNames(step, tenantId, f) : null;
    if (probed) return probed;
    const name = nameCondition(f.terms[0]!);
    const enough = f.offset + take;
    const first = await step('bitmap', select(sql`${whereClause(tenantId, { ...f, terms: [] }, 'bitmap')} AND ${name}`, byReading, enough, 0));
    const restAccess: Access = nameShare <= 0.5 ? 'ordered' : 'bitmap';
    const rest = first.length >= enough ? [] : await step(restAccess, select(sql`${whereClause(tenantId, f, restAccess)} AND NOT ${name}`, byReading, enough, 0));
    return toHits([...first, ...rest].slice(f.offset, f.offset + take));
  }
  const access: Access = f.terms.length ? 'bitmap' : 'planner';
  const order = resultOrder(f, { squaredDistance: f.origin ? squaredDistance(f.origin) : sql`NULL`, relevance: relevance(f), byReading });
  return toHits(await step(access, select(whereClause(tenantId, f, access), order, take, f.offset)));
}
