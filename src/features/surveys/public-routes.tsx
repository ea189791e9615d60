import { Hono } from 'hono';
import { randomToken } from '../../platform/auth/tokens.ts';
import { Invalid } from '../../platform/errors/app-error.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { publicFormLimit } from '../../platform/http/public-form-limit.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import { problemsByField } from '../../platform/validation/problems.ts';
import { answerField, answerFormValues, matrixKey, otherKey, readAnswers } from './answers.ts';
import { surveyScriptSrc } from './assets.ts';
import { allQuestions, visibleQuestions, type Answers, type Question } from './definition.ts';
import * as surveysService from './service.ts';
import { PublicConfirmPage, PublicNoticePage, PublicSurveyPage } from './views/PublicSurveyPage.tsx';

// The public questionnaire of a residents' survey, one section per page, so
// skip logic works without JavaScript: each page shows only the questions
// that the answers of the earlier pages call for. Nothing is saved before 「送信」.
export const publicSurveyRoutes = new Hono<AppEnv>();

type Body = Record<string, string | string[]>;
const tokenPattern = /^[A-Za-z0-9_-]{20,64}$/;

function token(c: AppContext): string {
  const value = c.req.param('token') ?? '';
  if (!tokenPattern.test(value)) throw new Invalid([{ path: 'token', message: 'validation.invalid' }], { status: 400 });
  return value;
}

/** Hidden fields for the answers not on this page, so the next post carries them. */
function carriedFields(found: surveysService.PublicSurvey, answers: Answers, except: Question[]): [string, string][] {
  const skip = new Set(except.map((q) => q.name));
  const kept: Answers = Object.fromEntries(Object.entries(answers).filter(([key]) => !skip.has(key.split('.')[0]!)));
  return Object.entries(answerFormValues(found.definition, kept)).flatMap(([name, value]) => value.split('\n').map((v) => [name, v] as [string, string]));
}

function questionsOfStep(found: surveysService.PublicSurvey, step: number, answers: Answers): Question[] {
  const visible = new Set(visibleQuestions(found.definition, answers).map((q) => q.name));
  return (found.definition.sections[step]?.questions ?? []).filter((q) => visible.has(q.name));
}

/** The next page at or after `from` (or before, going back) with a question to ask; -1 past the end. */
function stepWithQuestions(found: surveysService.PublicSurvey, from: number, direction: 1 | -1, answers: Answers): number {
  for (let step = from; step >= 0 && step < found.definition.sections.length; step += direction) if (questionsOfStep(found, step, answers).length > 0) return step;
  return direction === 1 ? -1 : 0;
}

function renderStep(c: AppContext, found: surveysService.PublicSurvey, step: number, answers: Answers, submissionKey: string, errors: Record<string, string> = {}) {
  const questions = questionsOfStep(found, step, answers);
  const values = answerFormValues(found.definition, answers);
  return c.html(
    <PublicSurveyPage
      page={pageContext(c)}
      found={found}
      step={step}
      steps={found.definition.sections.length}
      questions={questions}
      form={{ values, errors }}
      carried={carriedFields(found, answers, questions)}
      submissionKey={submissionKey}
      scriptSrc={surveyScriptSrc}
    />,
  );
}

function answerText(c: AppContext, found: surveysService.PublicSurvey, q: Question, answers: Answers): string {
  const t = pageContext(c).t;
  const label = (value: string) => {
    if (value === 'other') return `${t('surveys.answer.other')}（${String(answers[otherKey(q.name)] ?? '')}）`;
    if (q.kind === 'single' || q.kind === 'multiple') return q.choices.find((x) => x.name === value)?.label ?? value;
    if (q.kind === 'yesno') return t(value === 'yes' ? 'surveys.answer.yes' : 'surveys.answer.no');
    if (q.kind === 'district') return found.districts.find((d) => d.id === value)?.name ?? value;
    return value;
  };
  if (q.kind === 'matrix') return q.items.map((item) => `${item.label}: ${q.scale.find((s) => s.name === answers[matrixKey(q.name, item.name)])?.label ?? t('surveys.noAnswer')}`).join('、');
  const v = answers[q.name];
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map(label).join('、');
  return q.kind === 'number' && q.unit ? `${v} ${q.unit}` : label(String(v));
}

function notice(c: AppContext, found: surveysService.PublicSurvey, kind: 'thanks' | 'closed' | 'notYet') {
  // A closed survey is gone for good; one not yet open will be there.
  if (kind === 'closed') c.status(410);
  return c.html(<PublicNoticePage page={pageContext(c)} found={found} kind={kind} />);
}

publicSurveyRoutes.get('/surveys/:token', async (c) => {
  const found = await surveysService.findPublicSurvey(serviceContext(c), token(c));
  if (found.state !== 'open') return notice(c, found, found.state);
  return renderStep(c, found, stepWithQuestions(found, 0, 1, {}), {}, randomToken());
});

publicSurveyRoutes.get('/surveys/:token/thanks', async (c) => {
  const found = await surveysService.findPublicSurvey(serviceContext(c), token(c));
  return notice(c, found, 'thanks');
});

publicSurveyRoutes.post('/surveys/:token', publicFormLimit('survey'), async (c) => {
  const ctx = serviceContext(c);
  const found = await surveysService.findPublicSurvey(ctx, token(c));
  if (found.state !== 'open') return notice(c, found, found.state);
  const body: Body = {};
  for (const [key, value] of Object.entries(await c.req.parseBody({ all: true }))) if (typeof value === 'string' || Array.isArray(value)) body[key] = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : value;
  const submissionKey = typeof body.submissionKey === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(body.submissionKey) ? body.submissionKey : randomToken();
  const intent = typeof body.intent === 'string' ? body.intent : 'next';
  const sections = found.definition.sections.length;
  const step = Math.min(Math.max(Number(body.step) || 0, 0), sections - 1);
  const districtIds = found.districts.map((d) => d.id);
  const read = readAnswers(found.definition, body, { districtIds, draft: true });

  if (intent === 'back' || intent === 'edit') {
    const to = intent === 'edit' ? stepWithQuestions(found, sections - 1, -1, read.answers) : stepWithQuestions(found, step - 1, -1, read.answers);
    return renderStep(c, found, to, read.answers, submissionKey);
  }
  if (intent === 'send') {
    try {
      await surveysService.submitPublicResponse(ctx, found.survey.publicToken, body, submissionKey);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const complete = readAnswers(found.definition, body, { districtIds });
      const first = complete.problems[0];
      if (!first) throw error;
      const at = found.definition.sections.findIndex((s) => s.questions.some((q) => answerField(q.name) === first.path));
      c.status(422);
      return renderStep(c, found, Math.max(at, 0), read.answers, submissionKey, problemsByField(complete.problems.filter((p) => found.definition.sections[Math.max(at, 0)]!.questions.some((q) => answerField(q.name) === p.path))));
    }
    return c.redirect(`/surveys/${found.survey.publicToken}/thanks`, 303);
  }

  // 「次へ」: this page's answers must be complete before the next page.
  const onPage = questionsOfStep(found, step, read.answers);
  const complete = readAnswers(found.definition, body, { districtIds });
  const problems = [...read.problems, ...complete.problems].filter((p) => onPage.some((q) => answerField(q.name) === p.path));
  if (problems.length > 0) {
    c.status(422);
    return renderStep(c, found, step, read.answers, submissionKey, problemsByField(problems));
  }
  const next = stepWithQuestions(found, step + 1, 1, read.answers);
  if (next !== -1) return renderStep(c, found, next, read.answers, submissionKey);
  const numbers = new Map(allQuestions(found.definition).map((q, i) => [q.name, i + 1]));
  const shown = visibleQuestions(found.definition, read.answers).map((q) => ({ label: `${numbers.get(q.name)}. ${q.label}`, answer: answerText(c, found, q, read.answers) }));
  return c.html(<PublicConfirmPage page={pageContext(c)} found={found} shown={shown} carried={carriedFields(found, read.answers, [])} submissionKey={submissionKey} lastStep={step} />);
});
