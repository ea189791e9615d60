import { Hono } from 'hono';
import { z } from 'zod';
import { excelEncodings } from '../../platform/csv/excel-csv.ts';
import { requireRole } from '../../platform/auth/permissions.ts';
import { randomToken } from '../../platform/auth/tokens.ts';
import { Invalid } from '../../platform/errors/app-error.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import { formValues, type FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { messageWithParams } from '../../platform/validation/fields.ts';
import { problemsByField } from '../../platform/validation/problems.ts';
import * as areasService from '../areas/service.ts';
import { answerFormValues } from './answers.ts';
import { surveyScriptSrc } from './assets.ts';
import { questionName } from './definition.ts';
import { questionFormInput } from './question-form.ts';
import * as resultsService from './results-service.ts';
import * as surveysService from './service.ts';
import { parseTargetLines } from './target-lines.ts';
import { newSurveyInput, responseMeta, surveyInput } from './validation.ts';
import { EntryPage } from './views/EntryPage.tsx';
import { QuestionEditorPage } from './views/QuestionEditorPage.tsx';
import { ResultsPage } from './views/ResultsPage.tsx';
import { SurveyFormPage, surveyFormValues } from './views/SurveyFormPage.tsx';
import { SurveyListPage } from './views/SurveyListPage.tsx';
import { SurveyPage } from './views/SurveyPage.tsx';
import { respondentTypeText } from './views/SurveyText.tsx';
import { writeXlsFormWorkbook } from './xlsform-workbook.ts';
import { toXlsForm } from './xlsform.ts';

export const surveyRoutes = new Hono<AppEnv>();

const exportFormat = z.enum(['xlsx', ...excelEncodings], { error: 'validation.choice' });

// Staff read surveys and enter answers; coordinators build and run those of their areas (checked in the service), admins all.
const readers = requireRole('admin', 'coordinator', 'staff');
const managers = requireRole('admin', 'coordinator');

type Body = Record<string, string | string[]>;

async function readBody(c: AppContext): Promise<Body> {
  const body: Body = {};
  for (const [key, value] of Object.entries(await c.req.parseBody({ all: true }))) {
    if (typeof value === 'string') body[key] = value;
    else if (Array.isArray(value)) body[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return body;
}

async function activeDistricts(c: AppContext) {
  return (await areasService.findAllAreas(serviceContext(c))).filter((a) => !a.archivedAt && a.tier === 2).map((a) => ({ id: a.id, name: a.name }));
}

surveyRoutes.get('/staff/surveys', readers, async (c) => {
  const ctx = serviceContext(c);
  const [surveys, areas] = await Promise.all([surveysService.findSurveys(ctx), areasService.findAllAreas(ctx)]);
  const responses = await resultsService.countResponses(ctx, surveys.map((s) => s.id));
  return c.html(<SurveyListPage page={pageContext(c)} surveys={surveys} responses={responses} areaNames={new Map(areas.map((a) => [a.id, a.name]))} />);
});

async function renderSurveyForm(c: AppContext, survey: surveysService.SurveyRow | null, form?: FormState) {
  const ctx = serviceContext(c);
  const isAdmin = ctx.actor?.role === 'admin';
  const areas = (await areasService.findAllAreas(ctx)).filter((a) => !a.archivedAt && (isAdmin || ctx.actor?.areaIds.includes(a.id)));
  const initial = survey ? surveyFormValues(survey) : { audience: 'organisations', methods: 'phone', template: 'hearing', areaId: isAdmin ? '' : (areas[0]?.id ?? '') };
  return c.html(<SurveyFormPage page={pageContext(c)} survey={survey} form={form ?? { values: initial, errors: {} }} areas={areas} wholeCity={isAdmin} />);
}

surveyRoutes.get('/staff/surveys/new', managers, (c) => renderSurveyForm(c, null));

surveyRoutes.post('/staff/surveys', managers, (c) =>
  handleFormSubmission(
    c,
    newSurveyInput,
    async (input) => {
      const survey = await surveysService.createSurvey(serviceContext(c), input);
      setFlash(c, 'surveys.saved');
      return c.redirect(`/staff/surveys/${survey.id}`, 303);
    },
    (form) => renderSurveyForm(c, null, form),
  ),
);

surveyRoutes.get('/staff/surveys/:id/edit', managers, async (c) => {
  const { survey } = await surveysService.getSurvey(serviceContext(c), recordId(c.req.param('id')));
  return renderSurveyForm(c, survey);
});

surveyRoutes.post('/staff/surveys/:id', managers, async (c) => {
  const id = recordId(c.req.param('id'));
  const { survey } = await surveysService.getSurvey(serviceContext(c), id);
  return handleFormSubmission(
    c,
    surveyInput,
    async (input) => {
      await surveysService.updateSurvey(serviceContext(c), id, input);
      setFlash(c, 'surveys.saved');
      return c.redirect(`/staff/surveys/${id}`, 303);
    },
    (form) => renderSurveyForm(c, survey, form),
  );
});

async function renderSurvey(c: AppContext, id: string, forms: { targetForm?: FormState; importForm?: FormState } = {}) {
  const ctx = serviceContext(c);
  const { survey, definition } = await surveysService.getSurvey(ctx, id);
  const [targets, counts, areas] = await Promise.all([surveysService.findTargets(ctx, id), resultsService.countResponses(ctx, [id]), areasService.findAllAreas(ctx)]);
  const page = pageContext(c);
  const webAddress = survey.methods.includes('web') && survey.audience === 'residents' ? `${new URL(c.req.url).origin}/surveys/${survey.publicToken}` : null;
  return c.html(
    <SurveyPage
      page={page}
      survey={survey}
      definition={definition}
      targets={targets}
      responses={counts.get(id) ?? 0}
      areaName={survey.areaId ? (areas.find((a) => a.id === survey.areaId)?.name ?? '') : page.t('surveys.wholeCity')}
      canManage={surveysService.canManageSurvey(ctx.actor, survey)}
      webAddress={webAddress}
      targetForm={forms.targetForm ?? { values: {}, errors: {} }}
      importForm={forms.importForm ?? { values: {}, errors: {} }}
    />,
  );
}

surveyRoutes.get('/staff/surveys/:id', readers, (c) => renderSurvey(c, recordId(c.req.param('id'))));

surveyRoutes.post('/staff/surveys/:id/targets', managers, async (c) => {
  const id = recordId(c.req.param('id'));
  const body = await readBody(c);
  const page = pageContext(c);
  try {
    const targets = parseTargetLines(typeof body.lines === 'string' ? body.lines : '', (type) => respondentTypeText(page, type));
    const count = await surveysService.addTargets(serviceContext(c), id, targets);
    setFlash(c, messageWithParams('surveys.targetsAdded', { count }));
    return c.redirect(`/staff/surveys/${id}#targets`, 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    c.status(422);
    return renderSurvey(c, id, { targetForm: { values: formValues(body), errors: problemsByField(error.fields) } });
  }
});

surveyRoutes.get('/staff/surveys/:id/questions.xlsx', readers, async (c) => {
  const { survey, definition } = await surveysService.getSurvey(serviceContext(c), recordId(c.req.param('id')));
  const bytes = await writeXlsFormWorkbook(toXlsForm(definition));
  const filename = encodeURIComponent(`${survey.title}_質問.xlsx`);
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': `attachment; filename="survey.xlsx"; filename*=UTF-8''${filename}`,
  });
});

surveyRoutes.post('/staff/surveys/:id/questions', managers, async (c) => {
  const id = recordId(c.req.param('id'));
  const body = await c.req.parseBody();
  const file = body.file;
  try {
    if (!(file instanceof File) || file.size === 0) throw new Invalid([{ path: 'file', message: 'surveys.notXlsForm' }]);
    const saved = await surveysService.importQuestions(serviceContext(c), id, new Uint8Array(await file.arrayBuffer()));
    setFlash(c, messageWithParams(saved.newVersion ? 'surveys.importedNewVersion' : 'surveys.imported', { version: saved.version }));
    return c.redirect(`/staff/surveys/${id}#questions`, 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    c.status(422);
    return renderSurvey(c, id, { importForm: { values: {}, errors: problemsByField(error.fields) } });
  }
});

// ---- The question editor ----

async function renderEditor(c: AppContext, id: string, forms: { form?: FormState; changeForm?: FormState } = {}) {
  const { survey, definition } = await surveysService.getSurvey(serviceContext(c), id);
  const form = forms.form ?? { values: { section: String(definition.sections.length - 1), kind: 'single', showIfOperator: 'equals' }, errors: {} };
  return c.html(<QuestionEditorPage page={pageContext(c)} survey={survey} definition={definition} form={form} changeForm={forms.changeForm ?? { values: {}, errors: {} }} />);
}

function versionFlash(c: AppContext, saved: { version: number; newVersion: boolean }, key: string) {
  setFlash(c, saved.newVersion ? messageWithParams('surveys.editor.newVersion', { version: saved.version }) : key);
}

surveyRoutes.get('/staff/surveys/:id/questions/edit', managers, (c) => renderEditor(c, recordId(c.req.param('id'))));

surveyRoutes.post('/staff/surveys/:id/questions/add', managers, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    questionFormInput,
    async (input) => {
      versionFlash(c, await surveysService.addQuestion(serviceContext(c), id, input), 'surveys.editor.added');
      return c.redirect(`/staff/surveys/${id}/questions/edit`, 303);
    },
    (form) => renderEditor(c, id, { form }),
  );
});

surveyRoutes.post('/staff/surveys/:id/questions/:name', managers, async (c) => {
  const id = recordId(c.req.param('id'));
  const name = questionName.safeParse(c.req.param('name'));
  const change = z.enum(['up', 'down', 'remove']).safeParse((await c.req.parseBody()).change);
  if (!name.success || !change.success) throw new Invalid([{ path: 'change', message: 'validation.choice' }], { status: 400 });
  try {
    versionFlash(c, await surveysService.changeQuestion(serviceContext(c), id, name.data, change.data), 'surveys.editor.changed');
    return c.redirect(`/staff/surveys/${id}/questions/edit`, 303);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    c.status(422);
    return renderEditor(c, id, { changeForm: { values: {}, errors: problemsByField(error.fields) } });
  }
});

// ---- Answers typed by staff: the phone screen and the paper / visit entry ----

async function renderCall(c: AppContext, surveyId: string, targetId: string, form?: FormState, submissionKey?: string) {
  const ctx = serviceContext(c);
  const sheet = await surveysService.getCallSheet(ctx, surveyId, targetId);
  const values = form?.values ?? (sheet.draft ? answerFormValues(sheet.definition, sheet.draft.answers) : {});
  return c.html(
    <EntryPage
      mode="phone"
      page={pageContext(c)}
      survey={sheet.survey}
      definition={sheet.definition}
      target={sheet.target}
      form={{ values, errors: form?.errors ?? {} }}
      districts={await activeDistricts(c)}
      submissionKey={submissionKey ?? sheet.draft?.submissionKey ?? randomToken()}
      scriptSrc={surveyScriptSrc}
    />,
  );
}

surveyRoutes.get('/staff/surveys/:id/targets/:targetId/call', readers, (c) => renderCall(c, recordId(c.req.param('id')), recordId(c.req.param('targetId'))));

/** Saves what a staff form sent; a refused form comes back with what was typed and a message beside each question. */
async function saveEntry(c: AppContext, surveyId: string, targetId: string | null, body: Body, rerender: (form: FormState, key: string) => Promise<Response>) {
  const meta = responseMeta.safeParse(body);
  const key = typeof body.submissionKey === 'string' ? body.submissionKey : randomToken();
  const values = formValues(body);
  if (!meta.success) {
    c.status(422);
    return { response: await rerender({ values, errors: { method: 'validation.choice' } }, key) };
  }
  try {
    return { saved: await surveysService.saveStaffResponse(serviceContext(c), surveyId, targetId, meta.data, body), meta: meta.data };
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    c.status(422);
    return { response: await rerender({ values, errors: problemsByField(error.fields) }, key) };
  }
}

surveyRoutes.post('/staff/surveys/:id/targets/:targetId/call', readers, async (c) => {
  const surveyId = recordId(c.req.param('id'));
  const targetId = recordId(c.req.param('targetId'));
  const body = await readBody(c);
  const result = await saveEntry(c, surveyId, targetId, body, (form, key) => renderCall(c, surveyId, targetId, form, key));
  if (result.response) return result.response;
  // The page's own script saves drafts in the background and only needs to know it worked.
  if (c.req.header('x-survey-autosave') === '1') return c.json({ saved: result.saved.status });
  if (result.meta.draft === '1') {
    setFlash(c, 'surveys.draftSaved');
    return c.redirect(`/staff/surveys/${surveyId}/targets/${targetId}/call`, 303);
  }
  const targets = await surveysService.findTargets(serviceContext(c), surveyId);
  const target = targets.find((x) => x.id === targetId);
  setFlash(c, result.saved.repeated ? 'surveys.alreadySaved' : messageWithParams('surveys.outcomeSaved', { name: target?.name ?? '' }));
  const next = targets.find((x) => x.status === 'pending' && x.id !== targetId);
  return c.redirect(next ? `/staff/surveys/${surveyId}/targets/${next.id}/call` : `/staff/surveys/${surveyId}#targets`, 303);
});

async function renderEntry(c: AppContext, surveyId: string, form?: FormState, submissionKey?: string) {
  const ctx = serviceContext(c);
  const { survey, definition } = await surveysService.getSurvey(ctx, surveyId);
  const targets = survey.audience === 'organisations' ? await surveysService.findTargets(ctx, surveyId) : [];
  const methods = survey.methods.filter((m) => m !== 'web');
  return c.html(
    <EntryPage
      mode="entry"
      page={pageContext(c)}
      survey={survey}
      definition={definition}
      targets={targets}
      methods={methods}
      form={form ?? { values: { method: methods.includes('paper') ? 'paper' : (methods[0] ?? '') }, errors: {} }}
      districts={await activeDistricts(c)}
      submissionKey={submissionKey ?? randomToken()}
      scriptSrc={surveyScriptSrc}
    />,
  );
}

surveyRoutes.get('/staff/surveys/:id/entry', readers, (c) => renderEntry(c, recordId(c.req.param('id'))));

surveyRoutes.post('/staff/surveys/:id/entry', readers, async (c) => {
  const surveyId = recordId(c.req.param('id'));
  const body = await readBody(c);
  const targetId = typeof body.targetId === 'string' && body.targetId !== '' ? recordId(body.targetId) : null;
  const result = await saveEntry(c, surveyId, targetId, { ...body, outcome: 'answered', draft: '' }, (form, key) => renderEntry(c, surveyId, form, key));
  if (result.response) return result.response;
  setFlash(c, result.saved.repeated ? 'surveys.alreadySaved' : 'surveys.answerSaved');
  return c.redirect(`/staff/surveys/${surveyId}/entry`, 303);
});

// ---- Results ----

surveyRoutes.get('/staff/surveys/:id/export', readers, async (c) => {
  const format = exportFormat.safeParse(c.req.query('format') ?? 'xlsx');
  if (!format.success) throw new Invalid([{ path: 'format', message: 'validation.choice' }], { status: 400 });
  const file = await resultsService.exportResponses(serviceContext(c), recordId(c.req.param('id')), format.data, pageContext(c).t);
  return c.body(new Uint8Array(file.body), 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="survey.${file.extension}"; filename*=UTF-8''${encodeURIComponent(`${file.title}_回答.${file.extension}`)}`,
  });
});

surveyRoutes.get('/staff/surveys/:id/results', readers, async (c) => {
  const ctx = serviceContext(c);
  const page = pageContext(c);
  const data = await resultsService.surveyResults(ctx, recordId(c.req.param('id')), {
    question: c.req.query('question') ?? null,
    by: c.req.query('by') ?? 'respondentGroup',
    publicView: c.req.query('public') === '1',
    t: page.t,
  });
  return c.html(<ResultsPage page={page} {...data} />);
});
