// After an import: the listings of one run, reviewed and changed together
// (公開, a 困りごと or 地域 for all of them, or archived) instead of one form each.
import type { Database } from '../../../db/client.ts';
import { recordAuditMany } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../../platform/errors/app-error.ts';
import * as areasService from '../../areas/service.ts';
import { listingInput } from '../listing-values.ts';
import * as repository from '../repository.ts';
import { findNeedCategories, type ResourceDetail } from '../service.ts';
import type { ResourceInput } from '../validation.ts';
import { updateListingsInBulk } from './bulk-update.ts';
import * as runRepository from './run-repository.ts';
import type { ImportRunRow } from './run-repository.ts';

/** What the bulk form asks for; ids are checked against the tenant's 困りごと and 地域 here. */
export type RunChange = { action: 'publish' } | { action: 'archive' } | { action: 'category'; needCategoryId: string } | { action: 'area'; areaId: string };

const shownRows = 100;

/** A run with how many of its listings are still there and the first page of them, drafts included. */
export async function findImportRun(ctx: ServiceContext, id: string): Promise<{ run: ImportRunRow; total: number; listings: ResourceDetail[] }> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const run = await runRepository.selectImportRun(ctx.db, ctx.tenantId, id);
  if (!run) throw new NotFound();
  const [total, ids] = await Promise.all([runRepository.countImportRunListings(ctx.db, ctx.tenantId, id), runRepository.selectImportRunListingIds(ctx.db, ctx.tenantId, id, shownRows)]);
  const rows = new Map((await repository.selectResourcesWithProviders(ctx.db, ctx.tenantId, ids)).map((row) => [row.id, row]));
  return { run, total, listings: ids.flatMap((rowId) => (rows.has(rowId) ? [{ ...rows.get(rowId)!, categoryIds: rows.get(rowId)!.needCategoryIds }] : [])) };
}

export async function findRecentImportRuns(ctx: ServiceContext): Promise<ImportRunRow[]> {
  assertRole(ctx, 'admin');
  return runRepository.selectRecentImportRuns(ctx.db, ctx.tenantId, 5);
}

/**
 * Changes every listing of a run that is still there, in one transaction,
 * with one history entry per listing changed (as the form would write).
 * Admins only: a run may hold listings of any area. Returns how many changed.
 */
export async function changeImportRun(ctx: ServiceContext, id: string, change: RunChange): Promise<number> {
  assertRole(ctx, 'admin');
  if (!(await runRepository.selectImportRun(ctx.db, ctx.tenantId, id))) throw new NotFound();
  const edit = await editOf(ctx, change);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const ids = await runRepository.selectImportRunListingIds(db, ctx.tenantId, id);
    if (change.action === 'archive') return archiveListings(ctx, db, ids);
    const rows = await repository.selectResourcesWithProviders(db, ctx.tenantId, ids);
    return updateListingsInBulk({ ...ctx, db }, db, rows.map((row) => ({ id: row.id, input: edit(listingInput(row)) })));
  });
}

async function editOf(ctx: ServiceContext, change: RunChange): Promise<(input: ResourceInput) => ResourceInput> {
  switch (change.action) {
    case 'publish':
      return (input) => ({ ...input, isPublished: true });
    case 'archive':
      return (input) => input;
    case 'category': {
      if (!(await findNeedCategories(ctx)).some((c) => c.id === change.needCategoryId)) throw new Invalid([{ path: 'needCategoryId', message: 'validation.choice' }]);
      return (input) => (input.needCategoryIds.includes(change.needCategoryId) ? input : { ...input, needCategoryIds: [...input.needCategoryIds, change.needCategoryId] });
    }
    case 'area': {
      const area = (await areasService.findAreasWithDistricts(ctx)).find((a) => a.id === change.areaId);
      if (!area) throw new Invalid([{ path: 'areaId', message: 'validation.choice' }]);
      // A district of another area would no longer fit: it is cleared, one of this area kept.
      return (input) => ({ ...input, areaId: area.id, districtId: area.districts.some((d) => d.id === input.districtId) ? input.districtId : null });
    }
  }
}

async function archiveListings(ctx: ServiceContext, db: Database, ids: string[]): Promise<number> {
  await repository.updateResourceRows(db, ctx.tenantId, ids.map((id) => ({ id, archivedAt: ctx.now, updatedAt: ctx.now })));
  await recordAuditMany(ctx, db, ids.map((id) => ({ action: 'archive', entityType: 'resource', entityId: id, before: { archivedAt: null }, after: { archivedAt: ctx.now } })));
  return ids.length;
}
