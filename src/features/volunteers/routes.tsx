import { publicFormLimit } from '../../platform/http/public-form-limit.ts';
import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import { emptyForm, formValues, type FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import * as areasService from '../areas/service.ts';
import * as townsService from '../areas/towns/service.ts';
import { publicFormPrefill } from '../areas/validation.ts';
import { districtNoteFor, withSuggestedDistrict } from '../areas/views/DistrictChoiceField.tsx';
import * as matchesService from '../matches/service.ts';
import * as volunteersService from './service.ts';
import { helpTypeInput, insuranceInput, newVolunteerInput, statusChangeInput, volunteerApplicationInput, volunteerExportQuery, volunteerInput, volunteerListQuery } from './validation.ts';
import { excelCsvContentType } from '../../platform/csv/excel-csv.ts';
import { HelpTypesPage } from './views/HelpTypesPage.tsx';
import { StaffVolunteersPage } from './views/StaffVolunteersPage.tsx';
import { VolunteerApplyPage, VolunteerApplyThanksPage } from './views/VolunteerApplyPage.tsx';
import { VolunteerEditPage, volunteerFormValues } from './views/VolunteerEditPage.tsx';
import type { VolunteerChoices } from './views/VolunteerFields.tsx';
import { findTrainingsOfVolunteer } from '../events/registrations/service.ts';
import { VolunteerProfilePage } from './views/VolunteerProfilePage.tsx';

export const volunteerRoutes = new Hono<AppEnv>();

// Volunteers' personal data: admins everywhere, coordinators in their own areas (checked in the service); staff never.
const personalData = requireRole('admin', 'coordinator');
const adminOnly = requireRole('admin');

async function choices(c: AppContext): Promise<VolunteerChoices> {
  const ctx = serviceContext(c);
  const [areas, helpTypes] = await Promise.all([areasService.findAreasWithDistricts(ctx), volunteersService.findHelpTypes(ctx)]);
  return { areas, helpTypes };
}

// Public: anyone may apply; the record waits as 応募 for the area's coordinator.
volunteerRoutes.get('/volunteers/apply', async (c) => {
  const { district, address } = publicFormPrefill.parse(c.req.query());
  return c.html(<VolunteerApplyPage page={pageContext(c)} form={{ values: { travelRange: 'district', districtId: district, address }, errors: {} }} choices={await choices(c)} />);
});

volunteerRoutes.post('/volunteers/apply', publicFormLimit('volunteer-application'), async (c) => {
  const body = await c.req.parseBody({ all: true });
  if (body.intent === 'suggest') {
    // 「住所から圏域を探す」: the same form again, with the district the address names.
    const values = formValues(body);
    const suggestion = await townsService.suggestDistrictForAddress(serviceContext(c), values.address ?? '');
    const form = { values: withSuggestedDistrict(values, 'districtId', suggestion?.district.id ?? null), errors: {} };
    return c.html(<VolunteerApplyPage page={pageContext(c)} form={form} choices={await choices(c)} districtNote={districtNoteFor(suggestion)} />);
  }
  return handleFormSubmission(
    c,
    volunteerApplicationInput,
    async (input) => {
      await volunteersService.applyAsVolunteer(serviceContext(c), input);
      c.get('deps').wakeJobs?.();
      return c.redirect('/volunteers/apply/thanks', 303);
    },
    async (form) => c.html(<VolunteerApplyPage page={pageContext(c)} form={form} choices={await choices(c)} />),
  );
});

volunteerRoutes.get('/volunteers/apply/thanks', (c) => c.html(<VolunteerApplyThanksPage page={pageContext(c)} />));

volunteerRoutes.get('/staff/volunteers', personalData, async (c) => {
  const ctx = serviceContext(c);
  const query = volunteerListQuery.parse(c.req.query());
  const areaIds = ctx.actor?.role === 'admin' ? undefined : ctx.actor?.areaIds;
  const [volunteers, areas, districts, helpTypes, figures] = await Promise.all([
    volunteersService.findVolunteers(ctx, query),
    areasService.findAllAreas(ctx),
    areasService.findDistricts(ctx),
    volunteersService.findHelpTypes(ctx),
    volunteersService.findRegistrationFigures(ctx, areaIds),
  ]);
  const visibleAreas = areaIds ? areas.filter((a) => areaIds.includes(a.id)) : areas;
  return c.html(<StaffVolunteersPage page={pageContext(c)} volunteers={volunteers} query={query} areas={visibleAreas} districts={districts} helpTypes={helpTypes} figures={figures} />);
});

volunteerRoutes.get('/staff/volunteers.csv', adminOnly, async (c) => {
  const query = volunteerExportQuery.parse(c.req.query());
  const body = await volunteersService.exportVolunteersCsv(serviceContext(c), query, c.get('locale'));
  return c.body(new Uint8Array(body), 200, { 'Content-Type': excelCsvContentType(query.encoding), 'Content-Disposition': 'attachment; filename="volunteers.csv"', 'Cache-Control': 'no-store' });
});

async function renderHelpTypes(c: AppContext, form: FormState) {
  const helpTypes = await volunteersService.findHelpTypes(serviceContext(c));
  return c.html(<HelpTypesPage page={pageContext(c)} helpTypes={helpTypes} form={form} />);
}

volunteerRoutes.get('/staff/volunteers/help-types', adminOnly, (c) => renderHelpTypes(c, emptyForm));

volunteerRoutes.post('/staff/volunteers/help-types', adminOnly, async (c) =>
  handleFormSubmission(
    c,
    helpTypeInput,
    async (input) => {
      await volunteersService.addHelpType(serviceContext(c), input);
      setFlash(c, 'volunteers.helpTypeAdded');
      return c.redirect('/staff/volunteers/help-types', 303);
    },
    (form) => renderHelpTypes(c, form),
  ),
);

async function renderEdit(c: AppContext, id: string | null, form?: FormState) {
  const volunteer = id ? await volunteersService.getVolunteer(serviceContext(c), id) : null;
  const initial = volunteer ? volunteerFormValues(volunteer) : { travelRange: 'district', monthlyAssignmentLimit: '4' };
  return c.html(<VolunteerEditPage page={pageContext(c)} volunteer={volunteer} form={form ?? { values: initial, errors: {} }} choices={await choices(c)} />);
}

volunteerRoutes.get('/staff/volunteers/new', personalData, (c) => renderEdit(c, null));

volunteerRoutes.post('/staff/volunteers', personalData, async (c) =>
  handleFormSubmission(
    c,
    newVolunteerInput,
    async (input) => {
      const row = await volunteersService.createVolunteer(serviceContext(c), input);
      setFlash(c, 'volunteers.saved');
      return c.redirect(`/staff/volunteers/${row.id}`, 303);
    },
    (form) => renderEdit(c, null, form),
  ),
);

async function renderProfile(c: AppContext, id: string, forms: { statusForm?: FormState; insuranceForm?: FormState } = {}) {
  const ctx = serviceContext(c);
  const volunteer = await volunteersService.getVolunteer(ctx, id);
  const [history, district, helpTypes, totals, trainings] = await Promise.all([
    volunteersService.findStatusHistory(ctx, volunteer),
    volunteer.districtId ? areasService.getDistrict(ctx, volunteer.districtId).catch(() => null) : null,
    volunteersService.findHelpTypes(ctx),
    matchesService.findVolunteerTotals(ctx, volunteer.id),
    findTrainingsOfVolunteer(ctx, volunteer.id),
  ]);
  const helpTypeNames = helpTypes.filter((h) => volunteer.helpTypeIds.includes(h.id)).map((h) => h.name);
  return c.html(<VolunteerProfilePage page={pageContext(c)} volunteer={volunteer} districtName={district?.name ?? ''} helpTypeNames={helpTypeNames} history={history} totals={totals} trainings={trainings} {...forms} />);
}

volunteerRoutes.get('/staff/volunteers/:id', personalData, (c) => renderProfile(c, recordId(c.req.param('id'))));

volunteerRoutes.get('/staff/volunteers/:id/edit', personalData, (c) => renderEdit(c, recordId(c.req.param('id'))));

volunteerRoutes.post('/staff/volunteers/:id', personalData, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    volunteerInput,
    async (input) => {
      await volunteersService.updateVolunteer(serviceContext(c), id, input);
      setFlash(c, 'volunteers.saved');
      return c.redirect(`/staff/volunteers/${id}`, 303);
    },
    (form) => renderEdit(c, id, form),
  );
});

volunteerRoutes.post('/staff/volunteers/:id/status', personalData, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    statusChangeInput,
    async (input) => {
      await volunteersService.changeVolunteerStatus(serviceContext(c), id, input);
      setFlash(c, 'volunteers.statusChanged');
      return c.redirect(`/staff/volunteers/${id}`, 303);
    },
    (statusForm) => renderProfile(c, id, { statusForm }),
  );
});

volunteerRoutes.post('/staff/volunteers/:id/insurance', personalData, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    insuranceInput,
    async (input) => {
      await volunteersService.recordInsurance(serviceContext(c), id, input);
      setFlash(c, 'volunteers.insuranceSaved');
      return c.redirect(`/staff/volunteers/${id}`, 303);
    },
    (insuranceForm) => renderProfile(c, id, { insuranceForm }),
  );
});
