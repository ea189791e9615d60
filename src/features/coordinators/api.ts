import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext } from '../../platform/http/app-env.ts';
import { apiErrorResponses, createApiRouter, jsonResponse } from '../../platform/http/api-router.ts';
import { uuidParam } from '../../platform/validation/fields.ts';
import { assignmentOutput, coordinatorOutput, presentAssignment, presentCoordinator } from './present.ts';
import * as coordinatorsService from './service.ts';
import { assignmentInput, coordinatorInput } from './validation.ts';

export const coordinatorApi = createApiRouter();

const idParam = z.object({ id: uuidParam });

coordinatorApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/coordinators',
    tags: ['coordinators'],
    summary: '現在担当しているコーディネーターの一覧',
    responses: { 200: jsonResponse(z.object({ coordinators: z.array(coordinatorOutput) }), 'Coordinators') },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const current = await coordinatorsService.findCurrentAssignments(ctx);
    const people = new Map(current.map((a) => [a.coordinator.id, a.coordinator]));
    return c.json({ coordinators: [...people.values()].map((p) => presentCoordinator(p, current)) }, 200);
  },
);

coordinatorApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/coordinators/{id}',
    tags: ['coordinators'],
    summary: 'コーディネーターと担当の履歴',
    request: { params: idParam },
    responses: { 200: jsonResponse(coordinatorOutput, 'Coordinator'), 404: apiErrorResponses[404] },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const coordinator = await coordinatorsService.getCoordinator(ctx, c.req.valid('param').id);
    const history = await coordinatorsService.findAssignmentHistory(ctx, { coordinatorId: coordinator.id });
    return c.json(presentCoordinator(coordinator, history), 200);
  },
);

coordinatorApi.openapi(
  createRoute({
    method: 'post',
    path: '/api/v1/coordinators',
    tags: ['coordinators'],
    summary: 'コーディネーターを登録（管理者）',
    middleware: [requireRole('admin')] as const,
    request: { body: { content: { 'application/json': { schema: coordinatorInput } }, required: true } },
    responses: { 201: jsonResponse(coordinatorOutput, 'Created'), ...apiErrorResponses },
  }),
  async (c) => {
    const row = await coordinatorsService.createCoordinator(serviceContext(c), c.req.valid('json'));
    return c.json(presentCoordinator(row, []), 201);
  },
);

coordinatorApi.openapi(
  createRoute({
    method: 'post',
    path: '/api/v1/coordinators/{id}/assignments',
    tags: ['coordinators'],
    summary: 'コーディネーターを地域に配置（管理者）',
    middleware: [requireRole('admin')] as const,
    request: { params: idParam, body: { content: { 'application/json': { schema: assignmentInput } }, required: true } },
    responses: { 201: jsonResponse(assignmentOutput, 'Created'), ...apiErrorResponses },
  }),
  async (c) => {
    const row = await coordinatorsService.assignCoordinator(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(presentAssignment(row), 201);
  },
);
