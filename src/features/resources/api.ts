import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext } from '../../platform/http/app-env.ts';
import { apiErrorResponses, createApiRouter, jsonResponse } from '../../platform/http/api-router.ts';
import { uuidParam } from '../../platform/validation/fields.ts';
import { presentResource, resourceOutput } from './present.ts';
import * as resourcesService from './service.ts';
import { resourceInput, resourceSearchQuery } from './validation.ts';

export const resourceApi = createApiRouter();
const idParam = z.object({ id: uuidParam });

resourceApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/resources',
    tags: ['resources'],
    summary: '地域資源を探す（ウェブの検索と同じ条件）',
    request: { query: resourceSearchQuery },
    responses: {
      200: jsonResponse(
        z.object({
          total: z.number().int(),
          totalIsCapped: z.boolean().openapi({ description: 'More listings match than `total` (the count limit); `facets` is then null' }),
          page: z.number().int(),
          perPage: z.number().int(),
          results: z.array(resourceOutput),
          facets: z
            .object({ categories: z.record(z.string(), z.number()), areas: z.record(z.string(), z.number()), districts: z.record(z.string(), z.number()), weekdays: z.record(z.string(), z.number()), free: z.number(), transport: z.number() })
            .nullable(),
        }),
        'Search results',
      ),
    },
  }),
  async (c) => {
    const result = await resourcesService.searchResources(serviceContext(c), c.req.valid('query'));
    const { total, isCapped, ...facets } = result.facets;
    const results = result.results.map((r) => presentResource(r, result.categories));
    return c.json({ total, totalIsCapped: isCapped, page: result.page, perPage: result.perPage, results, facets: isCapped ? null : facets }, 200);
  },
);

resourceApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/resources/{id}',
    tags: ['resources'],
    summary: '地域資源の詳細（公開中のもの）',
    request: { params: idParam },
    responses: { 200: jsonResponse(resourceOutput, 'Resource'), 404: apiErrorResponses[404] },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const resource = await resourcesService.getResource(ctx, c.req.valid('param').id);
    return c.json(presentResource(resource, await resourcesService.findNeedCategories(ctx)), 200);
  },
);

resourceApi.openapi(
  createRoute({
    method: 'post',
    path: '/api/v1/resources',
    tags: ['resources'],
    summary: '地域資源を追加（管理者、担当地域のコーディネーター）',
    middleware: [requireRole('admin', 'coordinator')] as const,
    request: { body: { content: { 'application/json': { schema: resourceInput } }, required: true } },
    responses: { 201: jsonResponse(z.object({ resource: resourceOutput, possibleDuplicates: z.array(z.object({ id: z.uuid(), name: z.string() })) }), 'Created'), ...apiErrorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { resource, possibleDuplicates } = await resourcesService.createResource(ctx, c.req.valid('json'));
    const detail = await resourcesService.getResource(ctx, resource.id, { includeDrafts: true });
    return c.json(
      { resource: presentResource(detail, await resourcesService.findNeedCategories(ctx)), possibleDuplicates: possibleDuplicates.map((d) => ({ id: d.id, name: d.name })) },
      201,
    );
  },
);

resourceApi.openapi(
  createRoute({
    method: 'put',
    path: '/api/v1/resources/{id}',
    tags: ['resources'],
    summary: '地域資源を変更',
    middleware: [requireRole('admin', 'coordinator')] as const,
    request: { params: idParam, body: { content: { 'application/json': { schema: resourceInput } }, required: true } },
    responses: { 200: jsonResponse(resourceOutput, 'Updated'), ...apiErrorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const id = c.req.valid('param').id;
    await resourcesService.updateResource(ctx, id, c.req.valid('json'));
    const detail = await resourcesService.getResource(ctx, id, { includeDrafts: true });
    return c.json(presentResource(detail, await resourcesService.findNeedCategories(ctx)), 200);
  },
);
