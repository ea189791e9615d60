import { Hono } from 'hono';
import { serviceContext, type AppEnv } from '../../../platform/http/app-env.ts';
import { recordId } from '../../../platform/http/route-params.ts';
import { pageContext } from '../../../platform/layout/page-context.ts';
import * as areasService from '../../areas/service.ts';
import * as councilMeetingsService from '../../councils/meetings-service.ts';
import * as publicService from './service.ts';
import { CommunityPage } from './views/CommunityPage.tsx';
import { PublicIssuePage } from './views/PublicIssuePage.tsx';

export const communityRoutes = new Hono<AppEnv>();

// Public pages: anyone; they show only what councils and coordinators chose to publish.
communityRoutes.get('/areas/:id/community', async (c) => {
  const ctx = serviceContext(c);
  const area = await areasService.getArea(ctx, recordId(c.req.param('id')));
  const community = await publicService.findCommunity(ctx, area.id);
  return c.html(<CommunityPage page={pageContext(c)} area={area} community={community} />);
});

communityRoutes.get('/areas/:id/community.ics', async (c) => {
  const ctx = serviceContext(c);
  const area = await areasService.getArea(ctx, recordId(c.req.param('id').replace(/\.ics$/, '')));
  const meetings = (await councilMeetingsService.findPublicMeetings(ctx, [area.id])).filter((m) => m.endsAt >= ctx.now);
  const { meetingsCalendar } = await import('./calendar.ts');
  const baseUrl = c.get('deps').baseUrl;
  const t = c.get('t');
  const body = meetingsCalendar(meetings, { name: `${t('localIssues.community.calendarName', { tenant: c.get('tenant').name })} ${area.name}`, baseUrl, host: new URL(baseUrl).host, areaId: area.id, now: ctx.now, onlineText: t('localIssues.community.online') });
  return c.body(body, 200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="community.ics"', 'Cache-Control': 'no-store' });
});

communityRoutes.get('/local-issues/:id', async (c) => {
  const ctx = serviceContext(c);
  const { issue, areaIds, names } = await publicService.getPublicIssue(ctx, recordId(c.req.param('id')));
  const areas = (await areasService.findAreasWithDistricts(ctx)).filter((a) => areaIds.includes(a.id));
  return c.html(<PublicIssuePage page={pageContext(c)} issue={issue} areas={areas} names={names} />);
});
