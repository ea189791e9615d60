import { recordAudit } from '../../platform/audit/audit.ts';
import { randomToken } from '../../platform/auth/tokens.ts';
import { assertRole, canManageArea } from '../../platform/auth/permissions.ts';
import { japanToday, type ServiceContext } from '../../platform/context/service-context.ts';
import { Forbidden, Invalid, NotFound } from '../../platform/errors/app-error.ts';
import { messageWithParams } from '../../platform/validation/fields.ts';
import * as areasService from '../areas/service.ts';
import { readAnswers } from './answers.ts';
import { changesMeaning, checkDefinition, surveyDefinition, type SurveyDefinition } from './definition.ts';
import * as repository from './repository.ts';
import type { SurveyResponseRow, SurveyRow, SurveyTargetRow } from './repository.ts';
import { questionFromForm, type QuestionFormInput } from './question-form.ts';
import { templateDefinitions } from './templates.ts';
import type { NewSurveyInput, ResponseMeta, SurveyInput, TargetInput } from './validation.ts';
import { targetStatusOfOutcome, type SurveyMethod } from './vocabulary.ts';
import { fromXlsForm } from './xlsform.ts';
import { readXlsFormWorkbook } from './xlsform-workbook.ts';

export type { SurveyResponseRow, SurveyRow, SurveyTargetRow };
export type SurveyWithQuestions = { survey: SurveyRow; definition: SurveyDefinition };

/** Admins manage every survey; a coordinator those of their areas. A whole-city survey is the office's. */
export function canManageSurvey(actor: ServiceContext['actor'], survey: Pick<SurveyRow, 'areaId'>): boolean {
  if (actor?.role === 'admin') return true;
  return survey.areaId !== null && canManageArea(actor, survey.areaId);
}

function assertManage(ctx: ServiceContext, survey: Pick<SurveyRow, 'areaId'>): void {
  if (!canManageSurvey(ctx.actor, survey)) throw new Forbidden();
}

function assertAreaChoice(ctx: ServiceContext, areaId: string): void {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  if (actor.role === 'admin') return;
  if (areaId === '' || !actor.areaIds.includes(areaId)) throw new Invalid([{ path: 'areaId', message: 'surveys.ownAreaOnly' }]);
}

export async function findSurveys(ctx: ServiceContext): Promise<SurveyRow[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return repository.selectSurveys(ctx.db, ctx.tenantId);
}

/** A survey with the questions of its current version; staff read every survey, as for councils. */
export async function getSurvey(ctx: ServiceContext, id: string): Promise<SurveyWithQuestions> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const survey = await repository.selectSurvey(ctx.db, ctx.tenantId, id);
  if (!survey) throw new NotFound();
  const definition = await repository.selectDefinition(ctx.db, ctx.tenantId, id, survey.currentVersion);
  if (!definition) throw new NotFound();
  return { survey, definition };
}

export async function createSurvey(ctx: ServiceContext, input: NewSurveyInput): Promise<SurveyRow> {
  assertAreaChoice(ctx, input.areaId);
  const { template, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    const survey = await repository.insertSurvey(tx, ctx.tenantId, { ...fields, areaId: fields.areaId || null, publicToken: randomToken(), createdBy: ctx.actor!.id }, templateDefinitions[template]);
    await recordAudit(ctx, tx, { action: 'create', entityType: 'survey', entityId: survey.id, after: { ...survey, template } });
    return survey;
  });
}

export async function updateSurvey(ctx: ServiceContext, id: string, input: SurveyInput): Promise<SurveyRow> {
  const { survey } = await getSurvey(ctx, id);
  assertManage(ctx, survey);
  assertAreaChoice(ctx, input.areaId);
  return ctx.db.transaction(async (tx) => {
    const row = await repository.updateSurveyRow(tx, ctx.tenantId, id, { ...input, areaId: input.areaId || null });
    await recordAudit(ctx, tx, { action: 'update', entityType: 'survey', entityId: id, before: survey, after: row });
    return row!;
  });
}

/**
 * Saves a new question list. Checked first (skip logic only backwards, names
 * once …). Once answers exist, a change of meaning starts the next version so
 * the answers keep the wording they were given under; other edits stay in place.
 */
export async function saveQuestions(ctx: ServiceContext, id: string, definition: SurveyDefinition): Promise<{ version: number; newVersion: boolean }> {
  const current = await getSurvey(ctx, id);
  assertManage(ctx, current.survey);
  const problems = checkDefinition(definition);
  if (problems.length > 0) throw new Invalid(problems.map((p) => ({ path: 'questions', message: p.params ? messageWithParams(p.message, p.params) : p.message })));
  return ctx.db.transaction(async (tx) => {
    const answered = (await repository.countSubmitted(tx, ctx.tenantId, id)) > 0;
    const asNew = answered && changesMeaning(current.definition, definition);
    const version = asNew ? current.survey.currentVersion + 1 : current.survey.currentVersion;
    await repository.saveDefinition(tx, ctx.tenantId, id, version, definition, asNew);
    await recordAudit(ctx, tx, { action: 'update', entityType: 'survey_questions', entityId: id, after: { version, newVersion: asNew } });
    return { version, newVersion: asNew };
  });
}

/** Replaces the questions with those of an XLSForm-style workbook; what it could not read is refused by row. */
export async function importQuestions(ctx: ServiceContext, id: string, bytes: Uint8Array): Promise<{ version: number; newVersion: boolean }> {
  const form = await readXlsFormWorkbook(bytes);
  if (!form) throw new Invalid([{ path: 'file', message: 'surveys.notXlsForm' }]);
  const read = fromXlsForm(form);
  if (read.problems.length > 0) throw new Invalid(read.problems.map((p) => ({ path: 'file', message: messageWithParams(p.message, { ...p.params, row: p.path }) })));
  const parsed = surveyDefinition.safeParse(read.definition);
  if (!parsed.success) throw new Invalid([{ path: 'file', message: 'surveys.notXlsForm' }]);
  return saveQuestions(ctx, id, parsed.data);
}

export async function addTargets(ctx: ServiceContext, id: string, targets: TargetInput[]): Promise<number> {
  const { survey } = await getSurvey(ctx, id);
  assertManage(ctx, survey);
  if (survey.audience !== 'organisations') throw new Invalid([{ path: 'lines', message: 'surveys.targetsForOrganisations' }]);
  return ctx.db.transaction(async (tx) => {
    const count = await repository.insertTargets(tx, ctx.tenantId, id, targets.map((t) => ({ name: t.name, respondentType: t.respondentType, phone: t.phone, areaId: t.areaId || survey.areaId })));
    await recordAudit(ctx, tx, { action: 'create', entityType: 'survey_targets', entityId: id, after: { count } });
    return count;
  });
}

export async function findTargets(ctx: ServiceContext, id: string): Promise<SurveyTargetRow[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return repository.selectTargets(ctx.db, ctx.tenantId, id);
}

/** What the phone screen needs for one call: the questions, the organisation and any draft of an earlier call. */
export async function getCallSheet(ctx: ServiceContext, surveyId: string, targetId: string): Promise<SurveyWithQuestions & { target: SurveyTargetRow; draft: SurveyResponseRow | null }> {
  const sheet = await getSurvey(ctx, surveyId);
  const target = await repository.selectTarget(ctx.db, ctx.tenantId, surveyId, targetId);
  if (!target) throw new NotFound();
  const draft = (await repository.selectDraftOfTarget(ctx.db, ctx.tenantId, surveyId, targetId)) ?? null;
  if (draft) await recordAudit(ctx, ctx.db, { action: 'view', entityType: 'survey_response', entityId: draft.id, after: { surveyId, targetId } });
  return { ...sheet, target, draft };
}

async function districtIds(ctx: ServiceContext): Promise<string[]> {
  return (await areasService.findAllAreas(ctx)).filter((a) => !a.archivedAt).map((a) => a.id);
}

function assertOpen(ctx: ServiceContext, survey: SurveyRow, method: SurveyMethod): void {
  if (!survey.methods.includes(method)) throw new Invalid([{ path: 'method', message: 'surveys.methodNotAllowed' }]);
  const today = japanToday(ctx.now);
  // Staff may still type in paper forms that came back after the last day.
  if (method === 'web' && (today < survey.startsOn || today > survey.endsOn)) throw new Invalid([{ path: 'survey', message: today < survey.startsOn ? 'surveys.notYetOpen' : 'surveys.closed' }]);
}

type Body = Record<string, string | string[] | undefined>;
export type SavedResponse = { status: 'submitted' | 'draft' | 'outcome'; response: SurveyResponseRow | null; repeated: boolean };

/**
 * Answers typed by staff: on the phone (with the call's outcome in the same
 * step), at a visit, or from a returned paper form. A call that did not reach
 * anyone records only its outcome; a half-typed call stays a draft.
 */
export async function saveStaffResponse(ctx: ServiceContext, surveyId: string, targetId: string | null, meta: ResponseMeta, body: Body): Promise<SavedResponse> {
  const actor = assertRole(ctx, 'admin', 'coordinator', 'staff');
  const { survey, definition } = await getSurvey(ctx, surveyId);
  if (meta.method === 'web') throw new Invalid([{ path: 'method', message: 'validation.choice' }]);
  assertOpen(ctx, survey, meta.method);
  const target = targetId ? await repository.selectTarget(ctx.db, ctx.tenantId, surveyId, targetId) : undefined;
  if (targetId && !target) throw new NotFound();
  const draft = meta.draft === '1' || (meta.outcome !== 'answered' && meta.outcome !== 'declined');
  const read = readAnswers(definition, body, { districtIds: await districtIds(ctx), draft: draft || meta.outcome === 'declined' });
  if (read.problems.length > 0) throw new Invalid(read.problems.map((p) => ({ path: p.path, message: p.message })));
  if (meta.outcome === 'later' && !meta.nextCallOn) throw new Invalid([{ path: 'nextCallOn', message: 'surveys.nextCallRequired' }]);
  return ctx.db.transaction(async (tx) => {
    let response: SurveyResponseRow | null = null;
    let repeated = false;
    const hasAnswers = Object.keys(read.answers).length > 0;
    if (meta.outcome === 'answered' || hasAnswers) {
      const saved = await repository.upsertResponse(tx, ctx.tenantId, {
        surveyId,
        version: survey.currentVersion,
        targetId: target?.id ?? null,
        method: meta.method,
        status: meta.outcome === 'answered' && !draft ? 'submitted' : 'draft',
        answers: read.answers,
        respondentType: target?.respondentType ?? '',
        areaId: target?.areaId ?? survey.areaId,
        enteredBy: actor.id,
        submissionKey: meta.submissionKey,
        submittedAt: meta.outcome === 'answered' && !draft ? ctx.now : null,
      });
      response = saved.row;
      repeated = saved.outcome === 'unchanged';
    }
    if (target && meta.draft !== '1') {
      await repository.updateTargetRow(tx, ctx.tenantId, target.id, {
        status: targetStatusOfOutcome[meta.outcome],
        nextCallOn: meta.outcome === 'later' ? meta.nextCallOn : null,
        lastContactAt: ctx.now,
        lastContactBy: actor.id,
        lastMethod: meta.method,
      });
    }
    await recordAudit(ctx, tx, { action: 'create', entityType: 'survey_response', entityId: response?.id ?? target?.id ?? surveyId, after: { surveyId, targetId: target?.id ?? null, method: meta.method, outcome: meta.outcome, status: response?.status ?? null } });
    const status = response?.status === 'submitted' ? 'submitted' : response ? 'draft' : 'outcome';
    return { status, response, repeated };
  });
}

export type PublicSurvey = SurveyWithQuestions & { state: 'open' | 'notYet' | 'closed'; districts: { id: string; name: string }[] };

/** A survey as its public web page shows it, by the token of its address; only surveys that take answers on the web. */
export async function findPublicSurvey(ctx: ServiceContext, token: string): Promise<PublicSurvey> {
  const survey = await repository.selectSurveyByToken(ctx.db, ctx.tenantId, token);
  if (!survey || !survey.methods.includes('web') || survey.audience !== 'residents') throw new NotFound();
  const definition = await repository.selectDefinition(ctx.db, ctx.tenantId, survey.id, survey.currentVersion);
  if (!definition) throw new NotFound();
  const today = japanToday(ctx.now);
  const state = today < survey.startsOn ? 'notYet' : today > survey.endsOn ? 'closed' : 'open';
  const districts = (await areasService.findAllAreas(ctx)).filter((a) => !a.archivedAt && a.tier === 2).map((a) => ({ id: a.id, name: a.name }));
  return { survey, definition, state, districts };
}

/** Reads a public page's answers without saving, for the confirmation screen. */
export async function checkPublicAnswers(ctx: ServiceContext, token: string, body: Body): Promise<PublicSurvey & { answers: ReturnType<typeof readAnswers>['answers'] }> {
  const found = await findPublicSurvey(ctx, token);
  if (found.state !== 'open') throw new Invalid([{ path: 'survey', message: found.state === 'closed' ? 'surveys.closed' : 'surveys.notYetOpen' }]);
  const read = readAnswers(found.definition, body, { districtIds: found.districts.map((d) => d.id) });
  if (read.problems.length > 0) throw new Invalid(read.problems.map((p) => ({ path: p.path, message: p.message })));
  return { ...found, answers: read.answers };
}

/**
 * An anonymous answer from the web page. Nothing of the person is kept: no
 * account, address or IP; the submission key (made when the form was shown)
 * only makes a resent page save once.
 */
export async function submitPublicResponse(ctx: ServiceContext, token: string, body: Body, submissionKey: string): Promise<{ repeated: boolean }> {
  const checked = await checkPublicAnswers(ctx, token, body);
  assertOpen(ctx, checked.survey, 'web');
  const districtQuestion = checked.definition.sections.flatMap((s) => s.questions).find((q) => q.kind === 'district');
  const areaId = districtQuestion ? (checked.answers[districtQuestion.name] as string | undefined) ?? null : checked.survey.areaId;
  return ctx.db.transaction(async (tx) => {
    const saved = await repository.upsertResponse(tx, ctx.tenantId, {
      surveyId: checked.survey.id,
      version: checked.survey.currentVersion,
      targetId: null,
      method: 'web',
      status: 'submitted',
      answers: checked.answers,
      respondentType: 'resident.resident',
      areaId,
      enteredBy: null,
      submissionKey,
      submittedAt: ctx.now,
    });
    return { repeated: saved.outcome === 'unchanged' };
  });
}

/** Every submitted answer of a survey, with the questions of each version, for results and exports. */
export async function findSubmitted(ctx: ServiceContext, id: string): Promise<{ responses: SurveyResponseRow[]; versions: Map<number, SurveyDefinition> }> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const [responses, versions] = await Promise.all([repository.selectSubmitted(ctx.db, ctx.tenantId, id), repository.selectVersions(ctx.db, ctx.tenantId, id)]);
  return { responses, versions: new Map(versions.map((v) => [v.version, v.definition])) };
}

/** Adds one question from the editor's form, at the end of a section (or of a new one). */
export async function addQuestion(ctx: ServiceContext, id: string, input: QuestionFormInput): Promise<{ version: number; newVersion: boolean }> {
  const { definition } = await getSurvey(ctx, id);
  const read = questionFromForm(input, definition);
  if ('field' in read) throw new Invalid([{ path: read.field, message: read.message }]);
  const sections = definition.sections.map((s) => ({ ...s, questions: [...s.questions] }));
  if (input.newSection) sections.push({ title: input.newSection, questions: [read.question] });
  else if (sections[input.section]) sections[input.section]!.questions.push(read.question);
  else throw new Invalid([{ path: 'section', message: 'validation.choice' }]);
  return saveQuestions(ctx, id, { ...definition, sections });
}

/** Moves a question one place up or down within its section, or takes it out (a section left empty goes with it). */
export async function changeQuestion(ctx: ServiceContext, id: string, name: string, change: 'up' | 'down' | 'remove'): Promise<{ version: number; newVersion: boolean }> {
  const { definition } = await getSurvey(ctx, id);
  const sections = definition.sections.map((s) => ({ ...s, questions: [...s.questions] }));
  const section = sections.find((s) => s.questions.some((q) => q.name === name));
  if (!section) throw new NotFound();
  const at = section.questions.findIndex((q) => q.name === name);
  if (change === 'remove') section.questions.splice(at, 1);
  else {
    const to = change === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= section.questions.length) return { version: (await getSurvey(ctx, id)).survey.currentVersion, newVersion: false };
    [section.questions[at], section.questions[to]] = [section.questions[to]!, section.questions[at]!];
  }
  const kept = sections.filter((s) => s.questions.length > 0);
  if (kept.length === 0) throw new Invalid([{ path: 'questions', message: 'surveys.editor.lastQuestion' }]);
  return saveQuestions(ctx, id, { ...definition, sections: kept });
}
