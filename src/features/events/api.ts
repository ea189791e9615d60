import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { serviceContext, linkBaseUrl } from '../../platform/http/app-env.ts';
import { apiErrorResponses, createApiRouter, jsonResponse } from '../../platform/http/api-router.ts';
import { uuidParam } from '../../platform/validation/fields.ts';
import { findPublicEventsWithSessions, getPublicEventWithSessions } from './management/service.ts';
import { eventDetailOutput, eventOutput, presentEvent, presentEventDetail } from './present-event.ts';
import { eventRangeQuery, rangeOfDays } from './management/validation.ts';

export const eventApi = createApiRouter();

eventApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/events',
    tags: ['events'],
    summary: '研修・イベントの一覧（公開中のもの。既定はこれから開催されるもの）',
    request: { query: eventRangeQuery },
    responses: { 200: jsonResponse(z.object({ events: z.array(eventOutput) }), 'Events'), 422: apiErrorResponses[422] },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const events = await findPublicEventsWithSessions(ctx, rangeOfDays(c.req.valid('query'), ctx.now));
    return c.json({ events: events.map(({ event }) => presentEvent(event, linkBaseUrl(c))) }, 200);
  },
);

eventApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/events/{id}',
    tags: ['events'],
    summary: '研修・イベントの詳細とプログラム',
    request: { params: z.object({ id: uuidParam }) },
    responses: { 200: jsonResponse(eventDetailOutput, 'Event'), 404: apiErrorResponses[404] },
  }),
  async (c) => {
    const detail = await getPublicEventWithSessions(serviceContext(c), c.req.valid('param').id);
    return c.json(presentEventDetail(detail, linkBaseUrl(c)), 200);
  },
);
