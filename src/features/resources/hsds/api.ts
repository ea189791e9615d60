// The Open Referral HSDS 3.0 API over the public directory, under /api/hsds:
// the paths of the specification's schema/openapi.json, read-only, answering
// only what the public web directory shows.
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { cors } from 'hono/cors';
import { z } from 'zod';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { NotFound } from '../../../platform/errors/app-error.ts';
import { serviceContext } from '../../../platform/http/app-env.ts';
import { apiErrorResponses, createApiRouter, jsonResponse } from '../../../platform/http/api-router.ts';
import { recordId } from '../../../platform/http/route-params.ts';
import { normalizeForSearch } from '../../../platform/japanese-text/search-normalize.ts';
import { findNeedCategories, getResource } from '../service.ts';
import { taxonomyIdOf } from './hsds-ids.ts';
import {
  findPublicProviders,
  findPublicResourceDetails,
  findPublicResourceIds,
  findPublicServicePage,
  getPublicProvider,
  getPublicResourceByServiceAtLocation,
  type PublicServiceFilters,
} from './hsds-queries.ts';
import {
  presentOrganization,
  presentOrganizationListItem,
  presentPage,
  presentService,
  presentServiceAtLocation,
  presentServiceAtLocationListItem,
  presentServiceListItem,
  presentTaxonomy,
  presentTaxonomyTerm,
} from './present-hsds.ts';
import { hsdsIdParam, hsdsOrganizationDetailQuery, hsdsOrganizationQuery, hsdsServiceQuery, hsdsTaxonomyQuery, hsdsTaxonomyTermQuery, type HsdsServiceQuery } from './validation.ts';

/** What GET /api/hsds/ declares: HSDS 3.0 itself (no profile), described by the specification's own OpenAPI file. */
export const hsdsApiInfo = {
  version: '3.0',
  profile: 'https://docs.openreferral.org/en/latest/hsds/',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
} as const;

const schemaBase = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const hsdsObject = (id: string, file: string) =>
  z.looseObject({ id: z.string() }).meta({ id, description: `HSDS 3.0 object, see ${schemaBase}${file}` });
const hsdsPage = (id: string, item: z.ZodType<{ id: string }>) =>
  z
    .object({
      total_items: z.number().int(),
      total_pages: z.number().int(),
      page_number: z.number().int(),
      size: z.number().int(),
      first_page: z.boolean(),
      last_page: z.boolean(),
      empty: z.boolean(),
      contents: z.array(item),
    })
    .meta({ id });

const service = hsdsObject('HsdsService', 'compiled/service.json');
const organization = hsdsObject('HsdsOrganization', 'compiled/organization.json');
const serviceAtLocation = hsdsObject('HsdsServiceAtLocation', 'compiled/service_at_location.json');
const taxonomy = hsdsObject('HsdsTaxonomy', 'taxonomy.json');
const taxonomyTerm = hsdsObject('HsdsTaxonomyTerm', 'taxonomy_term.json');

export const hsdsApi = createApiRouter();
// Open data: any site may read it from the browser (GET only, no cookies).
hsdsApi.use('/api/hsds', cors({ origin: '*', allowMethods: ['GET'] }));
hsdsApi.use('/api/hsds/*', cors({ origin: '*', allowMethods: ['GET'] }));

/** A documented GET route under /api/hsds answering `body` as JSON. */
function get<P extends string, R extends NonNullable<RouteConfig['request']>>(path: P, summary: string, request: R, body: z.ZodType, description: string) {
  return createRoute({
    method: 'get',
    path: `/api/hsds${path}` as `/api/hsds${P}`,
    tags: ['hsds'],
    summary,
    request,
    responses: { 200: jsonResponse(body, description), 404: apiErrorResponses[404], 422: apiErrorResponses[422] },
  });
}

/** One page of an in-memory list, for the short lists (organizations, taxonomy terms). */
function pageOf<T>(items: T[], query: { page: number; per_page: number }) {
  const page = { number: query.page, size: query.per_page };
  return presentPage(items.slice((page.number - 1) * page.size, page.number * page.size), items.length, page);
}

const matchesSearch = (search: string, ...texts: string[]) => {
  const wanted = normalizeForSearch(search).trim();
  return !wanted || texts.some((text) => normalizeForSearch(text).includes(wanted));
};

/** The query as service filters; null when it names another taxonomy, which nothing here belongs to. */
function serviceFilters(ctx: ServiceContext, query: HsdsServiceQuery): PublicServiceFilters | null {
  if (query.taxonomy_id && query.taxonomy_id !== taxonomyIdOf(ctx.tenantId)) return null;
  return {
    search: query.search,
    needCategoryId: query.taxonomy_term_id,
    hasNeedCategory: query.taxonomy_id !== undefined,
    providerId: query.organization_id,
    modifiedAfter: query.modified_after,
  };
}

const rootInfo = z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() }).meta({ id: 'HsdsApiInfo' });
hsdsApi.openapi(get('/', 'HSDS: このAPIが従うHSDSの版', {}, rootInfo, 'API information'), (c) => c.json(hsdsApiInfo, 200));
hsdsApi.get('/api/hsds', (c) => c.json(hsdsApiInfo, 200));

hsdsApi.openapi(
  get('/services', 'HSDS: 公開中の地域資源（サービス）の一覧', { query: hsdsServiceQuery }, hsdsPage('HsdsServicePage', service), 'Page of services'),
  async (c) => {
    const ctx = serviceContext(c);
    const query = c.req.valid('query');
    const page = { number: query.page, size: query.per_page };
    const filters = serviceFilters(ctx, query);
    const { total, resources } = filters ? await findPublicServicePage(ctx, filters, page) : { total: 0, resources: [] };
    const categories = query.full ? await findNeedCategories(ctx) : [];
    const contents = resources.map((r) => (query.full ? presentService(r, categories) : presentServiceListItem(r)));
    return c.json(presentPage(contents, total, page), 200);
  },
);

hsdsApi.openapi(get('/services/{id}', 'HSDS: 地域資源（サービス）の詳細', { params: hsdsIdParam }, service, 'Fully nested service'), async (c) => {
  const ctx = serviceContext(c);
  const resource = await getResource(ctx, recordId(c.req.valid('param').id));
  return c.json(presentService(resource, await findNeedCategories(ctx)), 200);
});

hsdsApi.openapi(
  get('/service_at_locations', 'HSDS: 地域資源と場所の組の一覧', { query: hsdsServiceQuery }, hsdsPage('HsdsServiceAtLocationPage', serviceAtLocation), 'Page of service_at_locations'),
  async (c) => {
    const ctx = serviceContext(c);
    const query = c.req.valid('query');
    const page = { number: query.page, size: query.per_page };
    const filters = serviceFilters(ctx, query);
    const { total, resources } = filters ? await findPublicServicePage(ctx, { ...filters, hasPlace: true }, page) : { total: 0, resources: [] };
    const categories = query.full ? await findNeedCategories(ctx) : [];
    const contents = resources.map((r) => (query.full ? presentServiceAtLocation(r, categories) : presentServiceAtLocationListItem(r)));
    return c.json(presentPage(contents, total, page), 200);
  },
);

hsdsApi.openapi(
  get('/service_at_locations/{id}', 'HSDS: 地域資源と場所の組の詳細', { params: hsdsIdParam }, serviceAtLocation, 'Fully nested service_at_location'),
  async (c) => {
    const ctx = serviceContext(c);
    const resource = await getPublicResourceByServiceAtLocation(ctx, recordId(c.req.valid('param').id));
    return c.json(presentServiceAtLocation(resource, await findNeedCategories(ctx)), 200);
  },
);

hsdsApi.openapi(
  get('/organizations', 'HSDS: 公開中の地域資源を運営する団体の一覧', { query: hsdsOrganizationQuery }, hsdsPage('HsdsOrganizationPage', organization), 'Page of organizations'),
  async (c) => {
    const query = c.req.valid('query');
    const providers = (await findPublicProviders(serviceContext(c))).filter((p) => matchesSearch(query.search, p.name, p.nameReading));
    return c.json(pageOf(providers.map(presentOrganizationListItem), query), 200);
  },
);

hsdsApi.openapi(
  get('/organizations/{id}', 'HSDS: 団体の詳細と、その公開中の地域資源', { params: hsdsIdParam, query: hsdsOrganizationDetailQuery }, organization, 'Organization with its services'),
  async (c) => {
    const ctx = serviceContext(c);
    const provider = await getPublicProvider(ctx, recordId(c.req.valid('param').id));
    const full = c.req.valid('query').full_service;
    const [details, categories] = await Promise.all([findPublicResourceIds(ctx, { providerId: provider.id }).then((ids) => findPublicResourceDetails(ctx, ids)), full ? findNeedCategories(ctx) : []]);
    const services = details.map((r) => (full ? presentService(r, categories) : presentServiceListItem(r, { withOrganization: false })));
    return c.json(presentOrganization(provider, services), 200);
  },
);

hsdsApi.openapi(get('/taxonomies', 'HSDS: 分類（困りごと）の一覧', { query: hsdsTaxonomyQuery }, hsdsPage('HsdsTaxonomyPage', taxonomy), 'Page of taxonomies'), (c) => {
  const query = c.req.valid('query');
  const taxonomies = [presentTaxonomy(serviceContext(c).tenantId)].filter((t) => matchesSearch(query.search, t.name));
  return c.json(pageOf(taxonomies, query), 200);
});

hsdsApi.openapi(get('/taxonomies/{id}', 'HSDS: 分類（困りごと）', { params: hsdsIdParam }, taxonomy, 'Taxonomy'), (c) => {
  const taxonomy = presentTaxonomy(serviceContext(c).tenantId);
  if (recordId(c.req.valid('param').id) !== taxonomy.id) throw new NotFound();
  return c.json(taxonomy, 200);
});

hsdsApi.openapi(
  get('/taxonomy_terms', 'HSDS: 困りごとの一覧', { query: hsdsTaxonomyTermQuery }, hsdsPage('HsdsTaxonomyTermPage', taxonomyTerm), 'Page of taxonomy terms'),
  async (c) => {
    const ctx = serviceContext(c);
    const query = c.req.valid('query');
    // One flat taxonomy: every term is a top term and none has a parent.
    const isOurs = !query.taxonomy_id || query.taxonomy_id === taxonomyIdOf(ctx.tenantId);
    const categories = isOurs && !query.parent_id ? await findNeedCategories(ctx) : [];
    const terms = categories.filter((category) => matchesSearch(query.search, category.name, category.nameReading, category.code)).map(presentTaxonomyTerm);
    return c.json(pageOf(terms, query), 200);
  },
);

hsdsApi.openapi(get('/taxonomy_terms/{id}', 'HSDS: 困りごと', { params: hsdsIdParam }, taxonomyTerm, 'Taxonomy term'), async (c) => {
  const id = recordId(c.req.valid('param').id);
  const category = (await findNeedCategories(serviceContext(c))).find((candidate) => candidate.id === id);
  if (!category) throw new NotFound();
  return c.json(presentTaxonomyTerm(category), 200);
});
