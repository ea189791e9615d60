import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertRole } from '../../platform/auth/permissions.ts';
import { japanToday, type ServiceContext } from '../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../platform/errors/app-error.ts';
import * as areasService from '../areas/service.ts';
import * as repository from './repository.ts';
import type { AssignmentRow, AssignmentWithCoordinator, CoordinatorRow } from './repository.ts';
import type { AssignmentInput, CoordinatorInput, EndAssignmentInput } from './validation.ts';

export type { AssignmentRow, AssignmentWithCoordinator, CoordinatorRow };

/** Live coordinators of the tenant, by reading. */
export async function findCoordinators(ctx: ServiceContext): Promise<CoordinatorRow[]> {
  return repository.selectCoordinators(ctx.db, ctx.tenantId);
}

/** One coordinator; NotFound for another tenant's. */
export async function getCoordinator(ctx: ServiceContext, id: string): Promise<CoordinatorRow> {
  const row = await repository.selectCoordinator(ctx.db, ctx.tenantId, id);
  if (!row || row.archivedAt) throw new NotFound();
  return row;
}

/** Assignments in force today in Japan, each with its coordinator. */
export async function findCurrentAssignments(ctx: ServiceContext, areaId?: string): Promise<AssignmentWithCoordinator[]> {
  return repository.selectAssignments(ctx.db, ctx.tenantId, { onDate: japanToday(ctx.now), areaId });
}

/** Every assignment of an area or a coordinator, newest first: the history people ask about. */
export async function findAssignmentHistory(ctx: ServiceContext, filter: { areaId?: string; coordinatorId?: string }): Promise<AssignmentWithCoordinator[]> {
  return repository.selectAssignments(ctx.db, ctx.tenantId, filter);
}

/**
 * Areas a signed-in coordinator may manage today: the areas assigned to them
 * and, for a tier-1 coordinator, every area below.
 */
export async function findActorAreaIds(input: { db: Database; tenantId: string; userId: string; now: Date }): Promise<string[]> {
  const assigned = await repository.selectAssignments(input.db, input.tenantId, { onDate: japanToday(input.now), userId: input.userId });
  if (assigned.length === 0) return [];
  const ctx: ServiceContext = { db: input.db, tenantId: input.tenantId, actor: null, now: input.now, requestId: '' };
  const all = await areasService.findAllAreas(ctx);
  const ids = new Set(assigned.map((a) => a.areaId));
  let grew = true;
  while (grew) {
    grew = false;
    for (const area of all) {
      if (area.parentId && ids.has(area.parentId) && !ids.has(area.id)) {
        ids.add(area.id);
        grew = true;
      }
    }
  }
  return [...ids];
}

/** Admin registers a coordinator. */
export async function createCoordinator(ctx: ServiceContext, input: CoordinatorInput): Promise<CoordinatorRow> {
  assertRole(ctx, 'admin');
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const row = await repository.insertCoordinator(db, ctx.tenantId, { ...input, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'create', entityType: 'coordinator', entityId: row.id, after: row });
    return row;
  });
}

/** Admin corrects a coordinator's name or contact. */
export async function updateCoordinator(ctx: ServiceContext, id: string, input: CoordinatorInput): Promise<CoordinatorRow> {
  assertRole(ctx, 'admin');
  const before = await getCoordinator(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateCoordinatorRow(db, ctx.tenantId, id, { ...input, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'coordinator', entityId: id, before, after });
    return after!;
  });
}

/** Admin assigns a coordinator to an area from a date; the tier is the area's. */
export async function assignCoordinator(ctx: ServiceContext, coordinatorId: string, input: AssignmentInput): Promise<AssignmentRow> {
  assertRole(ctx, 'admin');
  await getCoordinator(ctx, coordinatorId);
  const area = await areasService.getArea(ctx, input.areaId).catch(() => {
    throw new Invalid([{ path: 'areaId', message: 'validation.choice' }]);
  });
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const row = await repository.insertAssignment(db, ctx.tenantId, {
      coordinatorId,
      areaId: area.id,
      tier: area.tier,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      createdAt: ctx.now,
    });
    await recordAudit(ctx, db, { action: 'create', entityType: 'coordinator_assignment', entityId: row.id, after: row });
    return row;
  });
}

/** Admin ends an assignment on a date; the row stays as history. */
export async function endAssignment(ctx: ServiceContext, id: string, input: EndAssignmentInput): Promise<AssignmentRow> {
  assertRole(ctx, 'admin');
  const before = await repository.selectAssignment(ctx.db, ctx.tenantId, id);
  if (!before) throw new NotFound();
  if (input.endsOn < before.startsOn) throw new Invalid([{ path: 'endsOn', message: 'validation.dateOrder' }]);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateAssignmentRow(db, ctx.tenantId, id, { endsOn: input.endsOn });
    await recordAudit(ctx, db, { action: 'end', entityType: 'coordinator_assignment', entityId: id, before, after });
    return after!;
  });
}
