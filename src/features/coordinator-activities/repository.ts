import { and, arrayContains, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { coordinatorActivities } from './schema.ts';

export type CoordinatorActivityRow = typeof coordinatorActivities.$inferSelect;
type NewRow = Omit<typeof coordinatorActivities.$inferInsert, 'tenantId'>;

export type ActivityFilter = {
  range?: { start: string; end: string };
  coordinatorIds?: readonly string[];
  areaIds?: readonly string[];
  type?: string;
};

// The one WHERE every list and count shares: tenant, then the optional filters.
function activityConditions(tenantId: string, filter: ActivityFilter): SQL | undefined {
  const t = coordinatorActivities;
  const conditions: (SQL | undefined)[] = [eq(t.tenantId, tenantId)];
  if (filter.range) conditions.push(sql`${t.activityOn} BETWEEN ${filter.range.start} AND ${filter.range.end}`);
  if (filter.coordinatorIds) conditions.push(filter.coordinatorIds.length ? inArray(t.coordinatorId, [...filter.coordinatorIds]) : sql`false`);
  if (filter.areaIds) conditions.push(filter.areaIds.length ? inArray(t.areaId, [...filter.areaIds]) : sql`false`);
  if (filter.type) conditions.push(arrayContains(t.types, [filter.type]));
  return and(...conditions);
}

export async function selectActivities(db: Database, tenantId: string, filter: ActivityFilter, limit = 500): Promise<CoordinatorActivityRow[]> {
  return db
    .select()
    .from(coordinatorActivities)
    .where(activityConditions(tenantId, filter))
    .orderBy(desc(coordinatorActivities.activityOn), desc(coordinatorActivities.createdAt))
    .limit(limit);
}

export async function selectActivity(db: Database, tenantId: string, id: string): Promise<CoordinatorActivityRow | undefined> {
  const [row] = await db
    .select()
    .from(coordinatorActivities)
    .where(and(eq(coordinatorActivities.tenantId, tenantId), eq(coordinatorActivities.id, id)))
    .limit(1);
  return row;
}

export async function insertActivity(db: Database, tenantId: string, values: NewRow): Promise<CoordinatorActivityRow> {
  const [row] = await db.insert(coordinatorActivities).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateActivityRow(db: Database, tenantId: string, id: string, values: Partial<NewRow>): Promise<CoordinatorActivityRow | undefined> {
  const [row] = await db
    .update(coordinatorActivities)
    .set(values)
    .where(and(eq(coordinatorActivities.tenantId, tenantId), eq(coordinatorActivities.id, id)))
    .returning();
  return row;
}

export async function deleteActivityRow(db: Database, tenantId: string, id: string): Promise<void> {
  await db.delete(coordinatorActivities).where(and(eq(coordinatorActivities.tenantId, tenantId), eq(coordinatorActivities.id, id)));
}

/** The 年度 report: activities counted under each of their types, and the number and minutes of activities. */
export async function countActivitiesByType(db: Database, tenantId: string, filter: ActivityFilter) {
  const where = activityConditions(tenantId, filter);
  const byType = await db
    .select({ type: sql<string>`kind`, count: sql<number>`count(*)::int` })
    .from(sql`${coordinatorActivities}, unnest(${coordinatorActivities.types}) AS kind`)
    .where(where)
    .groupBy(sql`kind`);
  const [totals] = await db
    .select({ count: sql<number>`count(*)::int`, minutes: sql<number>`coalesce(sum(${coordinatorActivities.minutes}), 0)::int` })
    .from(coordinatorActivities)
    .where(where);
  return { byType, activities: totals?.count ?? 0, minutes: totals?.minutes ?? 0 };
}

/** How many activities fall in a period: the home page's figure for this month. */
export async function countActivities(db: Database, tenantId: string, filter: ActivityFilter): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(coordinatorActivities).where(activityConditions(tenantId, filter));
  return row?.n ?? 0;
}
