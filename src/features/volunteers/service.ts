import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertRole, canManageArea } from '../../platform/auth/permissions.ts';
import { japanToday, systemActor, type ServiceContext } from '../../platform/context/service-context.ts';
import { Forbidden, Invalid, NotFound } from '../../platform/errors/app-error.ts';
import * as areasService from '../areas/service.ts';
import * as townsService from '../areas/towns/service.ts';
import { queueArrivalNotice, type ArrivalFacts } from '../arrival-notices/service.ts';
import * as repository from './repository.ts';
import type { HelpTypeRow, VolunteerRow, VolunteerStatusChangeRow } from './repository.ts';
import type { HelpTypeInput, InsuranceInput, NewVolunteerInput, StatusChangeInput, VolunteerApplicationInput, VolunteerExportQuery, VolunteerInput, VolunteerListQuery } from './validation.ts';
import { volunteersCsv } from './volunteer-csv.ts';
import type { Locale } from '../../platform/i18n/i18n.ts';
import { canChangeStatus, fiscalYearsSince, registrationFigures, type RegistrationFigure, type StatusChange } from './volunteer-rules.ts';
import { defaultHelpTypes, type VolunteerStatus } from './vocabulary.ts';

export type { HelpTypeRow, RegistrationFigure, VolunteerRow, VolunteerStatusChangeRow };

/** The tenant's list of what volunteers can do; a tenant without one gets the default list first. */
export async function findHelpTypes(ctx: ServiceContext): Promise<HelpTypeRow[]> {
  const existing = await repository.selectHelpTypes(ctx.db, ctx.tenantId);
  if (existing.length) return existing;
  await repository.insertHelpTypes(
    ctx.db,
    ctx.tenantId,
    defaultHelpTypes.map(([code, name, nameReading, needCategoryCode], sortOrder) => ({ code, name, nameReading, needCategoryCode, sortOrder })),
  );
  return repository.selectHelpTypes(ctx.db, ctx.tenantId);
}

/** Admin adds a kind of help to the tenant's list. */
export async function addHelpType(ctx: ServiceContext, input: HelpTypeInput): Promise<void> {
  assertRole(ctx, 'admin');
  const existing = await findHelpTypes(ctx);
  if (existing.some((h) => h.name === input.name)) throw new Invalid([{ path: 'name', message: 'volunteers.helpTypeExists' }]);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const code = `custom_${existing.length + 1}_${Date.now().toString(36)}`;
    await repository.insertHelpTypes(db, ctx.tenantId, [{ code, name: input.name, nameReading: input.nameReading, sortOrder: existing.length }]);
    await recordAudit(ctx, db, { action: 'create', entityType: 'help_type', entityId: code, after: input });
  });
}

/** Admins see every volunteer; coordinators those living in their areas; others none. */
function visibleAreaIds(ctx: ServiceContext): readonly string[] | undefined {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  return actor.role === 'admin' ? undefined : actor.areaIds;
}

/** Volunteers the actor may see, by reading, optionally by status and area. */
export async function findVolunteers(ctx: ServiceContext, query: VolunteerListQuery = {}): Promise<VolunteerRow[]> {
  const areaIds = visibleAreaIds(ctx);
  return repository.selectVolunteers(ctx.db, ctx.tenantId, { areaIds, status: query.status || undefined, areaId: query.areaId || undefined });
}

/** The volunteer list as CSV, for admins only: personal data leaving the system, so every export leaves one audit row with its filter and row count. */
export async function exportVolunteersCsv(ctx: ServiceContext, query: VolunteerExportQuery, locale: Locale): Promise<Buffer> {
  assertRole(ctx, 'admin');
  const { encoding, ...filter } = query;
  const [rows, districts, helpTypes] = await Promise.all([
    repository.selectVolunteers(ctx.db, ctx.tenantId, { status: filter.status || undefined, areaId: filter.areaId || undefined }),
    areasService.findDistricts(ctx),
    findHelpTypes(ctx),
  ]);
  await recordAudit(ctx, ctx.db, { action: 'export', entityType: 'volunteer', entityId: '', after: { format: 'csv', rows: rows.length, filter: { status: filter.status ?? '', areaId: filter.areaId ?? '' }, encoding } });
  const names = { districts: new Map(districts.map((d) => [d.id, d.name])), helpTypes: new Map(helpTypes.map((h) => [h.id, h.name])) };
  return volunteersCsv(rows, names, { locale, now: ctx.now, encoding });
}

/** One volunteer's record; reading it leaves an audit row. NotFound for another tenant's, Forbidden outside the actor's areas. */
export async function getVolunteer(ctx: ServiceContext, id: string): Promise<VolunteerRow> {
  assertRole(ctx, 'admin', 'coordinator');
  const row = await repository.selectVolunteer(ctx.db, ctx.tenantId, id);
  if (!row) throw new NotFound();
  if (!canManageArea(ctx.actor, row.areaId)) throw new Forbidden();
  await recordAudit(ctx, ctx.db, { action: 'view', entityType: 'volunteer', entityId: id });
  return row;
}

/** A volunteer's status history, oldest first. */
export async function findStatusHistory(ctx: ServiceContext, volunteer: VolunteerRow): Promise<VolunteerStatusChangeRow[]> {
  if (!canManageArea(ctx.actor, volunteer.areaId)) throw new Forbidden();
  return repository.selectStatusChanges(ctx.db, ctx.tenantId, { volunteerId: volunteer.id });
}

// The district must be the tenant's and the help types on its list; returns the district's area.
async function checkChoices(ctx: ServiceContext, input: { districtId: string; helpTypeIds: string[] }): Promise<string> {
  const district = await areasService.getDistrict(ctx, input.districtId).catch(() => {
    throw new Invalid([{ path: 'districtId', message: 'validation.choice' }]);
  });
  await checkHelpTypes(ctx, input.helpTypeIds);
  return district.areaId;
}

async function checkHelpTypes(ctx: ServiceContext, helpTypeIds: string[]): Promise<void> {
  const known = new Set((await findHelpTypes(ctx)).map((h) => h.id));
  if (!helpTypeIds.every((id) => known.has(id))) throw new Invalid([{ path: 'helpTypeIds', message: 'validation.choice' }]);
}

type StartValues = { source: 'public' | 'staff'; appliedOn: string; monthlyAssignmentLimit: number };

async function insertApplied(ctx: ServiceContext, input: Omit<VolunteerApplicationInput, 'districtId'> & { districtId: string | null }, areaId: string, start: StartValues): Promise<VolunteerRow> {
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const row = await repository.insertVolunteer(db, ctx.tenantId, {
      ...input,
      areaId,
      status: 'applied',
      statusSince: start.appliedOn,
      monthlyAssignmentLimit: start.monthlyAssignmentLimit,
      source: start.source,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repository.insertStatusChange(db, ctx.tenantId, { volunteerId: row.id, fromStatus: null, toStatus: 'applied', onDate: start.appliedOn, createdAt: ctx.now });
    if (start.source === 'public') await queueArrivalNotice(ctx, db, { kind: 'volunteer', id: row.id });
    await recordAudit(ctx, db, { action: 'create', entityType: 'volunteer', entityId: row.id, after: { source: start.source, areaId } });
    return row;
  });
}

/** Anyone applies through the public form; the record starts as 応募 for the area's coordinator. */
export async function applyAsVolunteer(ctx: ServiceContext, input: VolunteerApplicationInput): Promise<void> {
  const placement = await townsService.placeFromPublicForm(ctx, input.districtId, input.address, 'districtId');
  await checkHelpTypes(ctx, input.helpTypeIds);
  const publicForm: ServiceContext = { ...ctx, actor: systemActor(ctx.tenantId, '公開フォーム') };
  await insertApplied(publicForm, { ...input, districtId: placement.districtId }, placement.areaId, { source: 'public', appliedOn: japanToday(ctx.now), monthlyAssignmentLimit: 4 });
}

/** A coordinator (in their areas) or an admin enters a volunteer from paper or a phone call. */
export async function createVolunteer(ctx: ServiceContext, input: NewVolunteerInput): Promise<VolunteerRow> {
  assertRole(ctx, 'admin', 'coordinator');
  const { appliedOn, monthlyAssignmentLimit, ...fields } = input;
  const areaId = await checkChoices(ctx, fields);
  if (!canManageArea(ctx.actor, areaId)) throw new Invalid([{ path: 'districtId', message: 'volunteers.districtOutsideAreas' }]);
  return insertApplied(ctx, fields, areaId, { source: 'staff', appliedOn: appliedOn ?? japanToday(ctx.now), monthlyAssignmentLimit });
}

/** Corrects a volunteer's details; moving them to another area needs access to both. */
export async function updateVolunteer(ctx: ServiceContext, id: string, input: VolunteerInput): Promise<VolunteerRow> {
  const before = await repository.selectVolunteer(ctx.db, ctx.tenantId, id);
  if (!before) throw new NotFound();
  if (!canManageArea(ctx.actor, before.areaId)) throw new Forbidden();
  const areaId = await checkChoices(ctx, input);
  if (!canManageArea(ctx.actor, areaId)) throw new Invalid([{ path: 'districtId', message: 'volunteers.districtOutsideAreas' }]);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateVolunteerRow(db, ctx.tenantId, id, { ...input, areaId, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'volunteer', entityId: id, before, after });
    return after!;
  });
}

/** Moves a volunteer along 応募 → 面談済 → 登録 → 休止 → 退会, on a date no earlier than the current status began. */
export async function changeVolunteerStatus(ctx: ServiceContext, id: string, input: StatusChangeInput): Promise<VolunteerRow> {
  const before = await repository.selectVolunteer(ctx.db, ctx.tenantId, id);
  if (!before) throw new NotFound();
  if (!canManageArea(ctx.actor, before.areaId)) throw new Forbidden();
  const from = before.status as VolunteerStatus;
  if (!canChangeStatus(from, input.toStatus)) throw new Invalid([{ path: 'toStatus', message: 'volunteers.transitionNotAllowed' }]);
  if (input.onDate < before.statusSince) throw new Invalid([{ path: 'onDate', message: 'volunteers.statusDateOrder' }]);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateVolunteerRow(db, ctx.tenantId, id, { status: input.toStatus, statusSince: input.onDate, updatedAt: ctx.now });
    await repository.insertStatusChange(db, ctx.tenantId, { volunteerId: id, fromStatus: from, toStatus: input.toStatus, onDate: input.onDate, note: input.note, createdAt: ctx.now });
    await recordAudit(ctx, db, { action: 'status', entityType: 'volunteer', entityId: id, before: { status: from }, after: { status: input.toStatus, onDate: input.onDate } });
    return after!;
  });
}

/** Records when the volunteer took out ボランティア活動保険 (empty clears it). */
export async function recordInsurance(ctx: ServiceContext, id: string, input: InsuranceInput): Promise<VolunteerRow> {
  const before = await repository.selectVolunteer(ctx.db, ctx.tenantId, id);
  if (!before) throw new NotFound();
  if (!canManageArea(ctx.actor, before.areaId)) throw new Forbidden();
  if (input.insuranceEnrolledOn && input.insuranceEnrolledOn > japanToday(ctx.now)) throw new Invalid([{ path: 'insuranceEnrolledOn', message: 'volunteers.insuranceInFuture' }]);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateVolunteerRow(db, ctx.tenantId, id, { insuranceEnrolledOn: input.insuranceEnrolledOn, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'insurance', entityType: 'volunteer', entityId: id, before: { insuranceEnrolledOn: before.insuranceEnrolledOn }, after: { insuranceEnrolledOn: input.insuranceEnrolledOn } });
    return after!;
  });
}

/** Registration counts per 年度 (no personal data, so staff see them too), optionally for some areas only. */
export async function findRegistrationFigures(ctx: ServiceContext, areaIds?: readonly string[]): Promise<RegistrationFigure[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const rows = await repository.selectStatusChanges(ctx.db, ctx.tenantId, { areaIds });
  const changes: StatusChange[] = rows.map((r) => ({ volunteerId: r.volunteerId, fromStatus: r.fromStatus as VolunteerStatus | null, toStatus: r.toStatus as VolunteerStatus, onDate: r.onDate }));
  return registrationFigures(changes, fiscalYearsSince(changes, ctx.now));
}

/** Volunteers by id, for naming them beside matches the actor is already allowed to see. */
export async function findVolunteersByIds(ctx: ServiceContext, ids: string[]): Promise<VolunteerRow[]> {
  assertRole(ctx, 'admin', 'coordinator');
  return repository.selectVolunteersByIds(ctx.db, ctx.tenantId, ids);
}

/** The volunteer a personal link names, for the link's own checks (the link is the permission). */
export async function findVolunteerForLink(ctx: ServiceContext, id: string): Promise<VolunteerRow | undefined> {
  return repository.selectVolunteer(ctx.db, ctx.tenantId, id);
}

/** Makes every personal link issued so far stop working. */
export async function revokeVolunteerLinks(ctx: ServiceContext, id: string): Promise<VolunteerRow> {
  const before = await repository.selectVolunteer(ctx.db, ctx.tenantId, id);
  if (!before) throw new NotFound();
  if (!canManageArea(ctx.actor, before.areaId)) throw new Forbidden();
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateVolunteerRow(db, ctx.tenantId, id, { linkVersion: before.linkVersion + 1, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'revoke_link', entityType: 'volunteer', entityId: id });
    return after!;
  });
}

/** What the notice of a volunteer application may say; naming the applicant is a read of their data, so it is audited. */
export async function describeArrival(ctx: ServiceContext, id: string, withName: boolean): Promise<ArrivalFacts | null> {
  const volunteer = await repository.selectVolunteer(ctx.db, ctx.tenantId, id);
  if (!volunteer) return null;
  const [helpTypes, district] = await Promise.all([findHelpTypes(ctx), volunteer.districtId ? areasService.getDistrict(ctx, volunteer.districtId).catch(() => null) : null]);
  if (withName) await recordAudit(ctx, ctx.db, { action: 'view', entityType: 'volunteer', entityId: id, after: { purpose: 'arrival_notice' } });
  const what = helpTypes.filter((h) => volunteer.helpTypeIds.includes(h.id)).map((h) => h.name).join('、');
  return { areaId: volunteer.areaId, districtName: district?.name ?? '', what, personName: withName ? volunteer.name : null, staffPath: `/staff/volunteers/${id}` };
}

/** How many applications (応募) in the actor's areas wait for a first contact (a count, no personal data). */
export async function countApplications(ctx: ServiceContext): Promise<number> {
  return repository.countVolunteersAt(ctx.db, ctx.tenantId, 'applied', visibleAreaIds(ctx));
}
