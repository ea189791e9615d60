import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { japanToday } from '../../platform/context/service-context.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { fiscalYearOf } from '../../platform/wareki/wareki.ts';
import * as areasService from '../areas/service.ts';
import * as coordinatorsService from '../coordinators/service.ts';
import * as activitiesService from './service.ts';
import { activityInput, activityListQuery } from './validation.ts';
import { ActivityDeletePage } from './views/ActivityDeletePage.tsx';
import { ActivityEditPage, activityFormValues } from './views/ActivityEditPage.tsx';
import { ActivityListPage } from './views/ActivityListPage.tsx';

export const coordinatorActivityRoutes = new Hono<AppEnv>();

// Coordinators keep their own log, admins everyone's; the staff role sees only the counts on the figures page.
const recorders = requireRole('admin', 'coordinator');

coordinatorActivityRoutes.get('/staff/coordinator-activities', recorders, async (c) => {
  const ctx = serviceContext(c);
  const query = activityListQuery.parse(c.req.query());
  const current = fiscalYearOf(japanToday(ctx.now));
  const [{ fiscalYear, activities }, coordinators, areas] = await Promise.all([
    activitiesService.findActivities(ctx, query),
    coordinatorsService.findCoordinators(ctx),
    areasService.findAllAreas(ctx),
  ]);
  const fiscalYears = Array.from({ length: 6 }, (_, i) => current - i);
  return c.html(<ActivityListPage page={pageContext(c)} activities={activities} fiscalYear={fiscalYear} fiscalYears={fiscalYears} query={query} coordinators={coordinators} areas={areas} />);
});

// Admins choose the coordinator and any area; a coordinator records for themself in their own areas.
async function renderEdit(c: AppContext, activity: activitiesService.CoordinatorActivityRow | null, form?: FormState) {
  const ctx = serviceContext(c);
  const isAdmin = ctx.actor?.role === 'admin';
  const [coordinators, allAreas] = await Promise.all([isAdmin ? coordinatorsService.findCoordinators(ctx) : [], areasService.findAllAreas(ctx)]);
  const live = allAreas.filter((a) => !a.archivedAt);
  const areas = isAdmin ? live : live.filter((a) => ctx.actor?.areaIds.includes(a.id));
  const initial = activity ? activityFormValues(activity) : { activityOn: japanToday(ctx.now) };
  return c.html(<ActivityEditPage page={pageContext(c)} activity={activity} form={form ?? { values: initial, errors: {} }} coordinators={coordinators} areas={areas} />);
}

coordinatorActivityRoutes.get('/staff/coordinator-activities/new', recorders, (c) => renderEdit(c, null));

coordinatorActivityRoutes.post('/staff/coordinator-activities', recorders, async (c) =>
  handleFormSubmission(
    c,
    activityInput,
    async (input) => {
      await activitiesService.createActivity(serviceContext(c), input);
      setFlash(c, 'coordinatorActivities.saved');
      return c.redirect('/staff/coordinator-activities', 303);
    },
    (form) => renderEdit(c, null, form),
  ),
);

coordinatorActivityRoutes.get('/staff/coordinator-activities/:id/edit', recorders, async (c) => {
  const activity = await activitiesService.getActivity(serviceContext(c), recordId(c.req.param('id')));
  return renderEdit(c, activity);
});

coordinatorActivityRoutes.post('/staff/coordinator-activities/:id', recorders, async (c) => {
  const ctx = serviceContext(c);
  const activity = await activitiesService.getActivity(ctx, recordId(c.req.param('id')));
  return handleFormSubmission(
    c,
    activityInput,
    async (input) => {
      await activitiesService.updateActivity(ctx, activity.id, input);
      setFlash(c, 'coordinatorActivities.saved');
      return c.redirect('/staff/coordinator-activities', 303);
    },
    (form) => renderEdit(c, activity, form),
  );
});

coordinatorActivityRoutes.get('/staff/coordinator-activities/:id/delete', recorders, async (c) => {
  const activity = await activitiesService.getActivity(serviceContext(c), recordId(c.req.param('id')));
  return c.html(<ActivityDeletePage page={pageContext(c)} activity={activity} />);
});

coordinatorActivityRoutes.post('/staff/coordinator-activities/:id/delete', recorders, async (c) => {
  await activitiesService.deleteActivity(serviceContext(c), recordId(c.req.param('id')));
  setFlash(c, 'coordinatorActivities.deleted');
  return c.redirect('/staff/coordinator-activities', 303);
});
