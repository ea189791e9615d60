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
import type { WaitingItem } from './views/WaitingList.tsx';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import * as resourcesService from '../resources/service.ts';
import * as upkeepService from '../resources/upkeep/service.ts';
import * as volunteersService from '../volunteers/service.ts';

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
  const waiting = await findWaiting(ctx, c.get('tenant').confirmationIntervalMonths, followUps.length);
  return c.html(<StaffHomePage page={pageContext(c)} myAreas={myAreas} followUps={followUps} activitiesThisMonth={activitiesThisMonth} actionItems={actionItems} waiting={waiting} />);
});

// What waits for this person, in the order a morning deals with it. Staff (no personal data) see the directory's share only.
async function findWaiting(ctx: ServiceContext, intervalMonths: number, followUpsDue: number): Promise<WaitingItem[]> {
  const [staleListings, suggestions] = await Promise.all([resourcesService.findResourcesNeedingConfirmation(ctx, intervalMonths), upkeepService.findPendingSuggestions(ctx)]);
  const directory = [
    { key: 'arrivals.staleListings', count: staleListings.length, href: '/staff/resources/stale' },
    { key: 'arrivals.suggestions', count: suggestions.length, href: '/staff/resources/suggestions' },
  ];
  if (ctx.actor?.role === 'staff') return directory;
  const [webRequests, applications] = await Promise.all([helpRequestsService.countWebRequestsWaiting(ctx), volunteersService.countApplications(ctx)]);
  return [
    { key: 'arrivals.webRequests', count: webRequests, href: '/staff/help-requests?status=received&source=public' },
    { key: 'arrivals.applications', count: applications, href: '/staff/volunteers?status=applied' },
    ...directory,
    { key: 'arrivals.followUps', count: followUpsDue, href: '#follow-ups-title' },
  ];
}
