import { and, asc, eq, getTableColumns, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { insertManyRows } from '../../db/bulk-rows.ts';
import { needCategories, providers, resourceNeedCategories, resources } from './schema.ts';

export type ResourceRow = typeof resources.$inferSelect;
/** A listing without its derived search columns: what history keeps, and much less to read. */
export type ListedResourceRow = Omit<ResourceRow, 'searchText' | 'searchKeys' | 'nameGrams'>;

const { searchText: _text, searchKeys: _keys, nameGrams: _names, ...listedColumns } = getTableColumns(resources);
export type NewResourceRow = Omit<typeof resources.$inferInsert, 'tenantId'>;
export type NeedCategoryRow = typeof needCategories.$inferSelect;
export type ProviderRow = typeof providers.$inferSelect;

export async function selectNeedCategories(db: Database, tenantId: string): Promise<NeedCategoryRow[]> {
  return db
    .select()
    .from(needCategories)
    .where(and(eq(needCategories.tenantId, tenantId), isNull(needCategories.archivedAt)))
    .orderBy(asc(needCategories.sortOrder), asc(needCategories.nameReading));
}

export async function insertNeedCategories(db: Database, tenantId: string, rows: { code: string; name: string; nameReading: string; sortOrder: number }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(needCategories)
    .values(rows.map((r) => ({ ...r, tenantId })))
    .onConflictDoNothing();
}

export async function selectProviderByName(db: Database, tenantId: string, name: string): Promise<ProviderRow | undefined> {
  const [row] = await db.select().from(providers).where(and(eq(providers.tenantId, tenantId), eq(providers.name, name))).limit(1);
  return row;
}

export async function insertProvider(db: Database, tenantId: string, values: Omit<typeof providers.$inferInsert, 'tenantId'>): Promise<ProviderRow> {
  const [row] = await db.insert(providers).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateProviderRow(db: Database, tenantId: string, id: string, values: Partial<typeof providers.$inferInsert>): Promise<void> {
  await db.update(providers).set(values).where(and(eq(providers.tenantId, tenantId), eq(providers.id, id)));
}

/** Listings by id, without the search columns (their grams are most of a row, and nobody reads them back). */
export async function selectResourcesByIds(db: Database, tenantId: string, ids: string[]): Promise<ListedResourceRow[]> {
  if (ids.length === 0) return [];
  return db.select(listedColumns).from(resources).where(and(eq(resources.tenantId, tenantId), inArray(resources.id, ids)));
}

/** Listings by id with their providers, in one statement (a search page). */
export async function selectResourcesWithProviders(db: Database, tenantId: string, ids: string[]): Promise<(ListedResourceRow & { provider: ProviderRow | null })[]> {
  if (ids.length === 0) return [];
  return db
    .select({ ...listedColumns, provider: getTableColumns(providers) })
    .from(resources)
    .leftJoin(providers, and(eq(providers.id, resources.providerId), eq(providers.tenantId, tenantId)))
    .where(and(eq(resources.tenantId, tenantId), inArray(resources.id, ids)));
}

export async function insertResource(db: Database, tenantId: string, values: NewResourceRow): Promise<ResourceRow> {
  const [row] = await db.insert(resources).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateResourceRow(db: Database, tenantId: string, id: string, values: Partial<NewResourceRow>): Promise<ResourceRow | undefined> {
  const [row] = await db.update(resources).set(values).where(and(eq(resources.tenantId, tenantId), eq(resources.id, id))).returning();
  return row;
}

export async function replaceCategoryLinks(db: Database, tenantId: string, resourceId: string, categoryIds: string[]): Promise<void> {
  await db.delete(resourceNeedCategories).where(and(eq(resourceNeedCategories.tenantId, tenantId), eq(resourceNeedCategories.resourceId, resourceId)));
  if (categoryIds.length === 0) return;
  await db.insert(resourceNeedCategories).values(categoryIds.map((needCategoryId) => ({ tenantId, resourceId, needCategoryId })));
}

/**
 * Writes new values to many listings, one statement per set of columns: the
 * rows travel as one jsonb parameter, expanded by jsonb_populate_recordset.
 */
export async function updateResourceRows(db: Database, tenantId: string, rows: (Partial<NewResourceRow> & { id: string })[]): Promise<void> {
  const columns = getTableColumns(resources) as Record<string, { name: string }>;
  const groups = new Map<string, typeof rows>();
  for (const row of rows) {
    const keys = Object.keys(row).filter((key) => key !== 'id' && key in columns && (row as Record<string, unknown>)[key] !== undefined);
    const signature = keys.sort().join(',');
    groups.set(signature, [...(groups.get(signature) ?? []), row]);
  }
  for (const [signature, group] of groups) {
    if (!signature) continue;
    const names = signature.split(',').map((key) => [key, columns[key]!.name] as const);
    const json = group.map((row) => {
      const out: Record<string, unknown> = { id: row.id };
      for (const [key, name] of names) {
        const value = (row as Record<string, unknown>)[key];
        out[name] = value instanceof Date ? value.toISOString() : value;
      }
      return out;
    });
    const assignments = names.map(([, name]) => sql`${sql.identifier(name)} = v.${sql.identifier(name)}`);
    await db.execute(sql`UPDATE ${resources} SET ${sql.join(assignments, sql`, `)}
      FROM jsonb_populate_recordset(NULL::resources, ${JSON.stringify(json)}::jsonb) AS v
      WHERE ${resources.id} = v.id AND ${resources.tenantId} = ${tenantId}`);
  }
}

/** Replaces the category links of many listings at once. */
export async function replaceCategoryLinksOf(db: Database, tenantId: string, resourceIds: string[], links: { resourceId: string; needCategoryId: string }[]): Promise<void> {
  if (resourceIds.length === 0) return;
  await db.delete(resourceNeedCategories).where(and(eq(resourceNeedCategories.tenantId, tenantId), inArray(resourceNeedCategories.resourceId, resourceIds)));
  await insertCategoryLinks(db, tenantId, links);
}

/** Live listings with the same name or phone: possible duplicates of a new one. */
export async function selectSimilarResources(db: Database, tenantId: string, name: string, phone: string): Promise<ResourceRow[]> {
  const sameName = sql`lower(${resources.name}) = lower(${name})`;
  const match = phone ? or(sameName, eq(resources.phone, phone)) : sameName;
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), isNull(resources.archivedAt), match))
    .limit(10);
}

/** Live listings last confirmed before `before` (or never). */
export async function selectUnconfirmedSince(db: Database, tenantId: string, before: string): Promise<ResourceRow[]> {
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), isNull(resources.archivedAt), or(isNull(resources.confirmedOn), lt(resources.confirmedOn, before))))
    .orderBy(asc(resources.confirmedOn), asc(resources.nameReading));
}

export type ImportMatchRow = Pick<ResourceRow, 'id' | 'externalId' | 'name' | 'placeName' | 'staffNote' | 'isPublished'>;

/** Live listings that an import row may refer to: by the file's own id, or else by exact name; only what matching and merging need. */
export async function selectImportMatches(db: Database, tenantId: string, externalIds: string[], names: string[]): Promise<ImportMatchRow[]> {
  const ownIds = externalIds.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
  // A file's worth of values as one jsonb parameter each: 10,000 names would be 20,000 parameters, and PostgreSQL takes 65,535.
  const listed = (values: string[]) => sql`(SELECT jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;
  const conditions = [
    externalIds.length ? sql`${resources.externalId} IN ${listed(externalIds)}` : undefined,
    ownIds.length ? sql`${resources.id} IN (SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(ownIds)}::jsonb))` : undefined,
    names.length ? sql`${resources.name} IN ${listed(names)}` : undefined,
  ].filter((c) => c !== undefined);
  const match = conditions.length ? or(...conditions) : undefined;
  if (!match) return [];
  // Oldest first: when two listings fit a row, the first one made is the one it updates.
  return db
    .select({ id: resources.id, externalId: resources.externalId, name: resources.name, placeName: resources.placeName, staffNote: resources.staffNote, isPublished: resources.isPublished })
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), isNull(resources.archivedAt), match))
    .orderBy(asc(resources.createdAt), asc(resources.id));
}

/** The mean position of live listings in a district or area: "near here" for a resident who gave no location. */
export async function selectCentre(db: Database, tenantId: string, place: { areaId?: string; districtId?: string }): Promise<{ lat: number; lng: number } | undefined> {
  const where = [eq(resources.tenantId, tenantId), isNull(resources.archivedAt), sql`${resources.latitude} IS NOT NULL`];
  if (place.districtId) where.push(eq(resources.districtId, place.districtId));
  else if (place.areaId) where.push(eq(resources.areaId, place.areaId));
  else return undefined;
  const [row] = await db
    .select({ lat: sql<number | null>`avg(${resources.latitude})`, lng: sql<number | null>`avg(${resources.longitude})` })
    .from(resources)
    .where(and(...where));
  return row?.lat == null || row.lng == null ? undefined : { lat: Number(row.lat), lng: Number(row.lng) };
}

export async function selectAllProviders(db: Database, tenantId: string): Promise<ProviderRow[]> {
  return db.select().from(providers).where(eq(providers.tenantId, tenantId));
}

/** Inserts many providers at once; returns them. */
export async function insertProviders(db: Database, tenantId: string, values: Omit<typeof providers.$inferInsert, 'tenantId'>[]): Promise<ProviderRow[]> {
  if (values.length === 0) return [];
  return db.insert(providers).values(values.map((v) => ({ ...v, tenantId }))).returning();
}

/** Inserts many listings in one statement; give each its id, so links and history need nothing back. */
export async function insertResources(db: Database, tenantId: string, values: (NewResourceRow & { id: string })[]): Promise<void> {
  await insertManyRows(db, resources, values.map((v) => ({ ...v, tenantId })));
}

/** Listings by id without the search columns (for their history), with their search text (to tell whether a write would change anything). */
export async function selectListedResources(db: Database, tenantId: string, ids: string[]): Promise<(ListedResourceRow & { searchText: string })[]> {
  if (ids.length === 0) return [];
  return db
    .select({ ...listedColumns, searchText: resources.searchText })
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), inArray(resources.id, ids)));
}

export async function insertCategoryLinks(db: Database, tenantId: string, links: { resourceId: string; needCategoryId: string }[]): Promise<void> {
  await insertManyRows(db, resourceNeedCategories, links.map((l) => ({ ...l, tenantId })));
}

/**
 * For the rest of the transaction, more memory for merging the GIN indexes'
 * pending lists into the indexes as rows arrive (the default 4 MB makes a
 * bulk import merge in many small passes; 64 MB measured about 15 % faster
 * on 10,000 listings). SET LOCAL: gone at commit or rollback.
 */
export async function allowBulkWriteMemory(db: Database): Promise<void> {
  await db.execute(sql`SET LOCAL work_mem = '64MB'`);
}

/** Which of `ids` are ids of the tenant's listings, archived ones included. */
export async function selectExistingResourceIds(db: Database, tenantId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: resources.id })
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), sql`${resources.id} IN (SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`));
  return rows.map((r) => r.id);
}
