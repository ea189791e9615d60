import { Hono } from 'hono';
import * as surveyResults from '../surveys/results-service.ts';
import { z } from 'zod';
import { requireRole } from '../../platform/auth/permissions.ts';
import { Conflict } from '../../platform/errors/app-error.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import { japanToday } from '../../platform/context/service-context.ts';
import * as areasService from '../areas/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import { issueChoices, renderIssueDetail } from './detail-page.tsx';
import * as outcomesService from './outcomes/service.ts';
import * as issuesService from './service.ts';
import { escalationInput, issueInput, issueListQuery, outcomeInput, updateInput } from './validation.ts';
import type { DetailForms } from './views/IssueDetailPage.tsx';
import { IssueEditPage, issueFormValues } from './views/IssueEditPage.tsx';
import { IssueListPage } from './views/IssueListPage.tsx';

const surveyResultQuery = z.object({ fromSurvey: z.uuid().optional(), question: z.string().max(64).optional() });

export const localIssueRoutes = new Hono<AppEnv>();

// Every staff role reads the register; coordinators change the issues of their areas, admins all (the service decides).
const readers = requireRole('admin', 'coordinator', 'staff');
const managers = requireRole('admin', 'coordinator');

localIssueRoutes.get('/staff/local-issues', readers, async (c) => {
  const ctx = serviceContext(c);
  const query = issueListQuery.parse(c.req.query());
  const [issues, areas, helpTypes, councils] = await Promise.all([issuesService.findIssues(ctx, query), areasService.findAllAreas(ctx), volunteersService.findHelpTypes(ctx), issuesService.findCouncils(ctx)]);
  return c.html(<IssueListPage page={pageContext(c)} issues={issues} query={query} areas={areas} helpTypes={helpTypes} councils={councils} canCreate={ctx.actor?.role !== 'staff'} />);
});

/**
 * A survey's result the coordinator wants to act on: its results page links
 * here with the survey and the question, and the new issue starts from them.
 */
async function fromSurveyResult(c: AppContext): Promise<Record<string, string>> {
  const query = surveyResultQuery.safeParse(c.req.query());
  if (!query.success || !query.data.fromSurvey) return {};
  const summary = await surveyResults.resultSummary(serviceContext(c), query.data.fromSurvey, query.data.question ?? '', pageContext(c).t);
  return summary ? { source: 'needs_survey', sourceSurveyId: query.data.fromSurvey, title: summary.title, description: summary.description } : {};
}

async function renderEdit(c: AppContext, issue: issuesService.IssueDetail | null, form?: FormState) {
  const ctx = serviceContext(c);
  const [choices, allAreas, helpTypes] = await Promise.all([issueChoices(c, [issue?.sourceMeetingId ?? null, form?.values.sourceMeetingId ?? null]), areasService.findAllAreas(ctx), volunteersService.findHelpTypes(ctx)]);
  const areas = ctx.actor?.role === 'admin' ? allAreas : allAreas.filter((a) => ctx.actor?.areaIds.includes(a.id) || issue?.areaIds.includes(a.id));
  const initial = issue ? issueFormValues(issue) : { raisedOn: japanToday(ctx.now), source: 'council_meeting', status: 'identified', ownerId: ctx.actor?.id ?? '', ...(await fromSurveyResult(c)) };
  return c.html(
    <IssueEditPage page={pageContext(c)} issue={issue} form={form ?? { values: initial, errors: {} }} areas={areas} helpTypes={helpTypes} councils={choices.councilChoices} meetings={choices.meetingChoices} owners={choices.ownerChoices} />,
  );
}

// Someone else saved first: show the form again with what this person typed, the newer version to save over knowingly, and why.
async function onConflict(c: AppContext, error: unknown, render: (form: FormState) => Response | Promise<Response>, values: Record<string, string>, version: number) {
  if (!(error instanceof Conflict)) throw error;
  c.status(409);
  return render({ values: { ...values, version: String(version) }, errors: { version: error.messageKey } });
}

async function formValuesOf(c: AppContext): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: true });
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('\n') : typeof v === 'string' ? v : '']));
}

localIssueRoutes.get('/staff/local-issues/new', managers, (c) => renderEdit(c, null));

localIssueRoutes.post('/staff/local-issues', managers, async (c) =>
  handleFormSubmission(
    c,
    issueInput,
    async (input) => {
      const issue = await issuesService.createIssue(serviceContext(c), input);
      setFlash(c, 'localIssues.saved');
      return c.redirect(`/staff/local-issues/${issue.id}`, 303);
    },
    (form) => renderEdit(c, null, form),
  ),
);

localIssueRoutes.get('/staff/local-issues/:id', readers, (c) => renderIssueDetail(c, recordId(c.req.param('id'))));

localIssueRoutes.get('/staff/local-issues/:id/edit', managers, async (c) => renderEdit(c, await issuesService.getIssueToManage(serviceContext(c), recordId(c.req.param('id')))));

localIssueRoutes.post('/staff/local-issues/:id', managers, async (c) => {
  const ctx = serviceContext(c);
  const issue = await issuesService.getIssueToManage(ctx, recordId(c.req.param('id')));
  const render = (form: FormState) => renderEdit(c, issue, form);
  return handleFormSubmission(
    c,
    issueInput,
    async (input) => {
      try {
        await issuesService.updateIssue(ctx, issue.id, input);
      } catch (error) {
        return onConflict(c, error, render, await formValuesOf(c), issue.version);
      }
      setFlash(c, 'localIssues.saved');
      return c.redirect(`/staff/local-issues/${issue.id}`, 303);
    },
    render,
  );
});

// The detail page's own forms: each shows the page again with its own values and messages when refused.
// Each checks who may act before reading the form, so a refusal never depends on what was typed.
function detailForm<T extends z.ZodType>(path: string, schema: T, formName: keyof DetailForms, action: (c: AppContext, id: string, input: z.output<T>) => Promise<unknown>, flash: string) {
  localIssueRoutes.post(path, managers, async (c) => {
    const id = recordId(c.req.param('id')!);
    if (formName === 'answer') await issuesService.assertCanAnswer(serviceContext(c), id);
    else await issuesService.getIssueToManage(serviceContext(c), id);
    const render = (form: FormState) => renderIssueDetail(c, id, { [formName]: form });
    return handleFormSubmission(
      c,
      schema,
      async (input) => {
        try {
          await action(c, id, input);
        } catch (error) {
          const current = await issuesService.getIssue(serviceContext(c), id);
          return onConflict(c, error, render, await formValuesOf(c), current.version);
        }
        setFlash(c, flash);
        return c.redirect(`/staff/local-issues/${id}`, 303);
      },
      render,
    );
  });
}

detailForm('/staff/local-issues/:id/updates', updateInput, 'update', (c, id, input) => issuesService.addUpdate(serviceContext(c), id, input), 'localIssues.updateSaved');
detailForm('/staff/local-issues/:id/raise', escalationInput, 'raise', (c, id, input) => issuesService.raiseIssue(serviceContext(c), id, input), 'localIssues.raised');
detailForm('/staff/local-issues/:id/answer', escalationInput, 'answer', (c, id, input) => issuesService.answerIssue(serviceContext(c), id, input), 'localIssues.answered');
detailForm('/staff/local-issues/:id/outcomes', outcomeInput, 'outcome', (c, id, input) => outcomesService.addOutcome(serviceContext(c), id, input), 'localIssues.outcomeSaved');

localIssueRoutes.post('/staff/local-issues/:id/outcomes/:outcomeId/delete', managers, async (c) => {
  const id = recordId(c.req.param('id'));
  await outcomesService.removeOutcome(serviceContext(c), id, recordId(c.req.param('outcomeId')));
  setFlash(c, 'localIssues.outcomeRemoved');
  return c.redirect(`/staff/local-issues/${id}`, 303);
});
