// Import runs and the listings each brought in (schema.ts beside this file).
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { insertManyRows } from '../../../db/bulk-rows.ts';
import { resources } from '../schema.ts';
import { importRunListings, importRuns } from './schema.ts';

export type ImportRunRow = typeof importRuns.$inferSelect;

export async function insertImportRun(db: Database, tenantId: string, values: Omit<typeof importRuns.$inferInsert, 'tenantId'>): Promise<ImportRunRow> {
  const [row] = await db.insert(importRuns).values({ ...values, tenantId }).returning();
  return row!;
}

/** Links a run to its listings; a file naming the same listing twice links it once. */
export async function insertImportRunListings(db: Database, tenantId: string, importRunId: string, resourceIds: string[]): Promise<void> {
  await insertManyRows(db, importRunListings, [...new Set(resourceIds)].map((resourceId) => ({ tenantId, importRunId, resourceId })));
}

export async function selectImportRun(db: Database, tenantId: string, id: string): Promise<ImportRunRow | undefined> {
  const [row] = await db.select().from(importRuns).where(and(eq(importRuns.tenantId, tenantId), eq(importRuns.id, id)));
  return row;
}

export async function selectRecentImportRuns(db: Database, tenantId: string, limit: number): Promise<ImportRunRow[]> {
  return db.select().from(importRuns).where(eq(importRuns.tenantId, tenantId)).orderBy(desc(importRuns.createdAt), desc(importRuns.id)).limit(limit);
}

const ofRun = (tenantId: string, importRunId: string) =>
  and(
    eq(resources.tenantId, tenantId),
    isNull(resources.archivedAt),
    sql`${resources.id} IN (SELECT ${importRunListings.resourceId} FROM ${importRunListings} WHERE ${importRunListings.tenantId} = ${tenantId} AND ${importRunListings.importRunId} = ${importRunId})`,
  );

/** Ids of the run's listings not archived since, in 五十音 order. */
export async function selectImportRunListingIds(db: Database, tenantId: string, importRunId: string, limit?: number): Promise<string[]> {
  const query = db.select({ id: resources.id }).from(resources).where(ofRun(tenantId, importRunId)).orderBy(asc(resources.nameReading), asc(resources.name), asc(resources.id));
  const rows = limit === undefined ? await query : await query.limit(limit);
  return rows.map((r) => r.id);
}

export async function countImportRunListings(db: Database, tenantId: string, importRunId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(resources).where(ofRun(tenantId, importRunId));
  return row?.n ?? 0;
}
