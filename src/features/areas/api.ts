import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext } from '../../platform/http/app-env.ts';
import { apiErrorResponses, createApiRouter, jsonResponse } from '../../platform/http/api-router.ts';
import * as coordinatorsService from '../coordinators/service.ts';
import { areaOutput, districtOutput, presentArea, presentDistrict } from './present.ts';
import * as areasService from './service.ts';
import { areaIdParam, areaInput, districtInput } from './validation.ts';

export const areaApi = createApiRouter();


areaApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/areas',
    tags: ['areas'],
    summary: '地域の一覧（圏域と現在の担当コーディネーターを含む）',
    responses: { 200: jsonResponse(z.object({ areas: z.array(areaOutput) }), 'Areas') },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const [areas, assignments] = await Promise.all([areasService.findAreasWithDistricts(ctx), coordinatorsService.findCurrentAssignments(ctx)]);
    return c.json({ areas: areas.map((a) => presentArea(a, a.districts, assignments)) }, 200);
  },
);

areaApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/areas/{id}',
    tags: ['areas'],
    summary: '地域の詳細',
    request: { params: areaIdParam },
    responses: { 200: jsonResponse(areaOutput, 'Area'), 404: apiErrorResponses[404] },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const area = await areasService.getArea(ctx, c.req.valid('param').id);
    const assignments = await coordinatorsService.findCurrentAssignments(ctx, area.id);
    return c.json(presentArea(area, area.districts, assignments), 200);
  },
);

areaApi.openapi(
  createRoute({
    method: 'post',
    path: '/api/v1/areas',
    tags: ['areas'],
    summary: '地域を追加（管理者）',
    middleware: [requireRole('admin')] as const,
    request: { body: { content: { 'application/json': { schema: areaInput } }, required: true } },
    responses: { 201: jsonResponse(areaOutput, 'Created'), ...apiErrorResponses },
  }),
  async (c) => {
    const area = await areasService.createArea(serviceContext(c), c.req.valid('json'));
    return c.json(presentArea(area, [], []), 201);
  },
);

areaApi.openapi(
  createRoute({
    method: 'put',
    path: '/api/v1/areas/{id}',
    tags: ['areas'],
    summary: '地域を変更（管理者、または担当コーディネーター）',
    middleware: [requireRole('admin', 'coordinator')] as const,
    request: { params: areaIdParam, body: { content: { 'application/json': { schema: areaInput } }, required: true } },
    responses: { 200: jsonResponse(areaOutput, 'Updated'), ...apiErrorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const area = await areasService.updateArea(ctx, c.req.valid('param').id, c.req.valid('json'));
    const districts = await areasService.findDistricts(ctx, [area.id]);
    return c.json(presentArea(area, districts, []), 200);
  },
);

areaApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/districts',
    tags: ['areas'],
    summary: '圏域の一覧',
    request: { query: z.object({ areaId: z.uuid().optional() }) },
    responses: { 200: jsonResponse(z.object({ districts: z.array(districtOutput) }), 'Districts'), 422: apiErrorResponses[422] },
  }),
  async (c) => {
    const { areaId } = c.req.valid('query');
    const districts = await areasService.findDistricts(serviceContext(c), areaId ? [areaId] : undefined);
    return c.json({ districts: districts.map(presentDistrict) }, 200);
  },
);

areaApi.openapi(
  createRoute({
    method: 'post',
    path: '/api/v1/districts',
    tags: ['areas'],
    summary: '圏域を追加（管理者、または担当コーディネーター）',
    middleware: [requireRole('admin', 'coordinator')] as const,
    request: { body: { content: { 'application/json': { schema: districtInput } }, required: true } },
    responses: { 201: jsonResponse(districtOutput, 'Created'), ...apiErrorResponses },
  }),
  async (c) => {
    const district = await areasService.createDistrict(serviceContext(c), c.req.valid('json'));
    return c.json(presentDistrict(district), 201);
  },
);
