import type { Database } from '../../../db/client.ts';
import { recordAuditMany } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import * as areasService from '../../areas/service.ts';
import { auditedListing, composeListingRow } from '../listing-values.ts';
import * as repository from '../repository.ts';
import { findNeedCategories } from '../service.ts';
import type { ResourceInput } from '../validation.ts';
import { ensureProviders } from './bulk-create.ts';

const chunkSize = 500;

/**
 * Changes many existing listings the way updateResource changes one (same
 * derived columns, category links and one audit row each, before and after),
 * with the tenant's lookups read once and each chunk written in a few
 * statements. Run it inside the import's transaction.
 */
export async function updateListingsInBulk(
  ctx: ServiceContext,
  db: Database,
  items: { id: string; input: ResourceInput }[],
  onProgress?: (done: number) => void,
): Promise<number> {
  assertRole(ctx, 'admin');
  // Two rows of a file for the same listing: the later one wins, as it would one by one.
  items = [...new Map(items.map((item) => [item.id, item])).values()];
  const inTransaction = { ...ctx, db };
  const lookups = { categories: await findNeedCategories(inTransaction), areas: await areasService.findAreasWithDistricts(inTransaction) };
  const providerIds = await ensureProviders(ctx, db, items.map((i) => i.input));
  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize);
    const ids = chunk.map((item) => item.id);
    const before = new Map((await repository.selectListedResources(db, ctx.tenantId, ids)).map((row) => [row.id, row]));
    const rows = chunk.map(({ id, input }) => ({ id, ...composeListingRow(input, lookups, input.providerName ? (providerIds.get(input.providerName) ?? null) : null, ctx.now) }));
    await repository.updateResourceRows(db, ctx.tenantId, rows);
    await repository.replaceCategoryLinksOf(
      db,
      ctx.tenantId,
      ids,
      rows.flatMap((row) => row.needCategoryIds!.map((needCategoryId) => ({ resourceId: row.id, needCategoryId }))),
    );
    await recordAuditMany(
      ctx,
      db,
      rows.map((row) => ({ action: 'update', entityType: 'resource', entityId: row.id, before: before.get(row.id)!, after: { ...before.get(row.id)!, ...auditedListing(row) } })),
    );
    onProgress?.(start + chunk.length);
  }
  return items.length;
}
