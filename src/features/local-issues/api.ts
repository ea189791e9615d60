import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { serviceContext } from '../../platform/http/app-env.ts';
import { createApiRouter, jsonResponse } from '../../platform/http/api-router.ts';
import { uuidParam } from '../../platform/validation/fields.ts';
import * as councilMeetingsService from '../councils/meetings-service.ts';
import * as councilsService from '../councils/service.ts';
import { councilOutput, issueOutput, meetingOutput, presentCouncil, presentPublicIssue, presentPublicMeeting, presentStaffIssue, presentStaffMeeting } from './present.ts';
import * as publicService from './public/service.ts';
import * as issuesService from './service.ts';
import { issueStatuses } from './vocabulary.ts';

// Councils, their meetings and the local issues, read by anyone: without a
// session only what is published (announced meetings, minutes the council
// publishes, public issues); with a staff session everything.
export const localIssueApi = createApiRouter();

const areaQuery = z.object({ areaId: uuidParam.optional() });

localIssueApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/councils',
    tags: ['councils'],
    summary: '協議体・地域懇談会の一覧（ログインなしでは会議を公開しているもののみ）',
    request: { query: areaQuery },
    responses: { 200: jsonResponse(z.object({ councils: z.array(councilOutput) }), 'Councils') },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { areaId } = c.req.valid('query');
    const areaIds = areaId ? [areaId] : undefined;
    const [rows, kinds] = await Promise.all([ctx.actor ? councilsService.findCouncils(ctx, { areaIds }) : councilsService.findPublicCouncils(ctx, areaIds), councilsService.findTerms(ctx, 'council_kind')]);
    return c.json({ councils: rows.map((r) => presentCouncil(r, kinds.find((k) => k.id === r.kindId)?.name ?? '')) }, 200);
  },
);

localIssueApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/meetings',
    tags: ['councils'],
    summary: '協議体の会議（ログインなしでは公開している会議の公開項目のみ。議事要旨は公開している協議体の終了した会議だけ）',
    request: { query: areaQuery.extend({ councilId: uuidParam.optional() }) },
    responses: { 200: jsonResponse(z.object({ meetings: z.array(meetingOutput) }), 'Meetings') },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { areaId, councilId } = c.req.valid('query');
    if (!ctx.actor) {
      const shown = await councilMeetingsService.findPublicMeetings(ctx, areaId ? [areaId] : undefined);
      return c.json({ meetings: shown.filter((m) => !councilId || m.councilId === councilId).map(presentPublicMeeting) }, 200);
    }
    const councils = await councilsService.findCouncils(ctx, { areaIds: areaId ? [areaId] : undefined });
    const rows = await councilMeetingsService.findMeetingsOf(ctx, councils.filter((k) => !councilId || k.id === councilId).map((k) => k.id));
    return c.json({ meetings: rows.map(presentStaffMeeting) }, 200);
  },
);

localIssueApi.openapi(
  createRoute({
    method: 'get',
    path: '/api/v1/local-issues',
    tags: ['councils'],
    summary: '地域課題と経過（ログインなしでは公開している課題のみ）',
    request: { query: areaQuery.extend({ status: z.enum(issueStatuses).optional() }) },
    responses: { 200: jsonResponse(z.object({ issues: z.array(issueOutput) }), 'Local issues') },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { areaId, status } = c.req.valid('query');
    if (!ctx.actor) {
      const shown = await publicService.findPublicIssues(ctx, areaId ? [areaId] : undefined);
      return c.json({ issues: shown.filter((i) => !status || i.status === status).map(presentPublicIssue) }, 200);
    }
    const rows = await issuesService.findIssues(ctx, { areaId: areaId ?? '', status: status ?? '' });
    const updates = await issuesService.findUpdatesOf(ctx, rows.map((r) => r.id));
    const timeline = (id: string) => updates.filter((u) => u.issueId === id).map((u) => ({ happenedOn: u.happenedOn, kind: u.kind, body: u.body, statusAfter: u.statusAfter, progressAfter: u.progressAfter }));
    return c.json({ issues: rows.map((r) => presentStaffIssue(r, timeline(r.id))) }, 200);
  },
);
