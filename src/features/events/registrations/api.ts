import { publicFormLimit } from '../../../platform/http/public-form-limit.ts';
import crypto from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Conflict } from '../../../platform/errors/app-error.ts';
import { serviceContext, linkBaseUrl } from '../../../platform/http/app-env.ts';
import { apiErrorResponses, createApiRouter, jsonResponse } from '../../../platform/http/api-router.ts';
import { noStore } from '../../../platform/http/private-responses.ts';
import { uuidParam } from '../../../platform/validation/fields.ts';
import { applicationWindowState, getEvent } from '../service.ts';
import { personalLinkUrl } from './jobs.ts';
import { registrationStatuses } from './status.ts';
import { paymentStatuses } from './schema.ts';
import * as registrations from './service.ts';
import { applicantRoles, applicationInput } from './validation.ts';

/** Applying and cancelling through the API: the same rules as the web form, no account needed. */
export const registrationApi = createApiRouter();
// An applicant's answers carry their personal link, details or viewing credentials.
for (const path of ['/api/v1/applications/*', '/api/v1/events/:id/applications', '/api/v1/events/:id/on-demand-access']) registrationApi.use(path, noStore);

const idParam = z.object({ id: uuidParam });
const tokenParam = z.object({ token: z.string().min(10).max(200) });

const applicationOutput = z
  .object({
    reference: z.string(),
    status: z.enum(registrationStatuses),
    waitlistPosition: z.number().int().nullable(),
    feeYen: z.number().int(),
    paymentStatus: z.enum(paymentStatuses),
    offerExpiresAt: z.string().nullable(),
    canCancel: z.boolean(),
    eventId: z.uuid(),
    eventTitle: z.string(),
    personalLink: z.string(),
  })
  .openapi('EventApplication');

function present(view: registrations.ApplicationView, link: string): z.infer<typeof applicationOutput> {
  const { registration, event } = view;
  return {
    reference: registration.reference,
    status: registration.status,
    waitlistPosition: view.waitlistPosition,
    feeYen: registration.feeYen,
    paymentStatus: registration.paymentStatus,
    offerExpiresAt: registration.offerExpiresAt?.toISOString() ?? null,
    canCancel: view.canCancel,
    eventId: event.id,
    eventTitle: event.title,
    personalLink: link,
  };
}

registrationApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/events/{id}/application-form',
    tags: ['events'],
    summary: '申込フォームの内容（追加の質問、参加区分、CSRFトークンと送信キー）',
    request: { params: idParam },
    responses: {
      200: jsonResponse(
        z.object({
          window: z.enum(['open', 'not_yet_open', 'closed', 'started', 'unavailable']),
          csrfToken: z.string(),
          submissionKey: z.string(),
          roles: z.array(z.enum(applicantRoles)),
          questions: z.array(z.object({ id: z.string(), label: z.string(), kind: z.enum(['text', 'choice']), options: z.array(z.string()), required: z.boolean() })),
          participantTypes: z.array(z.object({ id: z.string(), label: z.string(), feeYen: z.number().int() })),
        }),
        'What to send to apply',
      ),
      404: apiErrorResponses[404],
    },
  }),
  async (c) => {
    const event = await getEvent(serviceContext(c), c.req.valid('param').id);
    return c.json(
      {
        window: applicationWindowState(event, c.get('now')),
        csrfToken: c.get('csrfToken'),
        submissionKey: crypto.randomBytes(18).toString('base64url'),
        roles: [...applicantRoles],
        questions: event.questions,
        participantTypes: event.participantTypes,
      },
      200,
    );
  },
);

registrationApi.openapi(
  createRoute({
    method: 'post',
    path: '/api/v1/events/{id}/applications',
    middleware: [publicFormLimit('event-application')] as const,
    tags: ['events'],
    summary: '研修・イベントに申し込む（定員を超えるとキャンセル待ち）。同じ submissionKey は同じ申込を返す',
    request: { params: idParam, body: { content: { 'application/json': { schema: applicationInput } }, required: true } },
    responses: {
      201: jsonResponse(applicationOutput, 'Application made'),
      200: jsonResponse(applicationOutput, 'The same submission again: the first application'),
      404: apiErrorResponses[404],
      409: apiErrorResponses[409],
      422: apiErrorResponses[422],
    },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { secret } = c.get('deps');
    const baseUrl = linkBaseUrl(c);
    const outcome = await registrations.applyToEvent(ctx, secret, c.req.valid('param').id, c.req.valid('json'));
    c.get('deps').wakeJobs?.();
    if (outcome.kind === 'duplicate') throw new Conflict('already_applied', 'events.apply.duplicate');
    const view = await registrations.openApplication(ctx, secret, outcome.token);
    return c.json(present(view, personalLinkUrl(baseUrl, secret, ctx.tenantId, view.registration.id)), outcome.kind === 'created' ? 201 : 200);
  },
);

registrationApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/applications/{token}',
    tags: ['events'],
    summary: '個人用リンクのトークンで申込の状況を見る',
    request: { params: tokenParam },
    responses: { 200: jsonResponse(applicationOutput, 'Application'), 404: apiErrorResponses[404] },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { secret } = c.get('deps');
    const baseUrl = linkBaseUrl(c);
    const view = await registrations.openApplication(ctx, secret, c.req.valid('param').token);
    return c.json(present(view, personalLinkUrl(baseUrl, secret, ctx.tenantId, view.registration.id)), 200);
  },
);

registrationApi.openapi(
  createRoute({
    method: 'post',
    path: '/api/v1/applications/{token}/cancel',
    tags: ['events'],
    summary: '個人用リンクのトークンで申込をキャンセルする（キャンセル待ちからも外れる）',
    request: { params: tokenParam },
    responses: { 200: jsonResponse(applicationOutput, 'Cancelled'), 404: apiErrorResponses[404], 409: apiErrorResponses[409] },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { secret } = c.get('deps');
    const baseUrl = linkBaseUrl(c);
    const view = await registrations.cancelApplication(ctx, secret, c.req.valid('param').token);
    c.get('deps').wakeJobs?.();
    return c.json(present(view, personalLinkUrl(baseUrl, secret, ctx.tenantId, view.registration.id)), 200);
  },
);

registrationApi.openapi(
  createRoute({
    method: 'post',
    path: '/api/v1/events/{id}/on-demand-access',
    tags: ['events'],
    summary: 'オンデマンド配信のIDとパスワードを確かめる（視聴期間内の参加確定者だけ有効）',
    request: { params: idParam, body: { content: { 'application/json': { schema: z.object({ accessId: z.string().max(40), password: z.string().max(100) }) } }, required: true } },
    responses: { 200: jsonResponse(z.object({ valid: z.boolean(), until: z.string().nullable() }), 'Whether the credentials work now') },
  }),
  async (c) => {
    const { accessId, password } = c.req.valid('json');
    const result = await registrations.checkOnDemandAccess(serviceContext(c), c.req.valid('param').id, accessId, password);
    return c.json({ valid: result.valid, until: result.until?.toISOString() ?? null }, 200);
  },
);
