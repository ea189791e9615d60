import type { Database } from '../../db/client.ts';
import { findAuditEntries, recordAudit } from '../../platform/audit/audit.ts';
import { assertRole } from '../../platform/auth/permissions.ts';
import { japanToday, type ServiceContext } from '../../platform/context/service-context.ts';
import { Forbidden, NotFound } from '../../platform/errors/app-error.ts';
import { searchTerms } from '../../platform/japanese-text/search-normalize.ts';
import * as areasService from '../areas/service.ts';
import * as repository from './repository.ts';
import type { ListedResourceRow, NeedCategoryRow, ProviderRow, ResourceRow } from './repository.ts';
import { composeListingRow } from './listing-values.ts';
import { selectSearch, type SearchFacets } from './search-query.ts';
import type { ResourceInput, ResourceSearchQuery } from './validation.ts';
import { defaultNeedCategories } from './vocabulary.ts';

export type { ListedResourceRow, NeedCategoryRow, ProviderRow, ResourceRow, SearchFacets };
export type ResourceDetail = ListedResourceRow & { provider: ProviderRow | null; categoryIds: string[] };

/** The tenant's 困りごと list; a tenant without one gets the default list first. */
export async function findNeedCategories(ctx: ServiceContext): Promise<NeedCategoryRow[]> {
  const existing = await repository.selectNeedCategories(ctx.db, ctx.tenantId);
  if (existing.length) return existing;
  await repository.insertNeedCategories(
    ctx.db,
    ctx.tenantId,
    defaultNeedCategories.map(([code, name, nameReading], sortOrder) => ({ code, name, nameReading, sortOrder })),
  );
  return repository.selectNeedCategories(ctx.db, ctx.tenantId);
}

/**
 * Beyond this many matches a search says 「1,000件以上」 and shows no counts
 * beside the filters: counting every match of a one-character word would
 * cost more than the page itself. Results and their order stay exact.
 */
export const searchCountLimit = 1000;

/**
 * Public search: published, live listings only. Staff search sees drafts
 * too. `exactCounts` counts every match (exports, guidebooks, the HSDS API).
 */
export async function searchResources(ctx: ServiceContext, query: ResourceSearchQuery, options: { includeDrafts?: boolean; exactCounts?: boolean; countLimit?: number } = {}) {
  // The 困りごと list is needed first only to filter by one; otherwise it is read while the search runs.
  const reading = findNeedCategories(ctx);
  // Awaited below; should something else fail first, its failure is not also an unhandled rejection.
  reading.catch(() => undefined);
  const categoryId = query.category ? (await reading).find((c) => c.code === query.category)?.id : undefined;
  const perPage = query.perPage ?? 20;
  const page = query.page ?? 1;
  // Nearest first needs a point: the resident's own (lat/lng), else the middle of the district or area they chose.
  const origin =
    query.lat !== undefined && query.lng !== undefined
      ? { lat: query.lat, lng: query.lng }
      : query.sort === 'distance'
        ? await repository.selectCentre(ctx.db, ctx.tenantId, { areaId: query.area, districtId: query.district })
        : undefined;
  const terms = searchTerms(query.q);
  const filters = {
    terms,
    publishedOnly: !options.includeDrafts,
    categoryId,
    areaId: query.area,
    districtId: query.district,
    weekday: query.weekday,
    free: query.free,
    transport: query.transport,
    target: query.target,
    sort: query.sort === 'distance' && !origin ? 'reading' : (query.sort ?? (terms.length ? 'relevance' : origin ? 'distance' : 'reading')),
    origin,
    limit: perPage,
    offset: (page - 1) * perPage,
  } as const;
  const countLimit = options.exactCounts ? undefined : (options.countLimit ?? searchCountLimit);
  const [{ facets, hits }, categories] = await Promise.all([selectSearch(ctx.db, ctx.tenantId, filters, { countLimit, broadAbove: searchCountLimit }), reading]);
  const hasNextPage = hits.length > perPage;
  const pageHits = hits.slice(0, perPage);
  const rows = await repository.selectResourcesWithProviders(ctx.db, ctx.tenantId, pageHits.map((h) => h.id));
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const details = pageHits.map((h) => asDetail(rowById.get(h.id)!));
  // Past the count limit the number of pages is not known either: as many as the limit fills, and one more while there is a next page.
  const pageCount = facets.isCapped ? Math.max(Math.ceil((facets.total + 1) / perPage), page + (hasNextPage ? 1 : 0)) : Math.max(1, Math.ceil(facets.total / perPage));
  return {
    results: details.map((detail, i) => ({ ...detail, distanceKm: pageHits[i]!.distanceKm })),
    facets,
    categories,
    page,
    perPage,
    pageCount,
    sort: filters.sort,
  };
}

/** One listing. The public sees it only while published and live; NotFound otherwise, and for other tenants. */
export async function getResource(ctx: ServiceContext, id: string, options: { includeDrafts?: boolean } = {}): Promise<ResourceDetail> {
  const [row] = await repository.selectResourcesWithProviders(ctx.db, ctx.tenantId, [id]);
  if (!row || row.archivedAt) throw new NotFound();
  if (!options.includeDrafts && (!row.isPublished || row.status === 'defunct' || row.status === 'inactive')) throw new NotFound();
  return asDetail(row);
}

const asDetail = (row: ListedResourceRow & { provider: ProviderRow | null }): ResourceDetail => ({ ...row, categoryIds: row.needCategoryIds });

// Admins edit any listing; coordinators those in their areas (a listing
// without an area only admins may place).
function assertCanEdit(ctx: ServiceContext, areaId: string | null): void {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  if (actor.role === 'coordinator' && (!areaId || !actor.areaIds.includes(areaId))) throw new Forbidden();
}

/** Adds a listing; returns it with any live listings that look like duplicates (same name or phone). */
export async function createResource(
  ctx: ServiceContext,
  input: ResourceInput,
  options: { externalId?: string | null } = {},
): Promise<{ resource: ResourceRow; possibleDuplicates: ResourceRow[] }> {
  assertCanEdit(ctx, input.areaId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const possibleDuplicates = await repository.selectSimilarResources(db, ctx.tenantId, input.name, input.phone);
    const values = await rowValues(ctx, db, input);
    const resource = await repository.insertResource(db, ctx.tenantId, { ...values, externalId: options.externalId ?? null, createdAt: ctx.now });
    await repository.replaceCategoryLinks(db, ctx.tenantId, resource.id, input.needCategoryIds);
    await recordAudit(ctx, db, { action: 'create', entityType: 'resource', entityId: resource.id, after: { ...resource, needCategoryIds: input.needCategoryIds } });
    return { resource, possibleDuplicates };
  });
}

/** Changes a listing the actor may edit. */
export async function updateResource(ctx: ServiceContext, id: string, input: ResourceInput): Promise<ResourceRow> {
  const before = await getResource(ctx, id, { includeDrafts: true });
  assertCanEdit(ctx, before.areaId);
  assertCanEdit(ctx, input.areaId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const values = await rowValues(ctx, db, input);
    const after = await repository.updateResourceRow(db, ctx.tenantId, id, values);
    await repository.replaceCategoryLinks(db, ctx.tenantId, id, input.needCategoryIds);
    await recordAudit(ctx, db, { action: 'update', entityType: 'resource', entityId: id, before, after: { ...after, needCategoryIds: input.needCategoryIds } });
    return after!;
  });
}

/** Marks a listing as checked today by the acting person (確認日・確認者). */
export async function confirmResource(ctx: ServiceContext, id: string, confirmedBy?: string): Promise<ResourceRow> {
  const before = await getResource(ctx, id, { includeDrafts: true });
  assertCanEdit(ctx, before.areaId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateResourceRow(db, ctx.tenantId, id, {
      confirmedOn: japanToday(ctx.now),
      confirmedBy: confirmedBy ?? ctx.actor?.displayName ?? '',
      updatedAt: ctx.now,
    });
    await recordAudit(ctx, db, { action: 'confirm', entityType: 'resource', entityId: id, before: { confirmedOn: before.confirmedOn }, after: { confirmedOn: after!.confirmedOn } });
    return after!;
  });
}

/** Takes a listing out of every list; it stays in the history. */
export async function archiveResource(ctx: ServiceContext, id: string): Promise<void> {
  const before = await getResource(ctx, id, { includeDrafts: true });
  assertCanEdit(ctx, before.areaId);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await repository.updateResourceRow(db, ctx.tenantId, id, { archivedAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'archive', entityType: 'resource', entityId: id, before: { archivedAt: null }, after: { archivedAt: ctx.now } });
  });
}

/** Live listings not confirmed for `months` months (確認が必要), oldest first. */
export async function findResourcesNeedingConfirmation(ctx: ServiceContext, months: number): Promise<ResourceRow[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const cutoff = new Date(ctx.now);
  cutoff.setMonth(cutoff.getMonth() - months);
  return repository.selectUnconfirmedSince(ctx.db, ctx.tenantId, japanToday(cutoff));
}

async function rowValues(ctx: ServiceContext, db: Database, input: ResourceInput): Promise<repository.NewResourceRow> {
  // Every read goes through the transaction's handle: PGlite has a single
  // connection, so a read on the outer handle would wait for ever.
  const inTransaction = { ...ctx, db };
  const lookups = { categories: await findNeedCategories(inTransaction), areas: await areasService.findAreasWithDistricts(inTransaction) };
  const provider = input.providerName ? await findOrCreateProvider(ctx, db, input.providerName, input.providerType) : null;
  return composeListingRow(input, lookups, provider?.id ?? null, ctx.now);
}

async function findOrCreateProvider(ctx: ServiceContext, db: Database, name: string, providerType: string): Promise<ProviderRow> {
  const existing = await repository.selectProviderByName(db, ctx.tenantId, name);
  if (existing) {
    if (existing.providerType !== providerType) await repository.updateProviderRow(db, ctx.tenantId, existing.id, { providerType, updatedAt: ctx.now });
    return { ...existing, providerType };
  }
  return repository.insertProvider(db, ctx.tenantId, { name, providerType, createdAt: ctx.now, updatedAt: ctx.now });
}

/**
 * The directory's record of an organisation named elsewhere (a council member, a survey respondent):
 * the one with that name, or a new one of the given type, so the same body is one record.
 */
export async function organisationNamed(ctx: ServiceContext, db: Database, name: string, providerType: string): Promise<ProviderRow> {
  const existing = await repository.selectProviderByName(db, ctx.tenantId, name);
  return existing ?? repository.insertProvider(db, ctx.tenantId, { name, providerType, createdAt: ctx.now, updatedAt: ctx.now });
}

/** The changes made to a listing, newest first (staff only). */
export async function findResourceHistory(ctx: ServiceContext, id: string) {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return findAuditEntries(ctx.db, ctx.tenantId, { entityType: 'resource', entityId: id, limit: 20 });
}
