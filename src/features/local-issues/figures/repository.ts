import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { localIssueAreas, localIssueOutcomes, localIssues } from '../schema.ts';

type Range = { start: string; end: string };

function inAreas(tenantId: string, areaIds: readonly string[] | undefined): SQL | undefined {
  if (!areaIds) return undefined;
  return sql`EXISTS (SELECT 1 FROM ${localIssueAreas} WHERE ${localIssueAreas.tenantId} = ${tenantId} AND ${localIssueAreas.issueId} = ${localIssues.id} AND ${areaIds.length ? inArray(localIssueAreas.areaId, [...areaIds]) : sql`false`})`;
}

/**
 * Issues of a 年度: raised in it, resolved (資源化・解決) in it, and carried over
 * into the next one (raised by its end, neither resolved by then nor set aside).
 */
export async function countIssuesForYear(db: Database, tenantId: string, range: Range, areaIds: readonly string[] | undefined): Promise<{ raised: number; resolved: number; carriedOver: number }> {
  const t = localIssues;
  const [row] = await db
    .select({
      raised: sql<number>`count(*) FILTER (WHERE ${t.raisedOn} BETWEEN ${range.start} AND ${range.end})::int`,
      resolved: sql<number>`count(*) FILTER (WHERE ${t.resolvedOn} BETWEEN ${range.start} AND ${range.end})::int`,
      carriedOver: sql<number>`count(*) FILTER (WHERE ${t.raisedOn} <= ${range.end} AND (${t.resolvedOn} IS NULL OR ${t.resolvedOn} > ${range.end}) AND ${t.status} <> 'set_aside')::int`,
    })
    .from(t)
    .where(and(eq(t.tenantId, tenantId), inAreas(tenantId, areaIds)));
  return { raised: row?.raised ?? 0, resolved: row?.resolved ?? 0, carriedOver: row?.carriedOver ?? 0 };
}

/** Resources developed in a 年度 (listings created or changed, trainings, volunteers, activities) per area of their issue and kind. */
export async function countOutcomesByArea(db: Database, tenantId: string, range: Range, areaIds: readonly string[] | undefined): Promise<{ areaId: string; kind: string; count: number }[]> {
  const o = localIssueOutcomes;
  const conditions = [eq(o.tenantId, tenantId), sql`${o.achievedOn} BETWEEN ${range.start} AND ${range.end}`];
  if (areaIds) conditions.push(areaIds.length ? inArray(localIssueAreas.areaId, [...areaIds]) : sql`false`);
  return db
    .select({ areaId: localIssueAreas.areaId, kind: o.kind, count: sql<number>`count(*)::int` })
    .from(o)
    .innerJoin(localIssueAreas, and(eq(localIssueAreas.tenantId, o.tenantId), eq(localIssueAreas.issueId, o.issueId)))
    .where(and(...conditions))
    .groupBy(localIssueAreas.areaId, o.kind);
}
