import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { helpTypes, volunteers, volunteerStatusChanges } from './schema.ts';

export type HelpTypeRow = typeof helpTypes.$inferSelect;
export type VolunteerRow = typeof volunteers.$inferSelect;
export type VolunteerStatusChangeRow = typeof volunteerStatusChanges.$inferSelect;
type VolunteerValues = Omit<typeof volunteers.$inferInsert, 'tenantId' | 'id'>;

export async function selectHelpTypes(db: Database, tenantId: string): Promise<HelpTypeRow[]> {
  return db
    .select()
    .from(helpTypes)
    .where(and(eq(helpTypes.tenantId, tenantId), isNull(helpTypes.archivedAt)))
    .orderBy(asc(helpTypes.sortOrder), asc(helpTypes.nameReading));
}

export async function insertHelpTypes(db: Database, tenantId: string, rows: Omit<typeof helpTypes.$inferInsert, 'tenantId'>[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(helpTypes).values(rows.map((r) => ({ ...r, tenantId }))).onConflictDoNothing();
}

export type VolunteerFilter = { areaIds?: readonly string[]; status?: string; areaId?: string };

function volunteerConditions(tenantId: string, filter: VolunteerFilter): SQL[] {
  const conditions = [eq(volunteers.tenantId, tenantId)];
  if (filter.areaIds) conditions.push(filter.areaIds.length ? inArray(volunteers.areaId, [...filter.areaIds]) : sql`false`);
  if (filter.areaId) conditions.push(eq(volunteers.areaId, filter.areaId));
  if (filter.status) conditions.push(eq(volunteers.status, filter.status));
  return conditions;
}

/** Volunteers in 五十音順 of their reading. */
export async function selectVolunteers(db: Database, tenantId: string, filter: VolunteerFilter = {}): Promise<VolunteerRow[]> {
  return db
    .select()
    .from(volunteers)
    .where(and(...volunteerConditions(tenantId, filter)))
    .orderBy(asc(volunteers.nameReading), asc(volunteers.name));
}

export async function selectVolunteer(db: Database, tenantId: string, id: string): Promise<VolunteerRow | undefined> {
  const [row] = await db.select().from(volunteers).where(and(eq(volunteers.tenantId, tenantId), eq(volunteers.id, id))).limit(1);
  return row;
}

export async function insertVolunteer(db: Database, tenantId: string, values: VolunteerValues): Promise<VolunteerRow> {
  const [row] = await db.insert(volunteers).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateVolunteerRow(db: Database, tenantId: string, id: string, values: Partial<VolunteerValues>): Promise<VolunteerRow | undefined> {
  const [row] = await db.update(volunteers).set(values).where(and(eq(volunteers.tenantId, tenantId), eq(volunteers.id, id))).returning();
  return row;
}

export async function insertStatusChange(db: Database, tenantId: string, values: Omit<typeof volunteerStatusChanges.$inferInsert, 'tenantId'>): Promise<void> {
  await db.insert(volunteerStatusChanges).values({ ...values, tenantId });
}

export async function selectStatusChanges(db: Database, tenantId: string, filter: { volunteerId?: string; areaIds?: readonly string[] } = {}): Promise<VolunteerStatusChangeRow[]> {
  const conditions = [eq(volunteerStatusChanges.tenantId, tenantId)];
  if (filter.volunteerId) conditions.push(eq(volunteerStatusChanges.volunteerId, filter.volunteerId));
  const query = db.select({ change: volunteerStatusChanges }).from(volunteerStatusChanges);
  const joined = filter.areaIds
    ? query.innerJoin(volunteers, and(eq(volunteers.id, volunteerStatusChanges.volunteerId), eq(volunteers.tenantId, volunteerStatusChanges.tenantId), inArray(volunteers.areaId, [...filter.areaIds, '00000000-0000-0000-0000-000000000000'])))
    : query;
  const rows = await joined.where(and(...conditions)).orderBy(asc(volunteerStatusChanges.onDate), asc(volunteerStatusChanges.createdAt));
  return rows.map((r) => r.change);
}

export async function selectVolunteersByIds(db: Database, tenantId: string, ids: string[]): Promise<VolunteerRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(volunteers).where(and(eq(volunteers.tenantId, tenantId), inArray(volunteers.id, ids)));
}

/** Volunteers at one status in the given areas (all when undefined). */
export async function countVolunteersAt(db: Database, tenantId: string, status: string, areaIds: readonly string[] | undefined): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(volunteers).where(and(...volunteerConditions(tenantId, { areaIds, status })));
  return Number(row?.count ?? 0);
}
