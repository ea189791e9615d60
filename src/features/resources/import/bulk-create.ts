import { randomUUID } from 'node:crypto';
import type { Database } from '../../../db/client.ts';
import { recordAuditMany } from '../../../platform/audit/audit.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import * as areasService from '../../areas/service.ts';
import { auditedListing, composeListingRow } from '../listing-values.ts';
import * as repository from '../repository.ts';
import { findNeedCategories } from '../service.ts';
import type { ResourceInput } from '../validation.ts';

// Rows per statement (about 3 MB of listings): on PGlite 1,000 a COPY took
// less time in all than 500 or 2,000; the import's progress moves once a chunk.
const chunkSize = 1000;

/**
 * Adds many new listings the way createResource adds one (same derived
 * columns, category links and one audit row each), but with the tenant's
 * categories, places and providers read once and the listings, links and
 * history rows each written in one statement per chunk. Ids are made here,
 * so nothing needs reading back; returns them in the order of `items`. Run
 * it inside the import's transaction.
 */
export async function createListingsInBulk(
  ctx: ServiceContext,
  db: Database,
  items: { input: ResourceInput; externalId: string | null; id?: string }[],
  onProgress?: (done: number) => void,
): Promise<string[]> {
  assertRole(ctx, 'admin');
  const ids: string[] = [];
  const inTransaction = { ...ctx, db };
  const lookups = { categories: await findNeedCategories(inTransaction), areas: await areasService.findAreasWithDistricts(inTransaction) };
  const providerIds = await ensureProviders(ctx, db, items.map((i) => i.input));
  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize);
    const rows = chunk.map(({ input, externalId, id }) => ({
      id: id ?? randomUUID(),
      ...composeListingRow(input, lookups, input.providerName ? (providerIds.get(input.providerName) ?? null) : null, ctx.now),
      externalId,
      // What the table's defaults would give, written out so the history holds the whole new listing.
      confirmedBy: '',
      archivedAt: null,
      createdAt: ctx.now,
    }));
    await repository.insertResources(db, ctx.tenantId, rows);
    ids.push(...rows.map((row) => row.id));
    await repository.insertCategoryLinks(
      db,
      ctx.tenantId,
      rows.flatMap((row) => (row.needCategoryIds ?? []).map((needCategoryId) => ({ resourceId: row.id, needCategoryId }))),
    );
    await recordAuditMany(
      ctx,
      db,
      rows.map((row) => ({ action: 'import', entityType: 'resource', entityId: row.id, after: { ...auditedListing(row), tenantId: ctx.tenantId } })),
    );
    onProgress?.(start + chunk.length);
  }
  return ids;
}

/** Provider ids by name, creating the providers the tenant does not have yet in one statement. */
export async function ensureProviders(ctx: ServiceContext, db: Database, inputs: ResourceInput[]): Promise<Map<string, string>> {
  const existing = await repository.selectAllProviders(db, ctx.tenantId);
  const ids = new Map(existing.map((p) => [p.name, p.id]));
  const missing = new Map<string, string>();
  for (const input of inputs) if (input.providerName && !ids.has(input.providerName)) missing.set(input.providerName, input.providerType);
  const created = await repository.insertProviders(
    db,
    ctx.tenantId,
    [...missing].map(([name, providerType]) => ({ name, providerType, createdAt: ctx.now, updatedAt: ctx.now })),
  );
  for (const provider of created) ids.set(provider.name, provider.id);
  return ids;
}
