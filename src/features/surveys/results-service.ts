import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertRole } from '../../platform/auth/permissions.ts';
import { excelCsv, excelCsvContentType, type ExcelEncoding } from '../../platform/csv/excel-csv.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import type { Translate } from '../../platform/i18n/i18n.ts';
import * as areasService from '../areas/service.ts';
import { allQuestions, type Question } from './definition.ts';
import { categoriesOf, crossTabulate, percent, tabulate, type Category, type CrossTab, type Labels, type QuestionResult, type Respondent } from './results.ts';
import { surveyResponses } from './schema.ts';
import { responseTable, responseWorkbook } from './export.ts';
import * as surveysService from './service.ts';
import { respondentGroup, respondentTypes, surveyMethods } from './vocabulary.ts';

/** Below this, a count made public shows as 「＜10」, as municipal tabulations do. */
export const publicThreshold = 10;

/** Submitted answers per survey, for lists. */
export async function countResponses(ctx: ServiceContext, ids: string[]): Promise<Map<string, number>> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ surveyId: surveyResponses.surveyId, n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, ctx.tenantId), inArray(surveyResponses.surveyId, ids), eq(surveyResponses.status, 'submitted')))
    .groupBy(surveyResponses.surveyId);
  return new Map(rows.map((r) => [r.surveyId, Number(r.n)]));
}

const crossableKinds = new Set(['single', 'multiple', 'yesno', 'scale', 'district']);

type Options = { question: string | null; by: string; publicView: boolean; t: Translate };

/** Everything the results page shows: totals, per-question counts, indicators and one cross-tabulation. */
export async function surveyResults(ctx: ServiceContext, id: string, options: Options) {
  const { t } = options;
  const { survey, definition } = await surveysService.getSurvey(ctx, id);
  const [{ responses }, areas] = await Promise.all([surveysService.findSubmitted(ctx, id), areasService.findAllAreas(ctx)]);
  const respondents: Respondent[] = responses.map((r) => ({ answers: r.answers, respondentType: r.respondentType, areaId: r.areaId, method: r.method, version: r.version }));
  const labels: Labels = { yes: t('surveys.answer.yes'), no: t('surveys.answer.no'), other: t('surveys.answer.other'), districts: new Map(areas.filter((a) => a.tier === 2).map((a) => [a.id, a.name])) };
  const tabulated = tabulate(definition, respondents, labels);
  const byMethod = surveyMethods.map((m) => ({ label: t(`surveys.method.${m}`), count: respondents.filter((r) => r.method === m).length })).filter((x) => x.count > 0);
  const versions = [...new Set(respondents.map((r) => r.version))].sort((a, b) => a - b);
  const byVersion = versions.map((v) => ({ label: t('surveys.versionN', { version: v }), count: respondents.filter((r) => r.version === v).length }));

  const crossable = allQuestions(definition).filter((q) => crossableKinds.has(q.kind));
  const byOptions = [
    { value: 'respondentGroup', label: t('surveys.crossBy.respondentGroup') },
    { value: 'respondentType', label: t('surveys.crossBy.respondentType') },
    { value: 'area', label: t('surveys.crossBy.area') },
    ...crossable.map((q) => ({ value: `question:${q.name}`, label: t('surveys.crossByQuestion', { label: q.label }) })),
  ];
  const chosen = crossable.find((q) => q.name === options.question) ?? crossable[0];
  const by = byOptions.some((o) => o.value === options.by) ? options.by : 'respondentGroup';
  let cross: { choice: { question: string; by: string }; table: CrossTab | null } | null = null;
  if (chosen) cross = { choice: { question: chosen.name, by }, table: crossBy(chosen, by, respondents, labels, t, definition.sections.flatMap((s) => s.questions)) };
  const questions: QuestionResult[] = tabulated.questions;
  return { canRaise: ctx.actor?.role === 'admin' || ctx.actor?.role === 'coordinator', survey, n: respondents.length, byMethod, byVersion, questions, indicators: tabulated.indicators, crossable, byOptions, cross, threshold: options.publicView ? publicThreshold : null };
}

function crossBy(q: Question, by: string, respondents: Respondent[], labels: Labels, t: Translate, questions: Question[]): CrossTab | null {
  if (by === 'respondentGroup') {
    const groups = [...new Set(respondentTypes.map(respondentGroup))].filter((g) => respondents.some((r) => respondentGroup(r.respondentType) === g));
    return crossTabulate(q, respondents, (r) => [respondentGroup(r.respondentType)], groups.map((g) => ({ key: g, label: t(`surveys.respondent.${g}`) })), labels);
  }
  if (by === 'respondentType') {
    const types = respondentTypes.filter((type) => respondents.some((r) => r.respondentType === type));
    return crossTabulate(q, respondents, (r) => [r.respondentType], types.map((type) => ({ key: type, label: t(`surveys.respondent.${type}`) })), labels);
  }
  if (by === 'area') {
    const rows: Category[] = [...labels.districts].map(([key, label]) => ({ key, label })).filter((c) => respondents.some((r) => r.areaId === c.key));
    if (respondents.some((r) => !r.areaId || !labels.districts.has(r.areaId))) rows.push({ key: '', label: t('surveys.unknownArea') });
    return crossTabulate(q, respondents, (r) => [r.areaId && labels.districts.has(r.areaId) ? r.areaId : ''], rows, labels);
  }
  const other = questions.find((x) => `question:${x.name}` === by);
  const rows = other ? categoriesOf(other, labels) : null;
  if (!other || !rows) return null;
  return crossTabulate(q, respondents, (r) => {
    const v = r.answers[other.name];
    return Array.isArray(v) ? v : v === undefined || v === null ? [] : [String(v)];
  }, rows, labels);
}

/** A result in words, to start a 地域課題 from: the answer most often given, and every count with its share. */
export async function resultSummary(ctx: ServiceContext, id: string, questionName: string, t: Translate): Promise<{ title: string; description: string } | null> {
  const { survey, definition } = await surveysService.getSurvey(ctx, id);
  const q = allQuestions(definition).find((x) => x.name === questionName);
  if (!q) return null;
  const { responses } = await surveysService.findSubmitted(ctx, id);
  const respondents = responses.map((r) => ({ answers: r.answers, respondentType: r.respondentType, areaId: r.areaId, method: r.method, version: r.version }));
  const areas = await areasService.findAllAreas(ctx);
  const labels: Labels = { yes: t('surveys.answer.yes'), no: t('surveys.answer.no'), other: t('surveys.answer.other'), districts: new Map(areas.map((a) => [a.id, a.name])) };
  const result = tabulate({ sections: [{ title: '', questions: [q] }], indicators: [] }, respondents, labels).questions[0]!;
  if (result.kind !== 'choices') return { title: q.label.slice(0, 200), description: t('surveys.issueFromResult', { survey: survey.title, n: result.n, question: q.label, counts: '' }) };
  const top = [...result.bars].sort((a, b) => b.count - a.count)[0];
  const counts = result.bars.map((b) => t('surveys.issueCount', { label: b.label, count: b.count, percent: percent(b.count, result.n) })).join('、');
  return {
    title: (top ? t('surveys.issueTitle', { label: top.label, survey: survey.title }) : q.label).slice(0, 200),
    description: t('surveys.issueFromResult', { survey: survey.title, n: result.n, question: q.label, counts }).slice(0, 4000),
  };
}

export type ExportFormat = 'xlsx' | ExcelEncoding;

/** Every submitted response as XLSX (data and codebook) or CSV for Excel; the export is recorded as a read. */
export async function exportResponses(ctx: ServiceContext, id: string, format: ExportFormat, t: Translate): Promise<{ title: string; body: Buffer; contentType: string; extension: string }> {
  const { survey, definition } = await surveysService.getSurvey(ctx, id);
  const [{ responses }, areas, targets] = await Promise.all([surveysService.findSubmitted(ctx, id), areasService.findAllAreas(ctx), surveysService.findTargets(ctx, id)]);
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const targetName = new Map(targets.map((x) => [x.id, x.name]));
  const labels: Labels = { yes: t('surveys.answer.yes'), no: t('surveys.answer.no'), other: t('surveys.answer.other'), districts: new Map(areas.filter((a) => a.tier === 2).map((a) => [a.id, a.name])) };
  const table = responseTable(
    definition,
    responses.map((r, i) => ({
      number: i + 1,
      submittedAt: r.submittedAt ? japanDateTime(r.submittedAt) : '',
      method: t(`surveys.method.${r.method}`),
      respondentType: r.respondentType ? t(`surveys.respondent.${r.respondentType}`) : '',
      area: r.areaId ? (areaName.get(r.areaId) ?? '') : '',
      target: r.targetId ? (targetName.get(r.targetId) ?? '') : '',
      version: r.version,
      answers: r.answers,
    })),
    labels,
    {
      header: ['export.number', 'export.submittedAt', 'export.method', 'export.respondentType', 'export.area', 'export.target', 'export.version'].map((k) => t(`surveys.${k}`)),
      codebookHeader: ['export.column', 'export.label', 'export.kind', 'export.code', 'export.codeLabel'].map((k) => t(`surveys.${k}`)),
      indicator: t('surveys.export.indicator'),
    },
  );
  await recordAudit(ctx, ctx.db, { action: 'export', entityType: 'survey_response', entityId: id, after: { rows: table.rows.length, format } });
  if (format === 'xlsx') {
    const body = await responseWorkbook(table, { data: t('surveys.export.dataSheet'), codebook: t('surveys.export.codebookSheet') });
    return { title: survey.title, body, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
  }
  return { title: survey.title, body: excelCsv([table.header, ...table.rows], format), contentType: excelCsvContentType(format), extension: 'csv' };
}

// 2026-05-28 10:15, Japan time: what a spreadsheet sorts and reads.
const japanDateTimeFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
function japanDateTime(at: Date): string {
  return japanDateTimeFormat.format(at);
}
