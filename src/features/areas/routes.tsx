import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { serviceContext, type AppEnv } from '../../platform/http/app-env.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { recordId } from '../../platform/http/route-params.ts';
import { Invalid, NotFound } from '../../platform/errors/app-error.ts';
import { problemsByField } from '../../platform/validation/problems.ts';
import { messageWithParams } from '../../platform/validation/fields.ts';
import * as coordinatorsService from '../coordinators/service.ts';
import * as areasService from './service.ts';
import * as townsService from './towns/service.ts';
import { areaInput, districtTownsInput, districtUpdateInput, townQuery } from './validation.ts';
import { AreaEditPage } from './views/AreaEditPage.tsx';
import { areaFormValues } from './views/AreaForm.tsx';
import { AreaPage } from './views/AreaPage.tsx';
import { AreasPage } from './views/AreasPage.tsx';
import { StaffAreasPage } from './views/StaffAreasPage.tsx';

export const areaRoutes = new Hono<AppEnv>();

// Public pages: anyone.
// 「お住まいの町名で探す」 is a GET form on this page: ?town= answers with the district the town lies in.
areaRoutes.get('/areas', async (c) => {
  const ctx = serviceContext(c);
  const { town } = townQuery.parse(c.req.query());
  const [areas, assignments, towns, suggestion] = await Promise.all([
    areasService.findAreasWithDistricts(ctx),
    coordinatorsService.findCurrentAssignments(ctx),
    townsService.findTownsByDistrict(ctx),
    town ? townsService.suggestDistrictForAddress(ctx, town) : null,
  ]);
  const search = town ? { query: town, suggestion } : null;
  return c.html(<AreasPage page={pageContext(c)} areas={areas} assignments={assignments} towns={towns} search={search} />);
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

async function renderEdit(c: Parameters<typeof serviceContext>[0], id: string, form?: FormState, districtForm?: FormState, townsForm?: { districtId: string; form: FormState }) {
  const ctx = serviceContext(c);
  const all = await areasService.findAllAreas(ctx);
  const area = all.find((a) => a.id === id);
  if (!area) throw new NotFound();
  const districts = await areasService.findDistricts(ctx, [area.id]);
  const towns = await townsService.findTownsByDistrict(ctx, districts.map((d) => d.id));
  return c.html(
    <AreaEditPage page={pageContext(c)} area={area} form={form ?? { values: areaFormValues(area), errors: {} }} parents={all} districts={districts} districtForm={districtForm} towns={towns} townsForm={townsForm} />,
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


areaRoutes.post('/staff/districts/:id/towns', staffOnly, async (c) => {
  const ctx = serviceContext(c);
  const district = await areasService.getDistrict(ctx, recordId(c.req.param('id')));
  return handleFormSubmission(
    c,
    districtTownsInput,
    async ({ towns }) => {
      await townsService.setDistrictTowns(ctx, district.id, towns);
      setFlash(c, 'areas.townsSaved');
      return c.redirect(`/staff/areas/${district.areaId}`, 303);
    },
    (form) => renderEdit(c, district.areaId, undefined, undefined, { districtId: district.id, form }),
  );
});

areaRoutes.post('/staff/areas/towns/import', requireRole('admin'), async (c) => {
  const ctx = serviceContext(c);
  const body = await c.req.parseBody();
  const file = body.file instanceof File && body.file.size > 0 ? body.file : null;
  try {
    if (!file) throw new Invalid([{ path: 'file', message: 'validation.required' }]);
    const result = await townsService.importTownsCsv(ctx, Buffer.from(await file.arrayBuffer()));
    setFlash(c, messageWithParams('areas.townsImported', { districts: result.districts, towns: result.towns }));
    return c.redirect('/staff/areas', 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    c.status(422);
    const areas = await areasService.findAllAreas(ctx);
    return c.html(<StaffAreasPage page={pageContext(c)} areas={areas} importForm={{ values: {}, errors: problemsByField(error.fields) }} />);
  }
});
