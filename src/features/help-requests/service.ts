import type { Database } from '../../db/client.ts';
import { recordAudit, recordAuditMany } from '../../platform/audit/audit.ts';
import { assertRole, canManageArea } from '../../platform/auth/permissions.ts';
import { japanToday, systemActor, type ServiceContext } from '../../platform/context/service-context.ts';
import { Forbidden, Invalid, NotFound } from '../../platform/errors/app-error.ts';
import * as areasService from '../areas/service.ts';
import * as townsService from '../areas/towns/service.ts';
import { queueArrivalNotice, type ArrivalFacts } from '../arrival-notices/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import * as repository from './repository.ts';
import type { HelpRequestRow, HelpRequestStatusChangeRow, RequestWithResident, ResidentRow } from './repository.ts';
import { draftFields, hasIntakeContent } from './draft-fields.ts';
import { canChangeRequestStatus } from './request-rules.ts';
import { residentSearchTerms, residentSearchText } from './resident-search.ts';
import type { ContactInput, IntakeInput, PublicRequestInput, RequestExportQuery, RequestListQuery, RequestStatusInput } from './validation.ts';
import { helpRequestsCsv } from './help-requests-csv.ts';
import type { Locale } from '../../platform/i18n/i18n.ts';
import { positionOf, type Position } from '../../platform/geo/position.ts';
import type { HelpRequestStatus } from './vocabulary.ts';

export type { HelpRequestRow, HelpRequestStatusChangeRow, RequestWithResident, ResidentRow };
export type HelpRequestDetail = RequestWithResident & { history: HelpRequestStatusChangeRow[] };

/** Admins see every request and resident; coordinators those of their areas; nobody else any. */
export function visibleAreaIds(ctx: ServiceContext): readonly string[] | undefined {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  return actor.role === 'admin' ? undefined : actor.areaIds;
}

/** Residents matching what the coordinator typed (name, reading or phone); each one shown leaves an audit row. */
export async function searchResidents(ctx: ServiceContext, query: string): Promise<ResidentRow[]> {
  const areaIds = visibleAreaIds(ctx);
  const terms = residentSearchTerms(query);
  if (terms.length === 0) return [];
  const rows = await repository.searchResidents(ctx.db, ctx.tenantId, terms, areaIds);
  await recordAuditMany(ctx, ctx.db, rows.map((r) => ({ action: 'search_result', entityType: 'resident', entityId: r.id })));
  return rows;
}

/** One resident, for the intake screen after choosing them; reading it is audited. */
export async function getResident(ctx: ServiceContext, id: string): Promise<ResidentRow> {
  visibleAreaIds(ctx);
  const row = await repository.selectResident(ctx.db, ctx.tenantId, id);
  if (!row) throw new NotFound();
  if (!canManageArea(ctx.actor, row.areaId)) throw new Forbidden();
  await recordAudit(ctx, ctx.db, { action: 'view', entityType: 'resident', entityId: id });
  return row;
}

async function checkHelpType(ctx: ServiceContext, helpTypeId: string): Promise<void> {
  const known = await volunteersService.findHelpTypes(ctx);
  if (!known.some((h) => h.id === helpTypeId)) throw new Invalid([{ path: 'helpTypeId', message: 'validation.choice' }]);
}

async function districtArea(ctx: ServiceContext, districtId: string): Promise<string> {
  const district = await areasService.getDistrict(ctx, districtId).catch(() => {
    throw new Invalid([{ path: 'residentDistrictId', message: 'validation.choice' }]);
  });
  return district.areaId;
}

type NewResident = Pick<IntakeInput, 'residentName' | 'residentReading' | 'residentPhone' | 'residentPostalCode' | 'residentAddress' | 'residentLatitude' | 'residentLongitude' | 'household' | 'situationNotes'>;

function residentValues(input: NewResident, districtId: string | null, areaId: string, now: Date) {
  const person = { name: input.residentName, nameReading: input.residentReading, phone: input.residentPhone };
  return {
    ...person,
    postalCode: input.residentPostalCode,
    address: input.residentAddress,
    latitude: input.residentLatitude,
    longitude: input.residentLongitude,
    districtId,
    areaId,
    household: input.household,
    situationNotes: input.situationNotes,
    searchText: residentSearchText(person),
    createdAt: now,
    updatedAt: now,
  };
}

type RequestStart = { source: 'phone' | 'public'; resident: ResidentRow; createdByUserId: string | null };

async function insertReceived(ctx: ServiceContext, db: Database, input: Omit<IntakeInput, 'residentId' | keyof NewResident | 'residentDistrictId'>, start: RequestStart): Promise<HelpRequestRow> {
  const today = japanToday(ctx.now);
  const row = await repository.insertHelpRequest(db, ctx.tenantId, {
    ...input,
    residentId: start.resident.id,
    areaId: start.resident.areaId,
    districtId: start.resident.districtId,
    status: 'received',
    statusSince: today,
    source: start.source,
    receivedOn: today,
    createdByUserId: start.createdByUserId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  await repository.insertRequestStatusChange(db, ctx.tenantId, { helpRequestId: row.id, fromStatus: null, toStatus: 'received', onDate: today, createdAt: ctx.now });
  await recordAudit(ctx, db, { action: 'create', entityType: 'help_request', entityId: row.id, after: { source: start.source, areaId: row.areaId, helpTypeId: row.helpTypeId } });
  return row;
}

/** A coordinator takes a phone call: a new or existing resident and their request, written together or not at all; the draft goes. */
export async function receiveByPhone(ctx: ServiceContext, input: IntakeInput, draftId: string | null): Promise<HelpRequestRow> {
  visibleAreaIds(ctx);
  await checkHelpType(ctx, input.helpTypeId);
  const { residentId, residentName, residentReading, residentPhone, residentPostalCode, residentAddress, residentLatitude, residentLongitude, residentDistrictId, household, situationNotes, ...request } = input;
  const existing = residentId ? await repository.selectResident(ctx.db, ctx.tenantId, residentId) : undefined;
  if (residentId && !existing) throw new Invalid([{ path: 'residentId', message: 'validation.choice' }]);
  const areaId = existing ? existing.areaId : await districtArea(ctx, residentDistrictId!);
  if (!canManageArea(ctx.actor, areaId)) throw new Invalid([{ path: 'residentDistrictId', message: 'helpRequests.districtOutsideAreas' }]);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const newResident = { residentName, residentReading, residentPhone, residentPostalCode, residentAddress, residentLatitude, residentLongitude, household, situationNotes };
    const resident = existing ?? (await repository.insertResident(db, ctx.tenantId, residentValues(newResident, residentDistrictId!, areaId, ctx.now)));
    if (!existing) await recordAudit(ctx, db, { action: 'create', entityType: 'resident', entityId: resident.id });
    const row = await insertReceived(ctx, db, request, { source: 'phone', resident, createdByUserId: ctx.actor!.id });
    if (draftId) await repository.deleteDraft(db, ctx.tenantId, ctx.actor!.id, draftId);
    return row;
  });
}

/** Anyone may ask for help on the public form; it waits as 受付 for the coordinator of the district's area. */
export async function receivePublicRequest(ctx: ServiceContext, input: PublicRequestInput): Promise<void> {
  await checkHelpType(ctx, input.helpTypeId);
  const { districtId, areaId } = await townsService.placeFromPublicForm(ctx, input.residentDistrictId, input.residentAddress, 'residentDistrictId');
  const form: ServiceContext = { ...ctx, actor: systemActor(ctx.tenantId, '公開フォーム') };
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const person = { residentName: input.residentName, residentReading: input.residentReading, residentPhone: input.residentPhone, residentPostalCode: '', residentAddress: input.residentAddress, residentLatitude: null, residentLongitude: null, household: '' as const, situationNotes: '' };
    const resident = await repository.insertResident(db, ctx.tenantId, residentValues(person, districtId, areaId, ctx.now));
    await recordAudit(form, db, { action: 'create', entityType: 'resident', entityId: resident.id });
    const request = { helpTypeId: input.helpTypeId, description: input.description, referrerType: input.referrerType, referrerName: input.referrerName, referrerPhone: '', preferredOn: null, timeSlot: '' as const, frequency: 'once' as const, recurringWeekdays: [], urgency: 'normal' as const, meetingPoint: '' };
    const row = await insertReceived(form, db, request, { source: 'public', resident, createdByUserId: null });
    await queueArrivalNotice(form, db, { kind: 'help_request', id: row.id });
  });
}

/** What the notice of a web 相談 may say; naming the resident is a read of their data, so it is audited. */
export async function describeArrival(ctx: ServiceContext, id: string, withName: boolean): Promise<ArrivalFacts | null> {
  const request = await repository.selectHelpRequest(ctx.db, ctx.tenantId, id);
  if (!request) return null;
  const [helpTypes, district, resident] = await Promise.all([
    volunteersService.findHelpTypes(ctx),
    request.districtId ? areasService.getDistrict(ctx, request.districtId).catch(() => null) : null,
    withName ? repository.selectResident(ctx.db, ctx.tenantId, request.residentId) : null,
  ]);
  if (resident) await recordAudit(ctx, ctx.db, { action: 'view', entityType: 'resident', entityId: resident.id, after: { helpRequestId: id, purpose: 'arrival_notice' } });
  const what = helpTypes.find((h) => h.id === request.helpTypeId)?.name ?? '';
  return { areaId: request.areaId, districtName: district?.name ?? '', what, personName: resident?.name ?? null, staffPath: `/staff/help-requests/${id}` };
}

// A list naming residents is a view of each of them: one audit row per list shown, naming every resident on it.
async function recordResidentsListed(ctx: ServiceContext, list: string, residentIds: string[], filter: Record<string, unknown>): Promise<void> {
  if (residentIds.length === 0) return;
  await recordAudit(ctx, ctx.db, { action: 'list', entityType: 'resident', entityId: '', after: { list, residentIds: [...new Set(residentIds)], filter } });
}

/** Requests the actor may see, newest first; the list names residents, so it leaves an audit row. */
export async function findHelpRequests(ctx: ServiceContext, query: RequestListQuery = {}): Promise<RequestWithResident[]> {
  const rows = await repository.selectHelpRequests(ctx.db, ctx.tenantId, { areaIds: visibleAreaIds(ctx), status: query.status || undefined, source: query.source || undefined });
  await recordResidentsListed(ctx, 'help_requests', rows.map((r) => r.resident.id), { status: query.status ?? '' });
  return rows;
}

/** Every request with its resident as CSV, for admins only: personal data leaving the system, so every export leaves one audit row with its filter and row count. */
export async function exportHelpRequestsCsv(ctx: ServiceContext, query: RequestExportQuery, locale: Locale): Promise<Buffer> {
  assertRole(ctx, 'admin');
  const { encoding, ...filter } = query;
  const [rows, districts, helpTypes] = await Promise.all([
    repository.selectHelpRequests(ctx.db, ctx.tenantId, { status: filter.status || undefined }, null),
    areasService.findDistricts(ctx),
    volunteersService.findHelpTypes(ctx),
  ]);
  await recordAudit(ctx, ctx.db, { action: 'export', entityType: 'help_request', entityId: '', after: { format: 'csv', rows: rows.length, filter: { status: filter.status ?? '' }, encoding } });
  const names = { districts: new Map(districts.map((d) => [d.id, d.name])), helpTypes: new Map(helpTypes.map((h) => [h.id, h.name])) };
  return helpRequestsCsv(rows, names, { locale, encoding });
}

/** One request with its resident and history; reading the resident's record leaves an audit row. */
export async function getHelpRequest(ctx: ServiceContext, id: string): Promise<HelpRequestDetail> {
  visibleAreaIds(ctx);
  const request = await repository.selectHelpRequest(ctx.db, ctx.tenantId, id);
  if (!request) throw new NotFound();
  if (!canManageArea(ctx.actor, request.areaId)) throw new Forbidden();
  const [resident, history] = await Promise.all([repository.selectResident(ctx.db, ctx.tenantId, request.residentId), repository.selectRequestStatusChanges(ctx.db, ctx.tenantId, id)]);
  await recordAudit(ctx, ctx.db, { action: 'view', entityType: 'resident', entityId: request.residentId, after: { helpRequestId: id } });
  return { request, resident: resident!, history };
}

/** Moves a request along 受付 → 調整中 → マッチング済 → 活動中 → 終了, or ends it as 対応できず with a reason. */
export async function changeRequestStatus(ctx: ServiceContext, id: string, input: RequestStatusInput): Promise<HelpRequestRow> {
  visibleAreaIds(ctx);
  const before = await repository.selectHelpRequest(ctx.db, ctx.tenantId, id);
  if (!before) throw new NotFound();
  if (!canManageArea(ctx.actor, before.areaId)) throw new Forbidden();
  const from = before.status as HelpRequestStatus;
  if (!canChangeRequestStatus(from, input.toStatus)) throw new Invalid([{ path: 'toStatus', message: 'helpRequests.transitionNotAllowed' }]);
  if (input.onDate < before.statusSince) throw new Invalid([{ path: 'onDate', message: 'helpRequests.statusDateOrder' }]);
  const ends = input.toStatus === 'closed' || input.toStatus === 'unmet';
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const reason = input.toStatus === 'unmet' ? input.unmetReason : '';
    const outcome = input.toStatus === 'closed' ? input.outcome : before.outcome;
    const after = await repository.updateHelpRequestRow(db, ctx.tenantId, id, { status: input.toStatus, statusSince: input.onDate, unmetReason: reason, outcome, closedOn: ends ? input.onDate : null, updatedAt: ctx.now });
    await repository.insertRequestStatusChange(db, ctx.tenantId, { helpRequestId: id, fromStatus: from, toStatus: input.toStatus, onDate: input.onDate, reason, createdAt: ctx.now });
    await recordAudit(ctx, db, { action: 'status', entityType: 'help_request', entityId: id, before: { status: from }, after: { status: input.toStatus, reason } });
    return after!;
  });
}

export type DraftRow = repository.DraftRow;
export type DraftSummary = DraftRow & { residentName: string };

/**
 * Saves what the coordinator has typed so far (new draft, or over their own);
 * nothing is checked yet. A form with nothing of the call in it (a search
 * alone) starts no draft: null.
 */
export async function saveDraft(ctx: ServiceContext, draftId: string | null, fields: Record<string, string | string[]>): Promise<DraftRow | null> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const kept = draftFields(fields);
  if (draftId) {
    const updated = await repository.updateDraft(ctx.db, ctx.tenantId, actor.id, draftId, kept, ctx.now);
    if (updated) return updated;
  }
  if (!hasIntakeContent(kept)) return null;
  return repository.insertDraft(ctx.db, ctx.tenantId, actor.id, kept, ctx.now);
}

/** One of the actor's own drafts; another person's draft is simply not found. */
export async function getDraft(ctx: ServiceContext, draftId: string): Promise<DraftRow> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const row = await repository.selectDraft(ctx.db, ctx.tenantId, actor.id, draftId);
  if (!row) throw new NotFound();
  return row;
}

const uuidText = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The actor's unfinished intakes, newest first, each named by the resident
 * chosen in it (whose fields the form then leaves empty) or the name typed;
 * naming chosen residents leaves an audit row like any list of them.
 */
export async function findDrafts(ctx: ServiceContext): Promise<DraftSummary[]> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const rows = await repository.selectDrafts(ctx.db, ctx.tenantId, actor.id);
  const chosen = [...new Set(rows.map((d) => d.fields.residentId ?? '').filter((id) => uuidText.test(id)))];
  const residents = chosen.length ? await repository.selectResidentsByIds(ctx.db, ctx.tenantId, chosen, visibleAreaIds(ctx)) : [];
  await recordResidentsListed(ctx, 'drafts', residents.map((r) => r.id), {});
  const names = new Map(residents.map((r) => [r.id, r.anonymisedAt ? '' : r.name]));
  return rows.map((d) => ({ ...d, residentName: names.get(d.fields.residentId ?? '') || d.fields.residentName || '' }));
}

/** Throws away one of the actor's drafts. */
export async function discardDraft(ctx: ServiceContext, draftId: string): Promise<void> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  await repository.deleteDraft(ctx.db, ctx.tenantId, actor.id, draftId);
}

export type ResidentRequests = { open: HelpRequestRow[]; ended: HelpRequestRow[] };

/** How many ended requests the intake shows beside a chosen resident. */
const endedShown = 5;

/**
 * A chosen resident's open requests and their latest ended ones, for the
 * intake: a family member may have sent the web form before phoning. Only
 * requests of the actor's areas; the list is audited like a view of the resident.
 */
export async function findRequestsOfResident(ctx: ServiceContext, residentId: string): Promise<ResidentRequests> {
  const rows = (await repository.selectHelpRequests(ctx.db, ctx.tenantId, { areaIds: visibleAreaIds(ctx), residentId }, 100)).map((r) => r.request);
  const isEnded = (r: HelpRequestRow) => r.status === 'closed' || r.status === 'unmet';
  const shown = { open: rows.filter((r) => !isEnded(r)), ended: rows.filter(isEnded).slice(0, endedShown) };
  const ids = [...shown.open, ...shown.ended].map((r) => r.id);
  if (ids.length) await recordAudit(ctx, ctx.db, { action: 'list', entityType: 'resident', entityId: residentId, after: { list: 'resident_requests', helpRequestIds: ids } });
  return shown;
}

/** The request a coordinator is matching for (area checked); no resident details leave, so no audit row. */
export async function getRequestForMatching(ctx: ServiceContext, id: string): Promise<HelpRequestRow> {
  visibleAreaIds(ctx);
  const request = await repository.selectHelpRequest(ctx.db, ctx.tenantId, id);
  if (!request) throw new NotFound();
  if (!canManageArea(ctx.actor, request.areaId)) throw new Forbidden();
  return request;
}

/**
 * Where the request's resident lives, for distances in matching: their own
 * coordinates, else their district's centre. Only a distance is shown, never
 * the place, so no audit row.
 */
export async function findResidentPositionForMatching(ctx: ServiceContext, request: HelpRequestRow): Promise<Position | null> {
  visibleAreaIds(ctx);
  const resident = await repository.selectResident(ctx.db, ctx.tenantId, request.residentId);
  const districtId = resident?.districtId ?? request.districtId;
  const district = districtId ? await areasService.getDistrict(ctx, districtId).catch(() => null) : null;
  return positionOf({ latitude: resident?.latitude ?? null, longitude: resident?.longitude ?? null }, district);
}

/** Moves a request on as matching progresses (受付 → 調整中 → マッチング済 → 活動中) when its status allows; runs in the caller's transaction. */
export async function advanceRequestStatus(ctx: ServiceContext, db: Database, requestId: string, to: HelpRequestStatus): Promise<void> {
  const before = await repository.selectHelpRequest(db, ctx.tenantId, requestId);
  if (!before || !canChangeRequestStatus(before.status as HelpRequestStatus, to)) return;
  const today = japanToday(ctx.now);
  await repository.updateHelpRequestRow(db, ctx.tenantId, requestId, { status: to, statusSince: today, updatedAt: ctx.now });
  await repository.insertRequestStatusChange(db, ctx.tenantId, { helpRequestId: requestId, fromStatus: before.status, toStatus: to, onDate: today, createdAt: ctx.now });
}

export type VolunteerPageRequest = { id: string; residentFirstName: string; districtId: string | null; meetingPoint: string; description: string; helpTypeId: string };

/** Only what a volunteer's page may show about requests they were asked to help with: the resident's first name, never contact or notes. */
export async function findRequestsForVolunteerPage(ctx: ServiceContext, ids: string[]): Promise<VolunteerPageRequest[]> {
  const rows = await repository.selectHelpRequestsByIds(ctx.db, ctx.tenantId, ids);
  return rows.map(({ request, resident }) => ({
    id: request.id,
    residentFirstName: resident.anonymisedAt ? '' : (resident.name.split(/[\s　]+/)[0] ?? ''),
    districtId: request.districtId,
    meetingPoint: request.meetingPoint,
    description: request.description,
    helpTypeId: request.helpTypeId,
  }));
}

export type ContactRow = repository.ContactRow;
export type FollowUpDue = repository.FollowUpDue;

/** Logs a phone call, visit or mail about a request, with a follow-up date where one is needed. */
export async function addContact(ctx: ServiceContext, requestId: string, input: ContactInput): Promise<ContactRow> {
  const request = await getRequestForMatching(ctx, requestId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const row = await repository.insertContact(db, ctx.tenantId, { helpRequestId: request.id, ...input, createdByUserId: ctx.actor!.id, createdAt: ctx.now });
    await recordAudit(ctx, db, { action: 'create', entityType: 'help_request_contact', entityId: row.id, after: { helpRequestId: request.id, means: input.means, followUpOn: input.followUpOn } });
    return row;
  });
}

/** The contact log of a request, newest first. */
export async function findContacts(ctx: ServiceContext, requestId: string): Promise<ContactRow[]> {
  await getRequestForMatching(ctx, requestId);
  return repository.selectContacts(ctx.db, ctx.tenantId, requestId);
}

/** Marks a follow-up as done so it leaves the home page. */
export async function completeFollowUp(ctx: ServiceContext, contactId: string): Promise<ContactRow> {
  const contact = await repository.selectContact(ctx.db, ctx.tenantId, contactId);
  if (!contact) throw new NotFound();
  await getRequestForMatching(ctx, contact.helpRequestId);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await repository.markFollowUpDone(db, ctx.tenantId, contactId, ctx.now);
    await recordAudit(ctx, db, { action: 'follow_up_done', entityType: 'help_request_contact', entityId: contactId });
  });
  return contact;
}

/** Follow-ups due today or overdue in the actor's areas, for the coordinator's home page. */
export async function findFollowUpsDue(ctx: ServiceContext): Promise<FollowUpDue[]> {
  const rows = await repository.selectFollowUpsDue(ctx.db, ctx.tenantId, japanToday(ctx.now), visibleAreaIds(ctx));
  await recordResidentsListed(ctx, 'follow_ups_due', rows.map((r) => r.request.residentId), {});
  return rows;
}

export type RequestCounts = Record<repository.RequestGrouping, { key: string; count: number }[]>;

/** Requests of a 年度 by help type, area, outcome, unmet reason, who asked and how: figures with no personal data, so staff may see them. */
export async function countRequestsForYear(ctx: ServiceContext, range: { start: string; end: string }, areaIds?: readonly string[]): Promise<RequestCounts> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const groupings = ['helpType', 'area', 'outcome', 'unmetReason', 'referrer', 'source'] as const;
  const counts = await Promise.all(groupings.map((by) => repository.countRequestsBy(ctx.db, ctx.tenantId, range, areaIds, by)));
  return Object.fromEntries(groupings.map((by, i) => [by, counts[i]!])) as RequestCounts;
}

/**
 * Live evidence for a local issue: unanswered requests (対応できず in the last
 * twelve months) and requests waiting now (受付・調整中) of these help types in
 * these areas; counts only, so every staff role may see them.
 */
export async function countUnansweredRequests(ctx: ServiceContext, filter: { helpTypeIds: readonly string[]; areaIds: readonly string[] }): Promise<{ unmet: number; waiting: number }> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const today = japanToday(ctx.now);
  const since = `${Number(today.slice(0, 4)) - 1}${today.slice(4) === '-02-29' ? '-02-28' : today.slice(4)}`;
  return repository.countUnansweredRequests(ctx.db, ctx.tenantId, { ...filter, since });
}

/**
 * Removes personal details from requests closed longer ago than the tenant's
 * retention (default 5 years), and from their residents once none of theirs is
 * recent; counts, dates, help types and outcomes stay for the yearly figures.
 */
export async function anonymiseOldRequests(ctx: ServiceContext, retentionYears: number): Promise<number> {
  assertRole(ctx, 'admin');
  const [year, rest] = [Number(japanToday(ctx.now).slice(0, 4)), japanToday(ctx.now).slice(4)];
  const closedBefore = `${year - retentionYears}${rest === '-02-29' ? '-02-28' : rest}`;
  const due = await repository.selectRequestsToAnonymise(ctx.db, ctx.tenantId, closedBefore);
  for (const request of due) {
    await ctx.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      await repository.anonymiseRequestRow(db, ctx.tenantId, request.id, ctx.now);
      if (!(await repository.residentHasRecentRequests(db, ctx.tenantId, request.residentId, closedBefore))) await repository.anonymiseResidentRow(db, ctx.tenantId, request.residentId, ctx.now);
      await recordAudit(ctx, db, { action: 'anonymise', entityType: 'help_request', entityId: request.id });
    });
  }
  return due.length;
}

/** How many web 相談 in the actor's areas nobody has taken up yet (a count, no personal data). */
export async function countWebRequestsWaiting(ctx: ServiceContext): Promise<number> {
  return repository.countWebRequestsWaiting(ctx.db, ctx.tenantId, visibleAreaIds(ctx));
}

/** Whether a volunteer would know where to go: the request names a meeting point or the resident has an address. Only a yes or no leaves, so no audit row. */
export async function hasMeetingPlace(ctx: ServiceContext, request: HelpRequestRow): Promise<boolean> {
  if (request.meetingPoint.trim()) return true;
  const resident = await repository.selectResident(ctx.db, ctx.tenantId, request.residentId);
  return Boolean(resident?.address.trim());
}

/** The coordinator adds (or corrects) where the volunteer meets the resident, so the request can be proposed. */
export async function setMeetingPoint(ctx: ServiceContext, id: string, meetingPoint: string): Promise<void> {
  const before = await getRequestForMatching(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await repository.updateHelpRequestRow(db, ctx.tenantId, id, { meetingPoint, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'help_request', entityId: id, before: { meetingPoint: before.meetingPoint }, after: { meetingPoint } });
  });
}
