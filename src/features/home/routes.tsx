import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext, type AppEnv } from '../../platform/http/app-env.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import * as areasService from '../areas/service.ts';
import * as coordinatorActivitiesService from '../coordinator-activities/service.ts';
import * as meetingsService from '../councils/meetings-service.ts';
import * as helpRequestsService from '../help-requests/service.ts';
import { HomePage } from './views/HomePage.tsx';
import { StaffHomePage } from './views/StaffHomePage.tsx';

export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get('/', async (c) => {
  const areas = await areasService.findAreasWithDistricts(serviceContext(c));
  return c.html(<HomePage page={pageContext(c)} areaCount={areas.length} />);
});

homeRoutes.get('/staff', requireRole('admin', 'coordinator', 'staff'), async (c) => {
  const ctx = serviceContext(c);
  const areaIds = new Set(ctx.actor?.areaIds ?? []);
  const myAreas = areaIds.size ? (await areasService.findAllAreas(ctx)).filter((a) => areaIds.has(a.id)) : [];
  const followUps = ctx.actor?.role === 'staff' ? [] : await helpRequestsService.findFollowUpsDue(ctx);
  const activitiesThisMonth = ctx.actor?.role === 'coordinator' ? await coordinatorActivitiesService.countOwnThisMonth(ctx) : null;
  const actionItems = ctx.actor ? await meetingsService.findOpenActionItems(ctx, ctx.actor.id) : [];
  return c.html(<StaffHomePage page={pageContext(c)} myAreas={myAreas} followUps={followUps} activitiesThisMonth={activitiesThisMonth} actionItems={actionItems} />);
});
