import { isDeepStrictEqual } from 'node:util';
import type { Database } from '../../../db/client.ts';
import { recordAuditMany } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import * as areasService from '../../areas/service.ts';
import { auditedListing, composeListingRow } from '../listing-values.ts';
import * as repository from '../repository.ts';
import type { ListedResourceRow, NewResourceRow } from '../repository.ts';
import { findNeedCategories } from '../service.ts';
import type { ResourceInput } from '../validation.ts';
import { ensureProviders } from './bulk-create.ts';

const chunkSize = 500;

/**
 * Changes many existing listings the way updateResource changes one (same
 * derived columns, category links and one audit row each, before and after),
 * with the tenant's lookups read once and each chunk written in a few
 * statements; listings the file leaves as they are are not written (no
 * history entry either). Returns how many were written. Run it inside the
 * import's transaction.
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
  let written = 0;
  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize);
    const before = new Map((await repository.selectListedResources(db, ctx.tenantId, chunk.map((item) => item.id))).map(({ searchText, ...row }) => [row.id, { row, searchText }]));
    const rows = chunk
      .map(({ id, input }) => ({ id, ...composeListingRow(input, lookups, input.providerName ? (providerIds.get(input.providerName) ?? null) : null, ctx.now) }))
      // The same file again (export → edit a few rows in Excel → import) leaves most listings as they are: those are not rewritten.
      .filter((row) => changesListing(row, before.get(row.id)));
    const ids = rows.map((row) => row.id);
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
      rows.map((row) => ({ action: 'update', entityType: 'resource', entityId: row.id, before: before.get(row.id)!.row, after: { ...before.get(row.id)!.row, ...auditedListing(row) } })),
    );
    written += rows.length;
    onProgress?.(start + chunk.length);
  }
  return written;
}

/**
 * Whether writing `next` would change the stored listing: any column it
 * sets other than updatedAt (the search text and filter columns stand for the keys derived
 * from them). A listing gone since the plan counts as changed, so the
 * write finds nothing, as before.
 */
function changesListing(next: NewResourceRow & { id: string }, stored: { row: ListedResourceRow; searchText: string } | undefined): boolean {
  if (!stored) return true;
  const current: Record<string, unknown> = { ...stored.row, searchText: stored.searchText };
  for (const [key, value] of Object.entries(next)) {
    if (key === 'updatedAt' || key === 'searchKeys' || key === 'nameGrams' || value === undefined) continue;
    if (!isDeepStrictEqual(value, current[key])) return true;
  }
  return false;
}
