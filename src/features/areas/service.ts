import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertAreaAccess, assertRole } from '../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../platform/errors/app-error.ts';
import * as repository from './repository.ts';
import type { AreaRow, DistrictRow } from './repository.ts';
import type { AreaInput, DistrictInput, DistrictUpdateInput } from './validation.ts';

export type { AreaRow, DistrictRow };
export type AreaWithDistricts = AreaRow & { districts: DistrictRow[] };

/** Every live area of the tenant with its districts, tier by tier. */
export async function findAreasWithDistricts(ctx: ServiceContext): Promise<AreaWithDistricts[]> {
  const areaRows = await repository.selectAreas(ctx.db, ctx.tenantId);
  const districtRows = await repository.selectDistricts(ctx.db, ctx.tenantId);
  return areaRows.map((area) => ({ ...area, districts: districtRows.filter((d) => d.areaId === area.id) }));
}

/** Areas for staff screens, archived ones included. */
export async function findAllAreas(ctx: ServiceContext): Promise<AreaRow[]> {
  return repository.selectAreas(ctx.db, ctx.tenantId, { includeArchived: true });
}

/** One live area with its districts; NotFound for another tenant's or an archived area. */
export async function getArea(ctx: ServiceContext, id: string): Promise<AreaWithDistricts> {
  const area = await repository.selectArea(ctx.db, ctx.tenantId, id);
  if (!area || area.archivedAt) throw new NotFound();
  return { ...area, districts: await repository.selectDistricts(ctx.db, ctx.tenantId, [area.id]) };
}

/** Districts of the tenant, optionally of some areas only. */
export async function findDistricts(ctx: ServiceContext, areaIds?: string[]): Promise<DistrictRow[]> {
  return repository.selectDistricts(ctx.db, ctx.tenantId, areaIds);
}

/** One district; NotFound for another tenant's. */
export async function getDistrict(ctx: ServiceContext, id: string): Promise<DistrictRow> {
  const district = await repository.selectDistrict(ctx.db, ctx.tenantId, id);
  if (!district || district.archivedAt) throw new NotFound();
  return district;
}

/** Admin adds an area; a parent must be of a higher tier in the same tenant. */
export async function createArea(ctx: ServiceContext, input: AreaInput): Promise<AreaRow> {
  assertRole(ctx, 'admin');
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await checkParent(ctx, db, input.tier, input.parentId);
    const area = await repository.insertArea(db, ctx.tenantId, { ...input, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'create', entityType: 'area', entityId: area.id, after: area });
    return area;
  });
}

/**
 * Changes an area. Admins change anything; a coordinator may reword an area
 * assigned to them but not move it in the tree.
 */
export async function updateArea(ctx: ServiceContext, id: string, input: AreaInput): Promise<AreaRow> {
  const actor = assertAreaAccess(ctx, id);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const before = await repository.selectArea(db, ctx.tenantId, id);
    if (!before) throw new NotFound();
    const changes = actor.role === 'admin' ? input : { ...input, tier: before.tier, parentId: before.parentId };
    if (changes.parentId === id) throw new Invalid([{ path: 'parentId', message: 'validation.invalid' }]);
    await checkParent(ctx, db, changes.tier, changes.parentId);
    const after = await repository.updateAreaRow(db, ctx.tenantId, id, { ...changes, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'area', entityId: id, before, after });
    return after!;
  });
}

/** Admin retires an area; it disappears from public pages but keeps its history. */
export async function archiveArea(ctx: ServiceContext, id: string): Promise<void> {
  assertRole(ctx, 'admin');
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const before = await repository.selectArea(db, ctx.tenantId, id);
    if (!before) throw new NotFound();
    const after = await repository.updateAreaRow(db, ctx.tenantId, id, { archivedAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'archive', entityType: 'area', entityId: id, before, after });
  });
}

/** Adds a district to an area the actor manages. */
export async function createDistrict(ctx: ServiceContext, input: DistrictInput): Promise<DistrictRow> {
  assertAreaAccess(ctx, input.areaId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const area = await repository.selectArea(db, ctx.tenantId, input.areaId);
    if (!area || area.archivedAt) throw new Invalid([{ path: 'areaId', message: 'validation.choice' }]);
    const district = await repository.insertDistrict(db, ctx.tenantId, { ...input, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'create', entityType: 'district', entityId: district.id, after: district });
    return district;
  });
}

/** Renames or reorders a district in an area the actor manages. */
export async function updateDistrict(ctx: ServiceContext, id: string, input: DistrictUpdateInput): Promise<DistrictRow> {
  const existing = await getDistrict(ctx, id);
  assertAreaAccess(ctx, existing.areaId);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateDistrictRow(db, ctx.tenantId, id, { ...input, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'district', entityId: id, before: existing, after });
    return after!;
  });
}

/** Retires a district in an area the actor manages. */
export async function archiveDistrict(ctx: ServiceContext, id: string): Promise<void> {
  const existing = await getDistrict(ctx, id);
  assertAreaAccess(ctx, existing.areaId);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateDistrictRow(db, ctx.tenantId, id, { archivedAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(ctx, db, { action: 'archive', entityType: 'district', entityId: id, before: existing, after });
  });
}

async function checkParent(ctx: ServiceContext, db: Database, tier: number, parentId: string | null): Promise<void> {
  if (!parentId) return;
  const parent = await repository.selectArea(db, ctx.tenantId, parentId);
  if (!parent || parent.archivedAt || parent.tier >= tier) {
    throw new Invalid([{ path: 'parentId', message: 'validation.choice' }]);
  }
}
