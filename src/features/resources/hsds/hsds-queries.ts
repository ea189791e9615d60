// The reads the HSDS API needs beyond service.ts: public listings filtered
// by organization, 困りごと and change date, providers with a public listing,
// and listings loaded in bulk. Every query is scoped to the tenant, and
// "public" means the same here as in the web directory.
import { and, asc, eq, exists, gte, inArray, isNotNull, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { NotFound } from '../../../platform/errors/app-error.ts';
import { needCategories, providers, resourceNeedCategories, resources } from '../schema.ts';
import { searchResources, type ProviderRow, type ResourceDetail } from '../service.ts';
import { serviceAtLocationIdOf } from './hsds-ids.ts';

export type PublicServiceFilters = {
  /** Free text, through the directory's Japanese search. */
  search?: string;
  needCategoryId?: string;
  /** Only listings with at least one 困りごと. */
  hasNeedCategory?: boolean;
  providerId?: string;
  /** Changed (the listing or its provider) at or after this time. */
  modifiedAfter?: Date;
  /** Only listings with a place (those that have a service_at_location). */
  hasPlace?: boolean;
};

const searchPageSize = 100;

function isPublicListing(tenantId: string): SQL {
  return and(
    eq(resources.tenantId, tenantId),
    eq(resources.isPublished, true),
    isNull(resources.archivedAt),
    inArray(resources.status, ['active', 'temporarily_closed']),
  )!;
}

/** True when a listing has a place; must agree with hasPlace() in present-hsds.ts. */
function hasPlaceCondition(): SQL {
  return or(ne(resources.placeName, ''), ne(resources.address, ''), isNotNull(resources.latitude))!;
}

function linkedTo(ctx: ServiceContext, needCategoryId?: string): SQL {
  const tenantId = ctx.tenantId;
  const link = [eq(resourceNeedCategories.tenantId, tenantId), eq(resourceNeedCategories.resourceId, resources.id)];
  if (needCategoryId) link.push(eq(resourceNeedCategories.needCategoryId, needCategoryId));
  // Only categories still in use count, as in the taxonomy_terms list.
  const live = and(eq(needCategories.id, resourceNeedCategories.needCategoryId), eq(needCategories.tenantId, tenantId), isNull(needCategories.archivedAt));
  return exists(ctx.db.select({ id: resourceNeedCategories.resourceId }).from(resourceNeedCategories).innerJoin(needCategories, live).where(and(...link)));
}

/** Ids of the tenant's public listings matching every filter: by relevance when searching, else by reading. */
export async function findPublicResourceIds(ctx: ServiceContext, filters: PublicServiceFilters = {}): Promise<string[]> {
  const conditions: SQL[] = [isPublicListing(ctx.tenantId)];
  if (filters.needCategoryId || filters.hasNeedCategory) conditions.push(linkedTo(ctx, filters.needCategoryId));
  if (filters.providerId) conditions.push(eq(resources.providerId, filters.providerId));
  if (filters.modifiedAfter) conditions.push(or(gte(resources.updatedAt, filters.modifiedAfter), gte(providers.updatedAt, filters.modifiedAfter))!);
  if (filters.hasPlace) conditions.push(hasPlaceCondition());
  const rows = await ctx.db
    .select({ id: resources.id })
    .from(resources)
    .leftJoin(providers, and(eq(providers.id, resources.providerId), eq(providers.tenantId, ctx.tenantId)))
    .where(and(...conditions))
    .orderBy(asc(resources.nameReading), asc(resources.name), asc(resources.id));
  const ids = rows.map((r) => r.id);
  if (!filters.search?.trim()) return ids;
  const matching = new Set(ids);
  return (await searchedIds(ctx, filters.search)).filter((id) => matching.has(id));
}

// Every public listing the directory's search finds, best first. The search
// pages through its results, so this reads page after page.
async function searchedIds(ctx: ServiceContext, search: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const result = await searchResources(ctx, { q: search, page, perPage: searchPageSize, free: false, transport: false, target: '' }, { exactCounts: true });
    ids.push(...result.results.map((r) => r.id));
    if (page >= result.pageCount) return ids;
  }
}

/** Public listings with their provider and 困りごと ids, in the order of `ids`; ids not public are left out. */
export async function findPublicResourceDetails(ctx: ServiceContext, ids: string[]): Promise<ResourceDetail[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.db.select().from(resources).where(and(isPublicListing(ctx.tenantId), inArray(resources.id, ids)));
  const providerIds = [...new Set(rows.map((r) => r.providerId).filter((id): id is string => !!id))];
  const [links, providerRows] = await Promise.all([
    ctx.db
      .select({ resourceId: resourceNeedCategories.resourceId, needCategoryId: resourceNeedCategories.needCategoryId })
      .from(resourceNeedCategories)
      .where(and(eq(resourceNeedCategories.tenantId, ctx.tenantId), inArray(resourceNeedCategories.resourceId, ids))),
    providerIds.length ? ctx.db.select().from(providers).where(and(eq(providers.tenantId, ctx.tenantId), inArray(providers.id, providerIds))) : [],
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const categoryIds = links.filter((l) => l.resourceId === id).map((l) => l.needCategoryId);
    return [{ ...row, provider: providerRows.find((p) => p.id === row.providerId) ?? null, categoryIds }];
  });
}

function runsPublicListing(ctx: ServiceContext): SQL {
  return exists(ctx.db.select({ id: resources.id }).from(resources).where(and(isPublicListing(ctx.tenantId), eq(resources.providerId, providers.id))));
}

/** The providers that run at least one public listing, by reading. */
export async function findPublicProviders(ctx: ServiceContext): Promise<ProviderRow[]> {
  return ctx.db
    .select()
    .from(providers)
    .where(and(eq(providers.tenantId, ctx.tenantId), runsPublicListing(ctx)))
    .orderBy(asc(providers.nameReading), asc(providers.name), asc(providers.id));
}

/** A provider that runs at least one public listing; NotFound otherwise (also for other tenants' ids). */
export async function getPublicProvider(ctx: ServiceContext, id: string): Promise<ProviderRow> {
  const [row] = await ctx.db
    .select()
    .from(providers)
    .where(and(eq(providers.tenantId, ctx.tenantId), eq(providers.id, id), runsPublicListing(ctx)))
    .limit(1);
  if (!row) throw new NotFound();
  return row;
}

/** One page (1-based) of the public listings matching every filter, with how many match in all. */
export async function findPublicServicePage(
  ctx: ServiceContext,
  filters: PublicServiceFilters,
  page: { number: number; size: number },
): Promise<{ total: number; resources: ResourceDetail[] }> {
  const ids = await findPublicResourceIds(ctx, filters);
  const pageIds = ids.slice((page.number - 1) * page.size, page.number * page.size);
  return { total: ids.length, resources: await findPublicResourceDetails(ctx, pageIds) };
}

/** The public listing whose place has this service_at_location id; NotFound otherwise. */
export async function getPublicResourceByServiceAtLocation(ctx: ServiceContext, serviceAtLocationId: string): Promise<ResourceDetail> {
  // The id is derived from the listing's id and cannot be reversed; a
  // tenant has at most a few thousand listings to compare.
  const ids = await findPublicResourceIds(ctx, { hasPlace: true });
  const id = ids.find((candidate) => serviceAtLocationIdOf(candidate) === serviceAtLocationId);
  const [detail] = id ? await findPublicResourceDetails(ctx, [id]) : [];
  if (!detail) throw new NotFound();
  return detail;
}
