import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertRole, canManageArea } from '../../platform/auth/permissions.ts';
import { japanToday, type Actor, type ServiceContext } from '../../platform/context/service-context.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../../platform/errors/app-error.ts';
import { messageWithParams } from '../../platform/validation/fields.ts';
import * as areasService from '../areas/service.ts';
import * as helpRequestsService from '../help-requests/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import * as councilMeetingsService from '../councils/meetings-service.ts';
import type { MeetingRow } from '../councils/meetings-service.ts';
import * as councilsService from '../councils/service.ts';
import type { CouncilRow } from '../councils/service.ts';
import { canAnswer, canRaise, progressFor, resolvedOnFor } from './issue-rules.ts';
import { findPersonalData } from './personal-data-check.ts';
import * as surveysRepository from '../surveys/repository.ts';
import * as repository from './repository.ts';
import type { IssueOutcomeRow, IssueUpdateRow, LocalIssueRow } from './repository.ts';
import type { EscalationInput, IssueInput, IssueListQuery, UpdateInput } from './validation.ts';
import type { IssueStatus } from './vocabulary.ts';

export type { CouncilRow, IssueOutcomeRow, IssueUpdateRow, LocalIssueRow, MeetingRow };
export type IssueListItem = LocalIssueRow & { areaIds: string[]; helpTypeIds: string[] };
export type IssueDetail = IssueListItem & { updates: IssueUpdateRow[]; outcomes: IssueOutcomeRow[]; meetingIds: string[] };

const readers = ['admin', 'coordinator', 'staff'] as const;

/** Coordinators manage the issues of their areas (one of them is enough), admins every issue. */
export function canManageIssue(actor: Actor | null, areaIds: readonly string[]): boolean {
  if (!actor) return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'coordinator' && areaIds.some((id) => actor.areaIds.includes(id));
}

async function withLinks(ctx: ServiceContext, rows: LocalIssueRow[]): Promise<IssueListItem[]> {
  const ids = rows.map((r) => r.id);
  const [areas, helpTypes] = await Promise.all([repository.selectIssueAreas(ctx.db, ctx.tenantId, ids), repository.selectIssueHelpTypes(ctx.db, ctx.tenantId, ids)]);
  return rows.map((r) => ({
    ...r,
    areaIds: areas.filter((a) => a.issueId === r.id).map((a) => a.areaId),
    helpTypeIds: helpTypes.filter((h) => h.issueId === r.id).map((h) => h.helpTypeId),
  }));
}

/** The register, filtered by status, area, help type and council (an escalated issue shows under both councils). */
export async function findIssues(ctx: ServiceContext, query: IssueListQuery): Promise<IssueListItem[]> {
  assertRole(ctx, ...readers);
  const rows = await repository.selectIssues(ctx.db, ctx.tenantId, {
    status: query.status || undefined,
    areaIds: query.areaId ? [query.areaId] : undefined,
    helpTypeId: query.helpTypeId || undefined,
    councilId: query.councilId || undefined,
  });
  return withLinks(ctx, rows);
}

/** One issue with its areas, help types, timeline, outcomes and meetings; every staff role may read it. */
export async function getIssue(ctx: ServiceContext, id: string): Promise<IssueDetail> {
  assertRole(ctx, ...readers);
  const row = await repository.selectIssue(ctx.db, ctx.tenantId, id);
  if (!row) throw new NotFound();
  const [[item], updates, outcomes, meetingIds] = await Promise.all([
    withLinks(ctx, [row]),
    repository.selectUpdates(ctx.db, ctx.tenantId, [id]),
    repository.selectOutcomes(ctx.db, ctx.tenantId, [id]),
    repository.selectLinkedMeetingIds(ctx.db, ctx.tenantId, id),
  ]);
  return { ...item!, updates, outcomes, meetingIds };
}

/** One issue the actor may change; Forbidden outside their areas. */
export async function getIssueToManage(ctx: ServiceContext, id: string): Promise<IssueDetail> {
  const issue = await getIssue(ctx, id);
  if (!canManageIssue(ctx.actor, issue.areaIds)) throw new Forbidden();
  return issue;
}

/** Live evidence: unanswered and waiting requests of the issue's help types in its areas (counts only). */
export async function findEvidence(ctx: ServiceContext, issue: IssueListItem): Promise<{ unmet: number; waiting: number }> {
  return helpRequestsService.countUnansweredRequests(ctx, { helpTypeIds: issue.helpTypeIds, areaIds: issue.areaIds });
}

/** The tenant's live councils (read through the councils feature). */
export async function findCouncils(ctx: ServiceContext): Promise<CouncilRow[]> {
  return councilsService.findCouncils(ctx);
}

/** Meetings of every council (or some), for naming them and choosing one; by id when asked. */
export async function findMeetings(ctx: ServiceContext, filter: { ids?: readonly string[]; councilIds?: readonly string[] } = {}): Promise<MeetingRow[]> {
  const councilIds = filter.councilIds ?? (await councilsService.findCouncils(ctx, { includeArchived: true })).map((c) => c.id);
  const meetings = await councilMeetingsService.findMeetingsOf(ctx, councilIds);
  return filter.ids ? meetings.filter((m) => filter.ids!.includes(m.id)) : meetings;
}

async function meetingExists(ctx: ServiceContext, id: string): Promise<boolean> {
  return councilMeetingsService.getMeeting(ctx, id).then(
    () => true,
    (error: unknown) => {
      if (error instanceof NotFound) return false;
      throw error;
    },
  );
}

// Catches what a public text should never hold, unless the coordinator has looked and confirmed.
function checkPublicText(isPublic: boolean, confirmed: boolean, ...texts: string[]): void {
  if (!isPublic || confirmed) return;
  const kinds = [...new Set(texts.flatMap(findPersonalData))];
  if (kinds.length) throw new Invalid([{ path: 'confirmNoPersonalData', message: messageWithParams('localIssues.looksPersonal', { kinds: kinds.join(',') }) }]);
}

async function checkedLinks(ctx: ServiceContext, input: IssueInput): Promise<void> {
  const [areas, helpTypes, councils, meetingFound] = await Promise.all([
    areasService.findAllAreas(ctx),
    volunteersService.findHelpTypes(ctx),
    councilsService.findCouncils(ctx),
    input.sourceMeetingId ? meetingExists(ctx, input.sourceMeetingId) : true,
  ]);
  if (input.sourceSurveyId && !(await surveysRepository.selectSurvey(ctx.db, ctx.tenantId, input.sourceSurveyId))) throw new Invalid([{ path: 'sourceSurveyId', message: 'validation.choice' }]);
  const problems: { path: string; message: string }[] = [];
  if (!input.areaIds.every((id) => areas.some((a) => a.id === id && !a.archivedAt))) problems.push({ path: 'areaIds', message: 'validation.choice' });
  else if (!canManageIssue(ctx.actor, input.areaIds)) problems.push({ path: 'areaIds', message: 'localIssues.areaOutsideAreas' });
  if (!input.helpTypeIds.every((id) => helpTypes.some((h) => h.id === id))) problems.push({ path: 'helpTypeIds', message: 'validation.choice' });
  if (input.councilId && !councils.some((c) => c.id === input.councilId)) problems.push({ path: 'councilId', message: 'validation.choice' });
  if (!meetingFound) problems.push({ path: 'sourceMeetingId', message: 'validation.choice' });
  if (input.source === 'council_meeting' && !input.sourceMeetingId) problems.push({ path: 'sourceMeetingId', message: 'localIssues.sourceMeetingRequired' });
  if (problems.length) throw new Invalid(problems);
  checkPublicText(input.isPublic, input.confirmNoPersonalData, input.title, input.description);
}

function issueValues(input: IssueInput) {
  return {
    title: input.title,
    description: input.description,
    source: input.source,
    sourceMeetingId: input.sourceMeetingId,
    sourceSurveyId: input.sourceSurveyId,
    councilId: input.councilId,
    ownerId: input.ownerId,
    isPublic: input.isPublic,
    raisedOn: input.raisedOn,
  };
}

/** A coordinator registers an issue of their areas (an admin, of any); its first timeline entry records the status it starts at. */
export async function createIssue(ctx: ServiceContext, input: IssueInput): Promise<LocalIssueRow> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  await checkedLinks(ctx, input);
  const status = input.status;
  const progress = progressFor(status, input.progress);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const row = await repository.insertIssue(db, ctx.tenantId, {
      ...issueValues(input),
      status,
      progress,
      resolvedOn: resolvedOnFor(status, null, input.raisedOn),
      createdBy: actor.id,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repository.replaceIssueAreas(db, ctx.tenantId, row.id, input.areaIds);
    await repository.replaceIssueHelpTypes(db, ctx.tenantId, row.id, input.helpTypeIds);
    if (input.sourceMeetingId) await repository.linkMeeting(db, ctx.tenantId, row.id, input.sourceMeetingId);
    await repository.insertUpdate(db, ctx.tenantId, {
      issueId: row.id, happenedOn: input.raisedOn, kind: 'status', body: '', meetingId: input.sourceMeetingId, councilId: input.councilId, statusAfter: status, progressAfter: progress, authorId: actor.id, createdAt: ctx.now,
    });
    await recordAudit(ctx, db, { action: 'create', entityType: 'local_issue', entityId: row.id, after: { ...row, areaIds: input.areaIds, helpTypeIds: input.helpTypeIds } });
    return row;
  });
}

// A save over a version someone else has already replaced is refused, never silently applied.
async function saveOver(db: Database, ctx: ServiceContext, before: LocalIssueRow, version: number | undefined, values: Parameters<typeof repository.updateIssueRow>[4]): Promise<LocalIssueRow> {
  const after = await repository.updateIssueRow(db, ctx.tenantId, before.id, version ?? before.version, { ...values, updatedAt: ctx.now });
  if (!after) throw new Conflict('issue_changed', 'localIssues.savedByOther');
  return after;
}

/** Changes what the issue is and where (status moves through the timeline instead); refused when someone else saved first. */
export async function updateIssue(ctx: ServiceContext, id: string, input: IssueInput): Promise<LocalIssueRow> {
  const before = await getIssueToManage(ctx, id);
  await checkedLinks(ctx, input);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await saveOver(db, ctx, before, input.version, issueValues(input));
    await repository.replaceIssueAreas(db, ctx.tenantId, id, input.areaIds);
    await repository.replaceIssueHelpTypes(db, ctx.tenantId, id, input.helpTypeIds);
    if (input.sourceMeetingId) await repository.linkMeeting(db, ctx.tenantId, id, input.sourceMeetingId);
    await recordAudit(ctx, db, { action: 'update', entityType: 'local_issue', entityId: id, before, after: { ...after, areaIds: input.areaIds, helpTypeIds: input.helpTypeIds } });
    return after;
  });
}

async function checkMeeting(ctx: ServiceContext, meetingId: string | null): Promise<void> {
  if (meetingId && !(await meetingExists(ctx, meetingId))) throw new Invalid([{ path: 'meetingId', message: 'validation.choice' }]);
}

/** Adds a dated entry to the timeline (who, which meeting, what happened), moving the status and progress when given. */
export async function addUpdate(ctx: ServiceContext, id: string, input: UpdateInput): Promise<IssueUpdateRow> {
  const before = await getIssueToManage(ctx, id);
  if (input.happenedOn > japanToday(ctx.now)) throw new Invalid([{ path: 'happenedOn', message: 'localIssues.inFuture' }]);
  await checkMeeting(ctx, input.meetingId);
  checkPublicText(before.isPublic, input.confirmNoPersonalData, input.body);
  const status = (input.status ?? before.status) as IssueStatus;
  const moved = input.status !== null || input.progress !== null;
  const progress = moved ? progressFor(status, input.progress ?? (input.status ? null : before.progress)) : before.progress;
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await saveOver(db, ctx, before, input.version, { status, progress, resolvedOn: resolvedOnFor(status, before, input.happenedOn) });
    if (input.meetingId) await repository.linkMeeting(db, ctx.tenantId, id, input.meetingId);
    const update = await repository.insertUpdate(db, ctx.tenantId, {
      issueId: id, happenedOn: input.happenedOn, kind: moved ? 'status' : 'note', body: input.body, meetingId: input.meetingId, councilId: before.councilId,
      statusAfter: moved ? status : null, progressAfter: moved ? progress : null, authorId: ctx.actor!.id, createdAt: ctx.now,
    });
    await recordAudit(ctx, db, { action: 'update', entityType: 'local_issue', entityId: id, before: { status: before.status, progress: before.progress }, after: { status, progress, update: update.id } });
    return update;
  });
}

/** A 第2層 council raises its issue to a 第1層 council (councils.tiers holds 1); it waits there for an answer. */
export async function raiseIssue(ctx: ServiceContext, id: string, input: EscalationInput): Promise<LocalIssueRow> {
  const before = await getIssueToManage(ctx, id);
  const councils = await councilsService.findCouncils(ctx);
  if (!canRaise(before, councils.find((c) => c.id === before.councilId))) throw new Conflict('issue_not_raisable', 'localIssues.cannotRaise');
  const target = councils.find((c) => c.id === input.councilId && c.tiers.includes(1));
  if (!target) throw new Invalid([{ path: 'councilId', message: 'localIssues.tier1Required' }]);
  await checkMeeting(ctx, input.meetingId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await saveOver(db, ctx, before, input.version, { councilId: target.id, raisedFromCouncilId: before.councilId });
    await repository.insertUpdate(db, ctx.tenantId, { issueId: id, happenedOn: input.happenedOn, kind: 'raised', body: input.body, meetingId: input.meetingId, councilId: target.id, authorId: ctx.actor!.id, createdAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'local_issue', entityId: id, before: { councilId: before.councilId }, after: { councilId: target.id, raisedFrom: before.councilId } });
    return after;
  });
}

/** The 第1層 council answers: its area's coordinator, or an admin; not the coordinator who raised it. */
export async function assertCanAnswer(ctx: ServiceContext, id: string): Promise<IssueDetail> {
  const issue = await getIssue(ctx, id);
  const holder = issue.councilId ? (await councilsService.findCouncils(ctx, { includeArchived: true })).find((c) => c.id === issue.councilId) : undefined;
  if (!canManageArea(ctx.actor, holder?.areaId ?? '')) throw new Forbidden();
  return issue;
}

/** The 第1層 council answers a raised issue and gives it back to the council that raised it. */
export async function answerIssue(ctx: ServiceContext, id: string, input: EscalationInput): Promise<LocalIssueRow> {
  const before = await assertCanAnswer(ctx, id);
  if (!canAnswer(before)) throw new Conflict('issue_not_raised', 'localIssues.cannotAnswer');
  await checkMeeting(ctx, input.meetingId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await saveOver(db, ctx, before, input.version, { councilId: before.raisedFromCouncilId, raisedFromCouncilId: null });
    await repository.insertUpdate(db, ctx.tenantId, { issueId: id, happenedOn: input.happenedOn, kind: 'answered', body: input.body, meetingId: input.meetingId, councilId: before.councilId, authorId: ctx.actor!.id, createdAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'local_issue', entityId: id, before: { councilId: before.councilId }, after: { councilId: before.raisedFromCouncilId, answeredBy: before.councilId } });
    return after;
  });
}

/** Issues raised or discussed at a meeting, for the council's pages. */
export async function findIssuesOfMeeting(ctx: ServiceContext, meetingId: string): Promise<LocalIssueRow[]> {
  assertRole(ctx, ...readers);
  const ids = await repository.selectIssueIdsOfMeeting(ctx.db, ctx.tenantId, meetingId);
  const rows = await Promise.all(ids.map((id) => repository.selectIssue(ctx.db, ctx.tenantId, id)));
  return rows.filter((r): r is LocalIssueRow => Boolean(r));
}

/** The timelines of several issues, oldest entry first (for the API's list). */
export async function findUpdatesOf(ctx: ServiceContext, issueIds: readonly string[]): Promise<IssueUpdateRow[]> {
  assertRole(ctx, ...readers);
  return repository.selectUpdates(ctx.db, ctx.tenantId, issueIds);
}
