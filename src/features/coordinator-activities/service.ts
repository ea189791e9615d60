import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertRole, canManageArea } from '../../platform/auth/permissions.ts';
import { japanToday, type ServiceContext } from '../../platform/context/service-context.ts';
import { Forbidden, Invalid, NotFound } from '../../platform/errors/app-error.ts';
import { fiscalYearOf, fiscalYearRange } from '../../platform/wareki/wareki.ts';
import * as areasService from '../areas/service.ts';
import * as coordinatorsService from '../coordinators/service.ts';
import { canEditActivity, orderedTypeCounts, type TypeCount } from './activity-rules.ts';
import * as repository from './repository.ts';
import type { CoordinatorActivityRow } from './repository.ts';
import type { ActivityInput, ActivityListQuery } from './validation.ts';

export type { CoordinatorActivityRow, TypeCount };

export type ActivityYear = { byType: TypeCount[]; activities: number; minutes: number };

/** The coordinator records of the signed-in person (usually one; none for an admin without one). */
export async function findOwnCoordinatorIds(ctx: ServiceContext): Promise<string[]> {
  if (!ctx.actor) return [];
  const all = await coordinatorsService.findCoordinators(ctx);
  return all.filter((c) => c.userId === ctx.actor!.id).map((c) => c.id);
}

/** The actor's entries for a 年度 (coordinators: their own only; admins: all, by coordinator, area and type), newest first. */
export async function findActivities(ctx: ServiceContext, query: ActivityListQuery): Promise<{ fiscalYear: number; activities: CoordinatorActivityRow[] }> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const fiscalYear = query.fy ?? fiscalYearOf(japanToday(ctx.now));
  let coordinatorIds: string[] | undefined = query.coordinatorId ? [query.coordinatorId] : undefined;
  if (actor.role !== 'admin') {
    const own = await findOwnCoordinatorIds(ctx);
    coordinatorIds = coordinatorIds ? coordinatorIds.filter((id) => own.includes(id)) : own;
  }
  const activities = await repository.selectActivities(ctx.db, ctx.tenantId, {
    range: fiscalYearRange(fiscalYear),
    coordinatorIds,
    areaIds: query.areaId ? [query.areaId] : undefined,
    type: query.type || undefined,
  });
  return { fiscalYear, activities };
}

/** One entry the actor may change; NotFound for another tenant's, Forbidden for another coordinator's. */
export async function getActivity(ctx: ServiceContext, id: string): Promise<CoordinatorActivityRow> {
  assertRole(ctx, 'admin', 'coordinator');
  const row = await repository.selectActivity(ctx.db, ctx.tenantId, id);
  if (!row) throw new NotFound();
  if (!canEditActivity(ctx.actor, row, await findOwnCoordinatorIds(ctx))) throw new Forbidden();
  return row;
}

// Coordinators record their own work; an admin names the coordinator whose work it was.
async function resolveCoordinator(ctx: ServiceContext, wanted: string | null): Promise<string> {
  if (ctx.actor?.role !== 'admin') {
    const own = await findOwnCoordinatorIds(ctx);
    if (own.length === 0) throw new Invalid([{ path: 'activityOn', message: 'coordinatorActivities.noCoordinatorRecord' }]);
    return wanted && own.includes(wanted) ? wanted : own[0]!;
  }
  if (!wanted) throw new Invalid([{ path: 'coordinatorId', message: 'coordinatorActivities.coordinatorRequired' }]);
  await coordinatorsService.getCoordinator(ctx, wanted).catch(() => {
    throw new Invalid([{ path: 'coordinatorId', message: 'validation.choice' }]);
  });
  return wanted;
}

// An empty area means the coordinator's own: their 第2層 assignment if they have one, else any current one.
async function resolveArea(ctx: ServiceContext, coordinatorId: string, wanted: string | null): Promise<string> {
  if (wanted) {
    const area = await areasService.getArea(ctx, wanted).catch(() => {
      throw new Invalid([{ path: 'areaId', message: 'validation.choice' }]);
    });
    if (area.archivedAt) throw new Invalid([{ path: 'areaId', message: 'validation.choice' }]);
    if (!canManageArea(ctx.actor, area.id)) throw new Invalid([{ path: 'areaId', message: 'coordinatorActivities.areaOutsideAreas' }]);
    return area.id;
  }
  const assigned = (await coordinatorsService.findCurrentAssignments(ctx)).filter((a) => a.coordinatorId === coordinatorId);
  const chosen = assigned.find((a) => a.tier === 2) ?? assigned[0];
  if (!chosen) throw new Invalid([{ path: 'areaId', message: 'coordinatorActivities.areaRequired' }]);
  return chosen.areaId;
}

async function checkedValues(ctx: ServiceContext, input: ActivityInput, coordinatorId: string) {
  if (input.activityOn > japanToday(ctx.now)) throw new Invalid([{ path: 'activityOn', message: 'coordinatorActivities.inFuture' }]);
  const areaId = await resolveArea(ctx, coordinatorId, input.areaId);
  return { coordinatorId, areaId, activityOn: input.activityOn, types: input.types, counterpart: input.counterpart, minutes: input.minutes, notes: input.notes };
}

/** A coordinator records a piece of their own work (an admin, for any coordinator). */
export async function createActivity(ctx: ServiceContext, input: ActivityInput): Promise<CoordinatorActivityRow> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const values = await checkedValues(ctx, input, await resolveCoordinator(ctx, input.coordinatorId));
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const row = await repository.insertActivity(db, ctx.tenantId, { ...values, createdBy: actor.id, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'create', entityType: 'coordinator_activity', entityId: row.id, after: row });
    return row;
  });
}

/** Corrects an entry; a coordinator only their own, and it stays theirs. */
export async function updateActivity(ctx: ServiceContext, id: string, input: ActivityInput): Promise<CoordinatorActivityRow> {
  const before = await getActivity(ctx, id);
  const coordinatorId = ctx.actor?.role === 'admin' ? await resolveCoordinator(ctx, input.coordinatorId) : before.coordinatorId;
  const values = await checkedValues(ctx, input, coordinatorId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateActivityRow(db, ctx.tenantId, id, { ...values, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'coordinator_activity', entityId: id, before, after });
    return after!;
  });
}

/** Removes an entry recorded by mistake; the audit row keeps what it said. */
export async function deleteActivity(ctx: ServiceContext, id: string): Promise<void> {
  const before = await getActivity(ctx, id);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await repository.deleteActivityRow(db, ctx.tenantId, id);
    await recordAudit(ctx, db, { action: 'delete', entityType: 'coordinator_activity', entityId: id, before });
  });
}

/** The 年度 figures: activities by type (one of two types counts in each), their number and minutes; counts only, so staff may see them. */
export async function summariseYear(ctx: ServiceContext, range: { start: string; end: string }, areaIds?: readonly string[]): Promise<ActivityYear> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const counts = await repository.countActivitiesByType(ctx.db, ctx.tenantId, { range, areaIds });
  return { byType: orderedTypeCounts(counts.byType), activities: counts.activities, minutes: counts.minutes };
}

/** How many entries the signed-in coordinator made this calendar month (Japan time); 0 without a coordinator record. */
export async function countOwnThisMonth(ctx: ServiceContext): Promise<number> {
  assertRole(ctx, 'admin', 'coordinator');
  const own = await findOwnCoordinatorIds(ctx);
  if (own.length === 0) return 0;
  const today = japanToday(ctx.now);
  return repository.countActivities(ctx.db, ctx.tenantId, { range: { start: `${today.slice(0, 7)}-01`, end: today }, coordinatorIds: own });
}
