import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { districts, districtTowns } from '../schema.ts';

export type DistrictTownRow = typeof districtTowns.$inferSelect;

export async function selectTowns(db: Database, tenantId: string, districtIds?: string[]): Promise<DistrictTownRow[]> {
  const conditions = [eq(districtTowns.tenantId, tenantId)];
  if (districtIds) {
    if (districtIds.length === 0) return [];
    conditions.push(inArray(districtTowns.districtId, districtIds));
  }
  return db.select().from(districtTowns).where(and(...conditions)).orderBy(asc(districtTowns.districtId), asc(districtTowns.createdAt), asc(districtTowns.name));
}

/** Towns of other districts that already hold one of these keys. */
export async function selectTownsByKeys(db: Database, tenantId: string, keys: string[]): Promise<DistrictTownRow[]> {
  if (keys.length === 0) return [];
  return db.select().from(districtTowns).where(and(eq(districtTowns.tenantId, tenantId), inArray(districtTowns.nameKey, keys)));
}

export async function replaceTowns(db: Database, tenantId: string, districtId: string, towns: { name: string; nameKey: string }[], now: Date): Promise<void> {
  await db.delete(districtTowns).where(and(eq(districtTowns.tenantId, tenantId), eq(districtTowns.districtId, districtId)));
  if (towns.length === 0) return;
  // One millisecond apart, so the list keeps the order it was typed in.
  await db.insert(districtTowns).values(towns.map((town, i) => ({ ...town, tenantId, districtId, createdAt: new Date(now.getTime() + i) })));
}

/**
 * Towns of live districts whose folded name appears in the folded address,
 * longest first: 「東光3条」 wins over 「東光」 for 「東光3条5丁目」.
 */
export async function selectTownsInAddress(db: Database, tenantId: string, addressKey: string, limit = 5): Promise<DistrictTownRow[]> {
  return db
    .select({ town: districtTowns })
    .from(districtTowns)
    .innerJoin(districts, and(eq(districts.tenantId, districtTowns.tenantId), eq(districts.id, districtTowns.districtId)))
    .where(and(eq(districtTowns.tenantId, tenantId), isNull(districts.archivedAt), sql`strpos(${addressKey}::text, ${districtTowns.nameKey}) > 0`))
    .orderBy(desc(sql`length(${districtTowns.nameKey})`), asc(districtTowns.name))
    .limit(limit)
    .then((rows) => rows.map((r) => r.town));
}
