import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertRole, canManageArea } from '../../platform/auth/permissions.ts';
import { japanToday, type ServiceContext } from '../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../platform/errors/app-error.ts';
import * as helpRequestsService from '../help-requests/service.ts';
import * as resourcesService from '../resources/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import { positionOf } from '../../platform/geo/position.ts';
import { japanMonthOf } from '../../platform/wareki/japan-time.ts';
import { fiscalYearOf, fiscalYearRange } from '../../platform/wareki/wareki.ts';
import { rankCandidates, type RankedCandidate, type WantedTime } from './ranking.ts';
import * as repository from './repository.ts';
import type { ActivityRecordRow, MatchRow } from './repository.ts';
import type { ActivityInput, ProposeInput, RespondInput } from './validation.ts';

export type { ActivityRecordRow, MatchRow, RankedCandidate };
/** A ranked volunteer as the matching page shows them: already proposed or accepted for this request, and whether the actor may open their record. */
export type CandidateView = RankedCandidate & { volunteer: volunteersService.VolunteerRow; proposal: 'proposed' | 'accepted' | null; canOpenRecord: boolean };

/** When a request wants help, as ranking and overlap checks read it. */
export function wantedTimeOf(r: { preferredOn: string | null; recurringWeekdays: number[]; timeSlot: string; frequency: string }): WantedTime {
  return { date: r.frequency === 'once' ? r.preferredOn : null, weekdays: r.frequency === 'recurring' ? r.recurringWeekdays : [], slot: r.timeSlot as WantedTime['slot'] };
}

/** How many candidates the matching page lists at first, and adds with each "more". */
export const candidatePageSize = 30;

/** Why volunteers who can do the help are not ranked: the pool's rules, then the monthly limit. */
export type LeftOutReason = repository.PoolExclusion | 'monthlyLimit';
export const leftOutReasons: readonly LeftOutReason[] = ['insuranceExpired', 'uninsured', 'monthlyLimit', 'notRegistered', 'paused'];

// needsPlace: the request has no meeting point and the resident no address, so nobody can be proposed yet.
export type CandidateList = { candidates: CandidateView[]; total: number; leftOut: { reason: LeftOutReason; count: number }[]; needsPlace: boolean };

type PoolQuery = Pick<repository.CandidateQuery, 'helpTypeId' | 'insuredSince' | 'today'>;

// The pool: registered, can do the help, insured in this 年度 (see selectCandidateInputs).
function poolQuery(ctx: ServiceContext, request: helpRequestsService.HelpRequestRow): PoolQuery {
  const today = japanToday(ctx.now);
  return { helpTypeId: request.helpTypeId, insuredSince: fiscalYearRange(fiscalYearOf(today)).start, today };
}

// Every volunteer in the matching pool, ranked, and how many the pool held; the inputs are counted in one query, the points given by ranking.ts.
async function rankPool(ctx: ServiceContext, request: helpRequestsService.HelpRequestRow, asked: ReadonlyMap<string, LiveProposal>): Promise<{ ranked: RankedCandidate[]; poolSize: number }> {
  const time = wantedTimeOf(request);
  const [position, inputs] = await Promise.all([helpRequestsService.findResidentPositionForMatching(ctx, request), repository.selectCandidateInputs(ctx.db, ctx.tenantId, {
    ...poolQuery(ctx, request),
    residentId: request.residentId,
    exceptRequestId: request.id,
    month: japanMonthOf(ctx.now),
    time,
  })]);
  const candidates = inputs.map(({ home, districtCentre, ...c }) => ({ ...c, position: positionOf(home, districtCentre) }));
  return { ranked: rankCandidates({ districtId: request.districtId, areaId: request.areaId, position }, time, candidates, new Set(asked.keys())), poolSize: inputs.length };
}

type LiveProposal = 'proposed' | 'accepted';

// Volunteers proposed for the request and not (yet) declined, with where their answer stands.
async function findAskedForRequest(ctx: ServiceContext, requestId: string): Promise<Map<string, LiveProposal>> {
  const rows = await repository.selectMatchesOfRequest(ctx.db, ctx.tenantId, requestId);
  return new Map(rows.filter((m) => m.status === 'proposed' || m.status === 'accepted').map((m) => [m.volunteerId, m.status as LiveProposal]));
}

/**
 * The best `shown` volunteers for a request, each with the reasons for their
 * place and whether they were already proposed for it; how many were ranked;
 * and how many who can do the help were left out, and why, so "nobody can"
 * and "everyone was filtered out" read differently.
 */
export async function findCandidates(ctx: ServiceContext, requestId: string, shown = candidatePageSize): Promise<CandidateList> {
  const request = await helpRequestsService.getRequestForMatching(ctx, requestId);
  const asked = await findAskedForRequest(ctx, requestId);
  const [{ ranked, poolSize }, excluded] = await Promise.all([rankPool(ctx, request, asked), repository.countPoolExclusions(ctx.db, ctx.tenantId, poolQuery(ctx, request))]);
  const top = ranked.slice(0, shown);
  const byId = new Map((await volunteersService.findVolunteersByIds(ctx, top.map((r) => r.id))).map((v) => [v.id, v]));
  const counts: Record<LeftOutReason, number> = { insuranceExpired: 0, uninsured: 0, notRegistered: 0, paused: 0, ...excluded, monthlyLimit: poolSize - ranked.length };
  return {
    candidates: top.map((r) => ({ ...r, volunteer: byId.get(r.id)!, proposal: asked.get(r.id) ?? null, canOpenRecord: canManageArea(ctx.actor, byId.get(r.id)!.areaId) })),
    total: ranked.length,
    leftOut: leftOutReasons.map((reason) => ({ reason, count: counts[reason] })).filter((r) => r.count > 0),
    needsPlace: !(await helpRequestsService.hasMeetingPlace(ctx, request)),
  };
}

/** Listings from the directory that answer the same 困りごと, to offer beside (or instead of) a volunteer. */
export async function findResourceSuggestions(ctx: ServiceContext, requestId: string) {
  const request = await helpRequestsService.getRequestForMatching(ctx, requestId);
  const helpType = (await volunteersService.findHelpTypes(ctx)).find((h) => h.id === request.helpTypeId);
  if (!helpType?.needCategoryCode) return [];
  const found = await resourcesService.searchResources(ctx, { q: '', category: helpType.needCategoryCode, area: request.areaId, perPage: 5, free: false, transport: false, target: '' });
  return found.results;
}

/** Matches of a request with their volunteers, oldest first. */
export async function findMatchesOfRequest(ctx: ServiceContext, requestId: string): Promise<(MatchRow & { volunteerName: string })[]> {
  await helpRequestsService.getRequestForMatching(ctx, requestId);
  const rows = await repository.selectMatchesOfRequest(ctx.db, ctx.tenantId, requestId);
  const names = new Map((await volunteersService.findVolunteersByIds(ctx, [...new Set(rows.map((m) => m.volunteerId))])).map((v) => [v.id, v.name]));
  return rows.map((m) => ({ ...m, volunteerName: names.get(m.volunteerId) ?? '' }));
}

/**
 * The coordinator proposes a volunteer. If the volunteer is already asked for an
 * overlapping time (by anyone), the coordinator must confirm having seen the warning.
 */
export async function proposeMatch(ctx: ServiceContext, requestId: string, input: ProposeInput): Promise<MatchRow> {
  const request = await helpRequestsService.getRequestForMatching(ctx, requestId);
  if (!(await helpRequestsService.hasMeetingPlace(ctx, request))) throw new Invalid([{ path: 'volunteerId', message: 'matching.needsPlace' }]);
  const asked = await findAskedForRequest(ctx, requestId);
  if (asked.has(input.volunteerId)) throw new Invalid([{ path: 'volunteerId', message: 'matching.alreadyProposed' }]);
  const candidate = (await rankPool(ctx, request, asked)).ranked.find((c) => c.id === input.volunteerId);
  if (!candidate) throw new Invalid([{ path: 'volunteerId', message: 'matching.notACandidate' }]);
  if (candidate.reasons.some((r) => r.key === 'matching.reason.overlap') && input.confirmOverlap !== 'on') throw new Invalid([{ path: 'confirmOverlap', message: 'matching.overlapWarning' }]);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const time = wantedTimeOf(request);
    const row = await repository.insertMatch(db, ctx.tenantId, {
      helpRequestId: requestId,
      volunteerId: input.volunteerId,
      status: 'proposed',
      scheduledOn: time.date,
      timeSlot: time.slot,
      weekdays: time.weekdays,
      proposedByUserId: ctx.actor!.id,
      proposedAt: ctx.now,
    });
    await helpRequestsService.advanceRequestStatus({ ...ctx, db }, db, requestId, 'coordinating');
    await recordAudit(ctx, db, { action: 'propose', entityType: 'match', entityId: row.id, after: { helpRequestId: requestId, volunteerId: input.volunteerId, overlapConfirmed: input.confirmOverlap === 'on' } });
    return row;
  });
}

/** Records the volunteer's answer to a proposal; an acceptance makes the request マッチング済. */
export async function recordAnswer(ctx: ServiceContext, match: MatchRow, input: RespondInput, via: 'coordinator' | 'volunteer'): Promise<MatchRow> {
  if (match.status !== 'proposed') throw new Invalid([{ path: 'answer', message: 'matching.alreadyAnswered' }]);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const status = input.answer === 'accept' ? 'accepted' : 'declined';
    const after = await repository.updateMatchRow(db, ctx.tenantId, match.id, { status, respondedAt: ctx.now, respondedVia: via, note: input.note });
    if (status === 'accepted') await helpRequestsService.advanceRequestStatus({ ...ctx, db }, db, match.helpRequestId, 'matched');
    await recordAudit(ctx, db, { action: status === 'accepted' ? 'accept' : 'decline', entityType: 'match', entityId: match.id, after: { via } });
    return after!;
  });
}

/** The coordinator records an answer given on the phone. */
export async function answerForVolunteer(ctx: ServiceContext, matchId: string, input: RespondInput): Promise<MatchRow> {
  assertRole(ctx, 'admin', 'coordinator');
  const match = await repository.selectMatch(ctx.db, ctx.tenantId, matchId);
  if (!match) throw new NotFound();
  await helpRequestsService.getRequestForMatching(ctx, match.helpRequestId);
  return recordAnswer(ctx, match, input, 'coordinator');
}

/** Writes an activity for an accepted match; the first one makes the request 活動中. Staff entries count as confirmed. */
export async function addActivity(ctx: ServiceContext, match: MatchRow, input: ActivityInput, via: 'staff' | 'volunteer'): Promise<ActivityRecordRow> {
  if (match.status !== 'accepted') throw new Invalid([{ path: 'activityOn', message: 'matching.notAccepted' }]);
  if (input.activityOn > japanToday(ctx.now)) throw new Invalid([{ path: 'activityOn', message: 'matching.activityInFuture' }]);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const confirmed = via === 'staff' ? { confirmedAt: ctx.now, confirmedByUserId: ctx.actor!.id } : {};
    const row = await repository.insertActivityRecord(db, ctx.tenantId, {
      matchId: match.id,
      helpRequestId: match.helpRequestId,
      volunteerId: match.volunteerId,
      activityOn: input.activityOn,
      minutes: input.hours * 60 + input.minutes,
      whatWasDone: input.whatWasDone,
      notes: input.notes,
      recordedVia: via,
      ...confirmed,
      createdAt: ctx.now,
    });
    await helpRequestsService.advanceRequestStatus({ ...ctx, db }, db, match.helpRequestId, 'active');
    await recordAudit(ctx, db, { action: 'create', entityType: 'activity_record', entityId: row.id, after: { via, minutes: row.minutes } });
    return row;
  });
}

/** A coordinator records what a volunteer did, from a phone call or paper. */
export async function recordActivity(ctx: ServiceContext, matchId: string, input: ActivityInput): Promise<ActivityRecordRow> {
  assertRole(ctx, 'admin', 'coordinator');
  const match = await repository.selectMatch(ctx.db, ctx.tenantId, matchId);
  if (!match) throw new NotFound();
  await helpRequestsService.getRequestForMatching(ctx, match.helpRequestId);
  return addActivity(ctx, match, input, 'staff');
}

/** The coordinator confirms an activity a volunteer recorded on their link. */
export async function confirmActivity(ctx: ServiceContext, activityId: string): Promise<ActivityRecordRow> {
  assertRole(ctx, 'admin', 'coordinator');
  const row = await repository.selectActivityRecord(ctx.db, ctx.tenantId, activityId);
  if (!row) throw new NotFound();
  await helpRequestsService.getRequestForMatching(ctx, row.helpRequestId);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await repository.confirmActivityRecordRow(db, ctx.tenantId, activityId, ctx.actor!.id, ctx.now);
    await recordAudit(ctx, db, { action: 'confirm', entityType: 'activity_record', entityId: activityId });
  });
  return row;
}

/** Activity records of a request, newest first. */
export async function findActivitiesOfRequest(ctx: ServiceContext, requestId: string): Promise<ActivityRecordRow[]> {
  await helpRequestsService.getRequestForMatching(ctx, requestId);
  return repository.selectActivityRecords(ctx.db, ctx.tenantId, { helpRequestId: requestId });
}

/** A volunteer's confirmed activity count and hours, for their profile. */
export async function findVolunteerTotals(ctx: ServiceContext, volunteerId: string): Promise<{ count: number; minutes: number }> {
  assertRole(ctx, 'admin', 'coordinator');
  return repository.sumActivitiesOfVolunteer(ctx.db, ctx.tenantId, volunteerId);
}

/** One match the actor may act on (area of its request checked). */
export async function findMatchById(ctx: ServiceContext, matchId: string): Promise<MatchRow> {
  assertRole(ctx, 'admin', 'coordinator');
  const match = await repository.selectMatch(ctx.db, ctx.tenantId, matchId);
  if (!match) throw new NotFound();
  await helpRequestsService.getRequestForMatching(ctx, match.helpRequestId);
  return match;
}

/** Accepted matches and confirmed activity hours of a 年度 (no personal data: staff may see them). */
export async function sumYear(ctx: ServiceContext, range: { start: string; end: string }, areaIds?: readonly string[]) {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return repository.sumYear(ctx.db, ctx.tenantId, range, areaIds);
}
