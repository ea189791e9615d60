import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertAreaAccess, assertRole, canManageArea } from '../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../platform/errors/app-error.ts';
import * as areasService from '../areas/service.ts';
import * as resourcesService from '../resources/service.ts';
import { byRoleThenTerm, providerTypeForMember } from './council-rules.ts';
import * as repository from './repository.ts';
import type { CouncilMemberRow, CouncilRow, CouncilTermRow } from './repository.ts';
import type { CouncilInput, MemberInput, TermInput } from './validation.ts';
import { defaultCouncilKinds, defaultMemberTypes, type TermList } from './vocabulary.ts';

export type { CouncilMemberRow, CouncilRow, CouncilTermRow };

const defaults: Record<TermList, readonly { code: string; name: string }[]> = { council_kind: defaultCouncilKinds, member_type: defaultMemberTypes };

/**
 * The tenant's kinds of council and of member. A tenant that has none stored yet
 * sees the usual list with `code:` ids; the first save stores it (a read never
 * writes, so pages may be served from a read replica).
 */
export async function findTerms(ctx: ServiceContext, list: TermList): Promise<CouncilTermRow[]> {
  const rows = await repository.selectTerms(ctx.db, ctx.tenantId, list);
  if (rows.length > 0) return rows;
  return defaults[list].map((d, i) => ({ id: `code:${d.code}`, tenantId: ctx.tenantId, list, code: d.code, name: d.name, sortOrder: (i + 1) * 10, archivedAt: null }));
}

/** The stored entry a form chose, storing the usual list first when the choice came from it. */
async function resolveTerm(ctx: ServiceContext, db: Database, list: TermList, chosen: string, field: string): Promise<CouncilTermRow> {
  if (chosen.startsWith('code:')) await repository.insertMissingTerms(db, ctx.tenantId, list, defaults[list]);
  const rows = await repository.selectTerms(db, ctx.tenantId, list);
  const term = rows.find((t) => t.id === chosen || `code:${t.code}` === chosen);
  if (!term) throw new Invalid([{ path: field, message: 'validation.choice' }]);
  return term;
}

/** An admin adds an entry to a list (a kind of council or of member). */
export async function addTerm(ctx: ServiceContext, input: TermInput): Promise<CouncilTermRow> {
  assertRole(ctx, 'admin');
  await repository.insertMissingTerms(ctx.db, ctx.tenantId, input.list, defaults[input.list]);
  const existing = await repository.selectTerms(ctx.db, ctx.tenantId, input.list);
  if (existing.some((t) => t.name === input.name)) throw new Invalid([{ path: 'name', message: 'councils.termExists' }]);
  const row = await repository.insertTerm(ctx.db, ctx.tenantId, { list: input.list, code: `custom-${Date.now().toString(36)}`, name: input.name, sortOrder: (existing.at(-1)?.sortOrder ?? 0) + 10 });
  await recordAudit(ctx, ctx.db, { action: 'create', entityType: 'council_term', entityId: row.id, after: row });
  return row;
}

/** Retires an entry (or brings it back): councils and members that use it keep it. */
export async function setTermRetired(ctx: ServiceContext, id: string, retired: boolean): Promise<void> {
  assertRole(ctx, 'admin');
  const row = await repository.updateTermRow(ctx.db, ctx.tenantId, id, { archivedAt: retired ? ctx.now : null });
  if (!row) throw new NotFound();
  await recordAudit(ctx, ctx.db, { action: 'update', entityType: 'council_term', entityId: id, after: row });
}

/** Councils staff may see: all of the tenant's (staff read everything, as for other features). */
export async function findCouncils(ctx: ServiceContext, filter: { areaIds?: readonly string[]; includeArchived?: boolean } = {}): Promise<CouncilRow[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return repository.selectCouncils(ctx.db, ctx.tenantId, filter);
}

/** Councils whose meetings the public may see, of some areas (for the public area page). */
export async function findPublicCouncils(ctx: ServiceContext, areaIds?: readonly string[]): Promise<CouncilRow[]> {
  const rows = await repository.selectCouncils(ctx.db, ctx.tenantId, { areaIds });
  return rows.filter((c) => c.meetingsPublic);
}

/** One council for staff; NotFound for another tenant's. */
export async function getCouncil(ctx: ServiceContext, id: string): Promise<CouncilRow> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const row = await repository.selectCouncil(ctx.db, ctx.tenantId, id);
  if (!row) throw new NotFound();
  return row;
}

/** One council the actor may change: admins any, coordinators those of their areas. */
export async function getManagedCouncil(ctx: ServiceContext, id: string): Promise<CouncilRow> {
  const council = await getCouncil(ctx, id);
  assertAreaAccess(ctx, council.areaId);
  return council;
}

export function canManageCouncil(ctx: ServiceContext, council: CouncilRow): boolean {
  return canManageArea(ctx.actor, council.areaId);
}

async function checkedCouncil(ctx: ServiceContext, db: Database, input: CouncilInput) {
  const kind = await resolveTerm(ctx, db, 'council_kind', input.kindId, 'kindId');
  const area = await areasService.getArea({ ...ctx, db }, input.areaId).catch(() => {
    throw new Invalid([{ path: 'areaId', message: 'validation.choice' }]);
  });
  if (!canManageArea(ctx.actor, area.id)) throw new Invalid([{ path: 'areaId', message: 'councils.areaOutsideAreas' }]);
  // Published minutes of a council whose meetings are not announced would have nowhere to appear.
  if (input.minutesPublic && !input.meetingsPublic) throw new Invalid([{ path: 'minutesPublic', message: 'councils.minutesNeedPublicMeetings' }]);
  return { ...input, kindId: kind.id, tiers: input.tiers.length ? input.tiers : [area.tier] };
}

export async function createCouncil(ctx: ServiceContext, input: CouncilInput): Promise<CouncilRow> {
  assertRole(ctx, 'admin', 'coordinator');
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const values = await checkedCouncil({ ...ctx, db }, db, input);
    const row = await repository.insertCouncil(db, ctx.tenantId, { ...values, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'create', entityType: 'council', entityId: row.id, after: row });
    return row;
  });
}

export async function updateCouncil(ctx: ServiceContext, id: string, input: CouncilInput): Promise<CouncilRow> {
  const before = await getManagedCouncil(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const values = await checkedCouncil({ ...ctx, db }, db, input);
    const after = await repository.updateCouncilRow(db, ctx.tenantId, id, { ...values, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'council', entityId: id, before, after });
    return after!;
  });
}

/** Every term of every member of a council, 委員名簿 order (chair first). */
export async function findMembers(ctx: ServiceContext, councilId: string): Promise<CouncilMemberRow[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return (await repository.selectMembers(ctx.db, ctx.tenantId, [councilId])).sort(byRoleThenTerm);
}

export async function getMember(ctx: ServiceContext, councilId: string, id: string): Promise<CouncilMemberRow> {
  const member = await repository.selectMember(ctx.db, ctx.tenantId, id);
  if (!member || member.councilId !== councilId) throw new NotFound();
  return member;
}

async function checkedMember(ctx: ServiceContext, db: Database, input: MemberInput) {
  const type = await resolveTerm(ctx, db, 'member_type', input.memberTypeId, 'memberTypeId');
  if (!input.personName && !input.organisationName) throw new Invalid([{ path: 'personName', message: 'councils.memberNameRequired' }]);
  if (input.termEnd && input.termEnd < input.termStart) throw new Invalid([{ path: 'termEnd', message: 'councils.termEndBeforeStart' }]);
  // The same body is one record: the directory's provider of that name, made if the directory has none.
  const organisation = input.organisationName ? await resourcesService.organisationNamed(ctx, db, input.organisationName, providerTypeForMember(type.code)) : null;
  const { organisationName: _name, ...rest } = input;
  return { ...rest, memberTypeId: type.id, organisationId: organisation?.id ?? null };
}

export async function addMember(ctx: ServiceContext, councilId: string, input: MemberInput): Promise<CouncilMemberRow> {
  await getManagedCouncil(ctx, councilId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const values = await checkedMember(ctx, db, input);
    const row = await repository.insertMember(db, ctx.tenantId, { ...values, councilId, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'create', entityType: 'council_member', entityId: row.id, after: row });
    return (await repository.selectMember(db, ctx.tenantId, row.id))!;
  });
}

export async function updateMember(ctx: ServiceContext, councilId: string, id: string, input: MemberInput): Promise<void> {
  await getManagedCouncil(ctx, councilId);
  const before = await getMember(ctx, councilId, id);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const values = await checkedMember(ctx, db, input);
    const after = await repository.updateMemberRow(db, ctx.tenantId, id, { ...values, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'council_member', entityId: id, before, after });
  });
}

/** A member leaves: archived with the day their term ended, never deleted, so past attendance stays. */
export async function archiveMember(ctx: ServiceContext, councilId: string, id: string, leftOn: string): Promise<void> {
  await getManagedCouncil(ctx, councilId);
  const before = await getMember(ctx, councilId, id);
  if (leftOn < before.termStart) throw new Invalid([{ path: 'leftOn', message: 'councils.termEndBeforeStart' }]);
  const after = await repository.updateMemberRow(ctx.db, ctx.tenantId, id, { archivedAt: ctx.now, termEnd: before.termEnd && before.termEnd < leftOn ? before.termEnd : leftOn, updatedAt: ctx.now });
  await recordAudit(ctx, ctx.db, { action: 'update', entityType: 'council_member', entityId: id, before, after });
}
