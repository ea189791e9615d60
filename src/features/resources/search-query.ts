import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { resourceNeedCategories, resources } from './schema.ts';
import type { ResourceRow } from './repository.ts';

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

// Terms of three or more characters use the pg_trgm index on search_text;
// shorter ones the GIN index on search_grams (pg_trgm cannot see them).
function termCondition(term: string): SQL {
  return [...term].length >= 3 ? sql`${resources.searchText} LIKE ${likePattern(term)}` : sql`${resources.searchGrams} @> ARRAY[${term}]::text[]`;
}

function whereClause(tenantId: string, f: SearchFilters): SQL {
  const conditions: SQL[] = [eq(resources.tenantId, tenantId), isNull(resources.archivedAt)];
  if (f.publishedOnly) conditions.push(eq(resources.isPublished, true), inArray(resources.status, ['active', 'temporarily_closed']));
  for (const term of f.terms) conditions.push(termCondition(term));
  if (f.categoryId) {
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${resourceNeedCategories} WHERE ${resourceNeedCategories.resourceId} = ${resources.id} AND ${resourceNeedCategories.needCategoryId} = ${f.categoryId})`,
    );
  }
  if (f.areaId) conditions.push(eq(resources.areaId, f.areaId));
  if (f.districtId) conditions.push(eq(resources.districtId, f.districtId));
  if (f.weekday !== undefined) conditions.push(sql`${f.weekday}::int = ANY(${resources.weekdays})`);
  if (f.free) conditions.push(eq(resources.costKind, 'free'));
  if (f.transport) conditions.push(sql`'transport' = ANY(${resources.attributes})`);
  if (f.target) conditions.push(sql`${resources.target} ILIKE ${likePattern(f.target)}`);
  return and(...conditions)!;
}

function squaredDistance(origin: { lat: number; lng: number }): SQL {
  const scale = Math.cos((origin.lat * Math.PI) / 180);
  return sql`(power(${resources.latitude} - ${origin.lat}, 2) + power((${resources.longitude} - ${origin.lng}) * ${scale}, 2))`;
}

/** One page of matching listings, in the requested order, with distance in km when an origin is given. */
export async function selectSearchPage(db: Database, tenantId: string, f: SearchFilters): Promise<{ row: ResourceRow; distanceKm: number | null }[]> {
  const order: SQL[] = [];
  if (f.sort === 'distance' && f.origin) order.push(sql`${squaredDistance(f.origin)} ASC NULLS LAST`);
  if (f.sort === 'relevance' && f.terms.length) {
    // A term found in the name line counts ten times one found elsewhere.
    const score = f.terms.map((term) => sql`(CASE WHEN strpos(split_part(${resources.searchText}, E'\\n', 1), ${term}) > 0 THEN 10 ELSE 1 END)`);
    order.push(desc(sql.join(score, sql` + `)));
  }
  order.push(asc(resources.nameReading), asc(resources.name), asc(resources.id));
  const distance = f.origin ? sql<number | null>`111.32 * sqrt(${squaredDistance(f.origin)})` : sql<number | null>`NULL::float8`;
  const rows = await db
    .select({ row: resources, distanceKm: distance })
    .from(resources)
    .where(whereClause(tenantId, f))
    .orderBy(...order)
    .limit(f.limit)
    .offset(f.offset);
  return rows.map((r) => ({ row: r.row, distanceKm: r.distanceKm === null ? null : Number(r.distanceKm) }));
}

/** How many listings match, and how many per filter value (for the counts beside each filter). */
export async function selectSearchFacets(db: Database, tenantId: string, f: SearchFilters): Promise<SearchFacets> {
  const result = await db.execute(sql`
    WITH matched AS (
      SELECT ${resources.id} AS id, ${resources.areaId} AS area_id, ${resources.districtId} AS district_id,
             ${resources.weekdays} AS weekdays, ${resources.costKind} AS cost_kind, ${resources.attributes} AS attributes
      FROM ${resources} WHERE ${whereClause(tenantId, f)}
    )
    SELECT
      (SELECT count(*)::int FROM matched) AS total,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (
        SELECT l.need_category_id::text AS k, count(*)::int AS n FROM ${resourceNeedCategories} l JOIN matched m ON m.id = l.resource_id GROUP BY 1) c) AS categories,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT area_id::text AS k, count(*)::int AS n FROM matched WHERE area_id IS NOT NULL GROUP BY 1) a) AS areas,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT district_id::text AS k, count(*)::int AS n FROM matched WHERE district_id IS NOT NULL GROUP BY 1) d) AS districts,
      (SELECT coalesce(json_object_agg(k, n), '{}'::json) FROM (SELECT w::text AS k, count(*)::int AS n FROM matched, unnest(weekdays) AS w GROUP BY 1) w) AS weekdays,
      (SELECT count(*)::int FROM matched WHERE cost_kind = 'free') AS free,
      (SELECT count(*)::int FROM matched WHERE 'transport' = ANY(attributes)) AS transport
  `);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0]!;
  const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as Record<string, number>;
  return {
    total: Number(row.total),
    categories: json(row.categories),
    areas: json(row.areas),
    districts: json(row.districts),
    weekdays: json(row.weekdays),
    free: Number(row.free),
    transport: Number(row.transport),
  };
}
