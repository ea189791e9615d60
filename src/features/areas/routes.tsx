import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { serviceContext, type AppEnv } from '../../platform/http/app-env.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { recordId } from '../../platform/http/route-params.ts';
import { NotFound } from '../../platform/errors/app-error.ts';
import * as coordinatorsService from '../coordinators/service.ts';
import * as areasService from './service.ts';
import { areaInput, districtUpdateInput } from './validation.ts';
import { AreaEditPage } from './views/AreaEditPage.tsx';
import { areaFormValues } from './views/AreaForm.tsx';
import { AreaPage } from './views/AreaPage.tsx';
import { AreasPage } from './views/AreasPage.tsx';
import { StaffAreasPage } from './views/StaffAreasPage.tsx';

export const areaRoutes = new Hono<AppEnv>();

// Public pages: anyone.
areaRoutes.get('/areas', async (c) => {
  const ctx = serviceContext(c);
  const [areas, assignments] = await Promise.all([areasService.findAreasWithDistricts(ctx), coordinatorsService.findCurrentAssignments(ctx)]);
  return c.html(<AreasPage page={pageContext(c)} areas={areas} assignments={assignments} />);
});

areaRoutes.get('/areas/:id', async (c) => {
  const ctx = serviceContext(c);
  const area = await areasService.getArea(ctx, recordId(c.req.param('id')));
  const all = await areasService.findAreasWithDistricts(ctx);
  const [current, history] = await Promise.all([
    coordinatorsService.findCurrentAssignments(ctx, area.id),
    coordinatorsService.findAssignmentHistory(ctx, { areaId: area.id }),
  ]);
  return c.html(
    <AreaPage
      page={pageContext(c)}
      area={area}
      parent={all.find((a) => a.id === area.parentId)}
      children={all.filter((a) => a.parentId === area.id)}
      current={current}
      history={history}
    />,
  );
});

// Staff pages: every staff role reads; the service decides who may change what.
const staffOnly = requireRole('admin', 'coordinator', 'staff');

areaRoutes.get('/staff/areas', staffOnly, async (c) => {
  const areas = await areasService.findAllAreas(serviceContext(c));
  return c.html(<StaffAreasPage page={pageContext(c)} areas={areas} />);
});

areaRoutes.get('/staff/areas/new', requireRole('admin'), async (c) => {
  const parents = await areasService.findAllAreas(serviceContext(c));
  return c.html(<AreaEditPage page={pageContext(c)} area={null} form={{ values: { tier: '2' }, errors: {} }} parents={parents} districts={[]} />);
});

areaRoutes.post('/staff/areas', requireRole('admin'), async (c) => {
  const ctx = serviceContext(c);
  const parents = await areasService.findAllAreas(ctx);
  return handleFormSubmission(
    c,
    areaInput,
    async (input) => {
      const area = await areasService.createArea(ctx, input);
      setFlash(c, 'areas.saved');
      return c.redirect(`/staff/areas/${area.id}`, 303);
    },
    (form) => c.html(<AreaEditPage page={pageContext(c)} area={null} form={form} parents={parents} districts={[]} />),
  );
});

async function renderEdit(c: Parameters<typeof serviceContext>[0], id: string, form?: FormState, districtForm?: FormState) {
  const ctx = serviceContext(c);
  const all = await areasService.findAllAreas(ctx);
  const area = all.find((a) => a.id === id);
  if (!area) throw new NotFound();
  const districts = await areasService.findDistricts(ctx, [area.id]);
  return c.html(
    <AreaEditPage page={pageContext(c)} area={area} form={form ?? { values: areaFormValues(area), errors: {} }} parents={all} districts={districts} districtForm={districtForm} />,
  );
}

areaRoutes.get('/staff/areas/:id', staffOnly, async (c) => renderEdit(c, recordId(c.req.param('id'))));

areaRoutes.post('/staff/areas/:id', staffOnly, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    areaInput,
    async (input) => {
      await areasService.updateArea(serviceContext(c), id, input);
      setFlash(c, 'areas.saved');
      return c.redirect(`/staff/areas/${id}`, 303);
    },
    (form) => renderEdit(c, id, form),
  );
});

areaRoutes.post('/staff/areas/:id/archive', requireRole('admin'), async (c) => {
  const id = recordId(c.req.param('id'));
  await areasService.archiveArea(serviceContext(c), id);
  setFlash(c, 'areas.saved');
  return c.redirect('/staff/areas', 303);
});

areaRoutes.post('/staff/areas/:id/districts', staffOnly, async (c) => {
  const areaId = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    districtUpdateInput,
    async (input) => {
      await areasService.createDistrict(serviceContext(c), { ...input, areaId });
      setFlash(c, 'areas.districtSaved');
      return c.redirect(`/staff/areas/${areaId}`, 303);
    },
    (districtForm) => renderEdit(c, areaId, undefined, districtForm),
  );
});

areaRoutes.post('/staff/districts/:id/archive', staffOnly, async (c) => {
  const ctx = serviceContext(c);
  const district = await areasService.getDistrict(ctx, recordId(c.req.param('id')));
  await areasService.archiveDistrict(ctx, district.id);
  setFlash(c, 'areas.districtSaved');
  return c.redirect(`/staff/areas/${district.areaId}`, 303);
});

