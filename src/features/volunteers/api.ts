import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext } from '../../platform/http/app-env.ts';
import { apiErrorResponses, createApiRouter, jsonResponse } from '../../platform/http/api-router.ts';
import { uuidParam } from '../../platform/validation/fields.ts';
import { helpTypeOutput, presentHelpType, presentVolunteer, volunteerOutput } from './present.ts';
import * as volunteersService from './service.ts';
import { volunteerApiQuery } from './validation.ts';

export const volunteerApi = createApiRouter();

volunteerApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/help-types',
    tags: ['volunteers'],
    summary: 'ボランティアができること（依頼の種類）の一覧',
    responses: { 200: jsonResponse(z.object({ helpTypes: z.array(helpTypeOutput) }), 'Help types') },
  }),
  async (c) => c.json({ helpTypes: (await volunteersService.findHelpTypes(serviceContext(c))).map(presentHelpType) }, 200),
);

volunteerApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/volunteers',
    tags: ['volunteers'],
    summary: 'ボランティアの一覧（管理者、担当地域のコーディネーター）',
    middleware: [requireRole('admin', 'coordinator')] as const,
    request: { query: volunteerApiQuery },
    responses: { 200: jsonResponse(z.object({ volunteers: z.array(volunteerOutput) }), 'Volunteers'), ...apiErrorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const rows = await volunteersService.findVolunteers(ctx, c.req.valid('query'));
    return c.json({ volunteers: rows.map((r) => presentVolunteer(r, ctx.now)) }, 200);
  },
);

volunteerApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/volunteers/{id}',
    tags: ['volunteers'],
    summary: 'ボランティア1人の記録（閲覧は監査ログに残ります）',
    middleware: [requireRole('admin', 'coordinator')] as const,
    request: { params: z.object({ id: uuidParam }) },
    responses: { 200: jsonResponse(volunteerOutput, 'Volunteer'), ...apiErrorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    return c.json(presentVolunteer(await volunteersService.getVolunteer(ctx, c.req.valid('param').id), ctx.now), 200);
  },
);
