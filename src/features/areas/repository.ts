import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { areas, districts } from './schema.ts';

export type AreaRow = typeof areas.$inferSelect;
export type DistrictRow = typeof districts.$inferSelect;

const areaOrder = [asc(areas.tier), asc(areas.sortOrder), asc(areas.nameReading), asc(areas.name)];
const districtOrder = [asc(districts.sortOrder), asc(districts.nameReading), asc(districts.name)];

export async function selectAreas(db: Database, tenantId: string, options: { includeArchived?: boolean } = {}): Promise<AreaRow[]> {
  const conditions = [eq(areas.tenantId, tenantId)];
  if (!options.includeArchived) conditions.push(isNull(areas.archivedAt));
  return db.select().from(areas).where(and(...conditions)).orderBy(...areaOrder);
}

export async function selectArea(db: Database, tenantId: string, id: string): Promise<AreaRow | undefined> {
  const [row] = await db.select().from(areas).where(and(eq(areas.tenantId, tenantId), eq(areas.id, id))).limit(1);
  return row;
}

export async function insertArea(db: Database, tenantId: string, values: Omit<typeof areas.$inferInsert, 'tenantId'>): Promise<AreaRow> {
  const [row] = await db.insert(areas).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateAreaRow(db: Database, tenantId: string, id: string, values: Partial<typeof areas.$inferInsert>): Promise<AreaRow | undefined> {
  const [row] = await db.update(areas).set(values).where(and(eq(areas.tenantId, tenantId), eq(areas.id, id))).returning();
  return row;
}

export async function selectDistricts(db: Database, tenantId: string, areaIds?: string[]): Promise<DistrictRow[]> {
  const conditions = [eq(districts.tenantId, tenantId), isNull(districts.archivedAt)];
  if (areaIds) {
    if (areaIds.length === 0) return [];
    conditions.push(inArray(districts.areaId, areaIds));
  }
  return db.select().from(districts).where(and(...conditions)).orderBy(...districtOrder);
}

export async function selectDistrict(db: Database, tenantId: string, id: string): Promise<DistrictRow | undefined> {
  const [row] = await db.select().from(districts).where(and(eq(districts.tenantId, tenantId), eq(districts.id, id))).limit(1);
  return row;
}

export async function insertDistrict(db: Database, tenantId: string, values: Omit<typeof districts.$inferInsert, 'tenantId'>): Promise<DistrictRow> {
  const [row] = await db.insert(districts).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateDistrictRow(db: Database, tenantId: string, id: string, values: Partial<typeof districts.$inferInsert>): Promise<DistrictRow | undefined> {
  const [row] = await db.update(districts).set(values).where(and(eq(districts.tenantId, tenantId), eq(districts.id, id))).returning();
  return row;
}
