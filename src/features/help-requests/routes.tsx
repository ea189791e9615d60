import { publicFormLimit } from '../../platform/http/public-form-limit.ts';
import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { Invalid } from '../../platform/errors/app-error.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import type { BodyAllowance } from '../../platform/http/body-limit.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import { formValues, type FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { problemsFromZod } from '../../platform/validation/problems.ts';
import { formatWarekiDateTime } from '../../platform/wareki/wareki.ts';
import * as areasService from '../areas/service.ts';
import * as townsService from '../areas/towns/service.ts';
import { publicFormPrefill } from '../areas/validation.ts';
import { districtNoteFor, withSuggestedDistrict } from '../areas/views/DistrictChoiceField.tsx';
import * as volunteersService from '../volunteers/service.ts';
import { intakeScriptSrc } from './assets.ts';
import { intakeDefaults } from './draft-fields.ts';
import * as helpRequestsService from './service.ts';
import { contactInput, draftInput, intakeInput, meetingPointInput, publicRequestInput, requestExportQuery, requestListQuery, requestStatusInput, residentSearchQuery } from './validation.ts';
import { excelCsvContentType } from '../../platform/csv/excel-csv.ts';
import { ContactLog } from './views/ContactLog.tsx';
import { HelpRequestPage } from './views/HelpRequestPage.tsx';
import { HelpRequestsPage } from './views/HelpRequestsPage.tsx';
import { IntakePage } from './views/IntakePage.tsx';
import { PublicRequestPage, PublicRequestThanksPage } from './views/PublicRequestPage.tsx';
import type { RequestChoices } from './views/RequestFields.tsx';

// An intake draft may hold 40 fields of 4,000 characters (draftInput).
export const intakeDraftBodyAllowances: BodyAllowance[] = [{ path: /^\/staff\/help-requests\/drafts$/, maxBytes: 1024 * 1024 }];

export const helpRequestRoutes = new Hono<AppEnv>();

// Residents' personal data: admins everywhere, coordinators in their own areas (checked in the service); staff never.
const personalData = requireRole('admin', 'coordinator');

async function choices(c: AppContext): Promise<RequestChoices> {
  const ctx = serviceContext(c);
  const [areas, helpTypes] = await Promise.all([areasService.findAreasWithDistricts(ctx), volunteersService.findHelpTypes(ctx)]);
  return { areas, helpTypes };
}

// From 「お住まいの町名で探す」 the form arrives with the district (or 「わからない」) and the address filled in.
helpRequestRoutes.get('/help/request', async (c) => {
  const { district, address } = publicFormPrefill.parse(c.req.query());
  const values = { referrerType: 'self', residentDistrictId: district, residentAddress: address };
  return c.html(<PublicRequestPage page={pageContext(c)} form={{ values, errors: {} }} choices={await choices(c)} />);
});

helpRequestRoutes.post('/help/request', publicFormLimit('help-request'), async (c) => {
  const body = await c.req.parseBody({ all: true });
  if (body.intent === 'suggest') {
    // 「住所から圏域を探す」: the same form again, with the district the address names.
    const values = formValues(body);
    const suggestion = await townsService.suggestDistrictForAddress(serviceContext(c), values.residentAddress ?? '');
    const form = { values: withSuggestedDistrict(values, 'residentDistrictId', suggestion?.district.id ?? null), errors: {} };
    return c.html(<PublicRequestPage page={pageContext(c)} form={form} choices={await choices(c)} districtNote={districtNoteFor(suggestion)} />);
  }
  return handleFormSubmission(
    c,
    publicRequestInput,
    async (input) => {
      await helpRequestsService.receivePublicRequest(serviceContext(c), input);
      c.get('deps').wakeJobs?.();
      return c.redirect('/help/request/thanks', 303);
    },
    async (form) => c.html(<PublicRequestPage page={pageContext(c)} form={form} choices={await choices(c)} />),
  );
});

helpRequestRoutes.get('/help/request/thanks', (c) => c.html(<PublicRequestThanksPage page={pageContext(c)} />));

helpRequestRoutes.get('/staff/help-requests', personalData, async (c) => {
  const ctx = serviceContext(c);
  const query = requestListQuery.parse(c.req.query());
  const [requests, drafts, helpTypes] = await Promise.all([helpRequestsService.findHelpRequests(ctx, query), helpRequestsService.findDrafts(ctx), volunteersService.findHelpTypes(ctx)]);
  return c.html(<HelpRequestsPage page={pageContext(c)} requests={requests} drafts={drafts} helpTypes={helpTypes} query={query} />);
});

helpRequestRoutes.get('/staff/help-requests.csv', requireRole('admin'), async (c) => {
  const query = requestExportQuery.parse(c.req.query());
  const body = await helpRequestsService.exportHelpRequestsCsv(serviceContext(c), query, c.get('locale'));
  return c.body(new Uint8Array(body), 200, { 'Content-Type': excelCsvContentType(query.encoding), 'Content-Disposition': 'attachment; filename="help-requests.csv"', 'Cache-Control': 'no-store' });
});

async function renderIntake(c: AppContext, draftId: string | null, query: string, form?: FormState) {
  const ctx = serviceContext(c);
  const draft = draftId ? await helpRequestsService.getDraft(ctx, draftId) : null;
  const values = form?.values ?? { ...intakeDefaults, ...(draft?.fields ?? {}) };
  const residentId = values.residentId ?? '';
  const [resident, residentRequests, matches] = await Promise.all([
    residentId ? helpRequestsService.getResident(ctx, recordId(residentId)) : null,
    residentId ? helpRequestsService.findRequestsOfResident(ctx, recordId(residentId)) : null,
    query ? helpRequestsService.searchResidents(ctx, query) : null,
  ]);
  return c.html(
    <IntakePage page={pageContext(c)} form={form ?? { values, errors: {} }} choices={await choices(c)} draft={draft} query={query} matches={matches} resident={resident} residentRequests={residentRequests} scriptSrc={intakeScriptSrc} />,
  );
}

helpRequestRoutes.get('/staff/help-requests/intake', personalData, async (c) => {
  const query = residentSearchQuery.parse(c.req.query());
  return renderIntake(c, query.draft || null, query.q);
});

// Search, choose a resident and 下書き保存 all keep what was typed by saving the draft first (a search alone saves none).
async function saveAndReturn(c: AppContext, body: Record<string, string | string[]>, intent: string): Promise<Response> {
  const ctx = serviceContext(c);
  const fields = { ...body };
  if (intent.startsWith('choose:')) fields.residentId = intent.slice('choose:'.length);
  if (intent === 'clearResident') delete fields.residentId;
  const draftId = typeof body.draftId === 'string' && /^[0-9a-f-]{36}$/.test(body.draftId) ? body.draftId : null;
  const draft = await helpRequestsService.saveDraft(ctx, draftId, fields);
  const params = new URLSearchParams(draft ? { draft: draft.id } : {});
  if (intent === 'search' && typeof body.q === 'string' && body.q.trim()) params.set('q', body.q.trim());
  if (intent === 'draft') setFlash(c, draft ? 'helpRequests.draftSaved' : 'helpRequests.draftEmpty');
  return c.redirect(params.size ? `/staff/help-requests/intake?${params}` : '/staff/help-requests/intake', 303);
}

helpRequestRoutes.post('/staff/help-requests/intake', personalData, async (c) => {
  const body = (await c.req.parseBody({ all: true })) as Record<string, string | string[]>;
  const intent = typeof body.intent === 'string' ? body.intent : 'submit';
  if (intent !== 'submit') return saveAndReturn(c, body, intent);
  const draftId = typeof body.draftId === 'string' && /^[0-9a-f-]{36}$/.test(body.draftId) ? body.draftId : null;
  return handleFormSubmission(
    c,
    intakeInput,
    async (input) => {
      const row = await helpRequestsService.receiveByPhone(serviceContext(c), input, draftId);
      setFlash(c, 'helpRequests.received');
      return c.redirect(`/staff/help-requests/${row.id}`, 303);
    },
    (form) => renderIntake(c, draftId, '', form),
  );
});

// The intake script's autosave: JSON in, the draft id and a status line out.
helpRequestRoutes.post('/staff/help-requests/drafts', personalData, async (c) => {
  const parsed = draftInput.safeParse(await c.req.json().catch(() => null));
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error));
  const draft = await helpRequestsService.saveDraft(serviceContext(c), parsed.data.draftId, parsed.data.fields);
  if (!draft) return c.json({ draftId: '', savedAt: null, message: '' });
  const t = c.get('t');
  return c.json({ draftId: draft.id, savedAt: draft.updatedAt.toISOString(), message: t('helpRequests.draftSavedAt', { time: formatWarekiDateTime(draft.updatedAt, { locale: c.get('locale') }) }) });
});

helpRequestRoutes.post('/staff/help-requests/drafts/:id/discard', personalData, async (c) => {
  await helpRequestsService.discardDraft(serviceContext(c), recordId(c.req.param('id')));
  setFlash(c, 'helpRequests.draftDiscarded');
  return c.redirect('/staff/help-requests', 303);
});

async function renderRequest(c: AppContext, id: string, forms: { statusForm?: FormState; contactForm?: FormState } = {}) {
  const ctx = serviceContext(c);
  const detail = await helpRequestsService.getHelpRequest(ctx, id);
  const [helpTypes, district, contacts] = await Promise.all([
    volunteersService.findHelpTypes(ctx),
    detail.resident.districtId ? areasService.getDistrict(ctx, detail.resident.districtId).catch(() => null) : null,
    helpRequestsService.findContacts(ctx, id),
  ]);
  const helpTypeName = helpTypes.find((h) => h.id === detail.request.helpTypeId)?.name ?? '';
  return c.html(
    <HelpRequestPage page={pageContext(c)} detail={detail} helpTypeName={helpTypeName} districtName={district?.name ?? ''} statusForm={forms.statusForm}>
      <ContactLog page={pageContext(c)} requestId={id} contacts={contacts} form={forms.contactForm} />
    </HelpRequestPage>,
  );
}

helpRequestRoutes.get('/staff/help-requests/:id', personalData, (c) => renderRequest(c, recordId(c.req.param('id'))));

helpRequestRoutes.post('/staff/help-requests/:id/meeting-point', personalData, async (c) => {
  const id = recordId(c.req.param('id'));
  const parsed = meetingPointInput.safeParse(await c.req.parseBody());
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error));
  await helpRequestsService.setMeetingPoint(serviceContext(c), id, parsed.data.meetingPoint);
  setFlash(c, 'helpRequests.meetingPointSaved');
  return c.redirect(`/staff/help-requests/${id}/matches`, 303);
});

helpRequestRoutes.post('/staff/help-requests/:id/status', personalData, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    requestStatusInput,
    async (input) => {
      await helpRequestsService.changeRequestStatus(serviceContext(c), id, input);
      setFlash(c, 'helpRequests.statusChanged');
      return c.redirect(`/staff/help-requests/${id}`, 303);
    },
    (statusForm) => renderRequest(c, id, { statusForm }),
  );
});


helpRequestRoutes.post('/staff/help-requests/:id/contacts', personalData, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    contactInput,
    async (input) => {
      await helpRequestsService.addContact(serviceContext(c), id, input);
      setFlash(c, 'helpRequests.contactSaved');
      return c.redirect(`/staff/help-requests/${id}`, 303);
    },
    (contactForm) => renderRequest(c, id, { contactForm }),
  );
});

helpRequestRoutes.post('/staff/contacts/:id/done', personalData, async (c) => {
  const contact = await helpRequestsService.completeFollowUp(serviceContext(c), recordId(c.req.param('id')));
  setFlash(c, 'helpRequests.followUpMarked');
  return c.redirect(`/staff/help-requests/${contact.helpRequestId}`, 303);
});
