import { sql } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { Invalid } from '../../../platform/errors/app-error.ts';
import { problemsFromZod } from '../../../platform/validation/problems.ts';
import * as areasService from '../../areas/service.ts';
import * as repository from '../repository.ts';
import { findNeedCategories } from '../service.ts';
import { createListingsInBulk } from './bulk-create.ts';
import { updateListingsInBulk } from './bulk-update.ts';
import { listingMatcher } from './listing-matcher.ts';
import * as runRepository from './run-repository.ts';
import { parseImportCached } from './parse-cache.ts';
import type { ResourceInput } from '../validation.ts';
import { checkRow, rowPlaces } from './row-check.ts';
import { otherMunicipalityCheck, tenantMunicipality } from './municipality-check.ts';
import { findTenants } from '../../../platform/tenancy/tenancy.ts';
import type { ImportedResource, ImportProblem } from './imported-resource.ts';
import type { FileNotice } from './parse-import.ts';

export type ImportAction = 'create' | 'update' | 'reject';
export type ImportPlanRow = {
  line: number;
  name: string;
  action: ImportAction;
  existingId: string | null;
  problems: ImportProblem[];
  input: ResourceInput | null;
  externalId: string | null;
};
export type ImportPlan = { format: string; encoding: string; fileType: 'csv' | 'xlsx' | 'json'; rows: ImportPlanRow[]; missingColumns: string[]; unknownColumns: string[]; notices: FileNotice[] };

/**
 * The dry run: what each row of the file would do (create, update or be
 * rejected, and why), without changing anything. Re-importing the same file
 * matches rows by the file's own id, else by name, so it updates instead of
 * duplicating.
 */
export async function planImport(ctx: ServiceContext, bytes: Buffer, fileName: string): Promise<ImportPlan> {
  assertRole(ctx, 'admin');
  const categories = await findNeedCategories(ctx);
  const parsed = await parseImportCached(bytes, fileName, { needCategoryNames: categories.map((c) => c.name) });
  const areas = await areasService.findAreasWithDistricts(ctx);
  const resources = parsed.rows.map((r) => r.resource).filter((r): r is ImportedResource => r !== null);
  const findMatch = listingMatcher(await repository.selectImportMatches(
    ctx.db,
    ctx.tenantId,
    resources.map((r) => r.externalId).filter((id): id is string => !!id),
    // As typed, and NFKC'd as imports before stored them.
    [...new Set(resources.flatMap((r) => [r.name, r.name.normalize('NFKC')]))],
  ));
  const places = rowPlaces(categories, areas);
  const tenant = (await findTenants(ctx.db)).find((t) => t.id === ctx.tenantId);
  const otherMunicipality = otherMunicipalityCheck(resources, tenant ? tenantMunicipality(tenant) : '');
  const rows = parsed.rows.map((row): ImportPlanRow => {
    if (!row.resource || row.problems.some((p) => p.severity === 'error')) {
      return { line: row.line, name: row.resource?.name ?? '', action: 'reject', existingId: null, problems: [...row.problems], input: null, externalId: null };
    }
    const imported = row.resource;
    const checkedRow = checkRow(row, imported, places);
    const { checked } = checkedRow;
    const elsewhere = otherMunicipality(imported);
    const problems = elsewhere ? [...checkedRow.problems, elsewhere] : checkedRow.problems;
    if (!checked.success) {
      const fieldProblems = problemsFromZod(checked.error).map((p) => ({ field: p.path, messageKey: p.message, severity: 'error' as const }));
      return { line: row.line, name: imported.name, action: 'reject', existingId: null, problems: [...problems, ...fieldProblems], input: null, externalId: imported.externalId };
    }
    // Our own export carries our id in the ID column; other files their own key.
    const match = findMatch(imported);
    // Files carry no venue name and their own notes: an update keeps ours, and stays public or draft unless the file says.
    const input = match
      ? { ...checked.data, placeName: match.placeName, staffNote: mergeNotes(match.staffNote, checked.data.staffNote), isPublished: imported.isPublished ?? match.isPublished }
      : checked.data;
    return { line: row.line, name: imported.name, action: match ? 'update' : 'create', existingId: match?.id ?? null, problems: [...problems], input, externalId: imported.externalId };
  });
  return { format: parsed.format, encoding: parsed.encoding, fileType: parsed.fileType, rows, missingColumns: parsed.missingColumns, unknownColumns: parsed.unknownColumns, notices: [...parsed.notices] };
}

/** The catalog key that names how the file was read: its text encoding, or for an Excel workbook that it was one (its cells carry no encoding). */
export function encodingKey(plan: Pick<ImportPlan, 'encoding' | 'fileType'>): string {
  return plan.fileType === 'xlsx' ? 'import.encoding.xlsx' : `import.encoding.${plan.encoding}`;
}

/** How many listings the file leaves public and how many as drafts once applied, with or without 「取り込んだものを公開する」. */
export function publicationCounts(plan: ImportPlan, publish: boolean): { published: number; drafts: number } {
  const accepted = plan.rows.filter((r) => r.action !== 'reject');
  const published = publish ? accepted.length : accepted.filter((r) => r.input?.isPublished).length;
  return { published, drafts: accepted.length - published };
}

/**
 * A new listing whose file id is a UUID (HSDS services must have one) takes
 * it as its own id, so the HSDS export and API give the source's ids back.
 * Not when a listing of the tenant has it already (archived ones too) or two
 * rows share it: those get ids of their own, and keep the file's as external id.
 */
async function freeSourceIds(db: Database, tenantId: string, creates: ImportPlanRow[]): Promise<Map<string, string>> {
  const counts = new Map<string, number>();
  for (const { externalId } of creates) if (externalId && uuidPattern.test(externalId)) counts.set(externalId.toLowerCase(), (counts.get(externalId.toLowerCase()) ?? 0) + 1);
  const unique = [...counts].filter(([, n]) => n === 1).map(([id]) => id);
  const taken = new Set(await repository.selectExistingResourceIds(db, tenantId, unique));
  const free = new Map<string, string>();
  for (const { externalId } of creates) if (externalId && counts.get(externalId.toLowerCase()) === 1 && !taken.has(externalId.toLowerCase())) free.set(externalId, externalId.toLowerCase());
  return free;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function mergeNotes(current: string, incoming: string): string {
  if (!incoming || current.includes(incoming)) return current;
  return current ? `${current}\n${incoming}` : incoming;
}

/** What an applied file did, and the run that lists its listings (「この取り込みの N件」). */
export type ImportResult = { created: number; updated: number; skipped: number; published: number; drafts: number; runId: string };

/**
 * Applies the file in one transaction. A file with rejected rows changes
 * nothing unless the person chose to skip those rows. The file parsed for
 * the preview is reused; its rows are matched to listings again, as they are now.
 */
export async function applyImport(
  ctx: ServiceContext,
  bytes: Buffer,
  fileName: string,
  options: { skipInvalid: boolean; publish?: boolean; onProgress?: (done: number, total: number) => void },
): Promise<ImportResult> {
  const plan = await planImport(ctx, bytes, fileName);
  const rejected = plan.rows.filter((r) => r.action === 'reject');
  if (rejected.length && !options.skipInvalid) {
    throw new Invalid([{ path: 'file', message: 'import.hasErrors' }], { code: 'import_has_errors', messageKey: 'import.hasErrors' });
  }
  // 「取り込んだものを公開する」: reviewed in the dry run, published in the same step.
  const accepted = plan.rows.filter((r) => r.action !== 'reject').map((r) => (options.publish ? { ...r, input: { ...r.input!, isPublished: true } } : r));
  const updates = accepted.filter((r) => r.action === 'update');
  const creates = accepted.filter((r) => r.action === 'create');
  const counts = { created: creates.length, updated: updates.length, skipped: rejected.length, ...publicationCounts({ ...plan, rows: accepted }, false) };
  const { written, runId } = await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const inTransaction = { ...ctx, db };
    await repository.allowBulkWriteMemory(db);
    const changed = await updateListingsInBulk(inTransaction, db, updates.map((r) => ({ id: r.existingId!, input: r.input! })), (done) => options.onProgress?.(done, accepted.length));
    const sourceIds = await freeSourceIds(db, ctx.tenantId, creates);
    const createdIds = await createListingsInBulk(inTransaction, db, creates.map((r) => ({ input: r.input!, externalId: r.externalId, id: sourceIds.get(r.externalId ?? '') })), (done) =>
      options.onProgress?.(updates.length + done, accepted.length),
    );
    const run = await runRepository.insertImportRun(db, ctx.tenantId, {
      fileName: fileName.slice(0, 200),
      format: plan.format,
      createdBy: ctx.actor?.displayName ?? '',
      created: counts.created,
      updated: counts.updated,
      skipped: counts.skipped,
      createdAt: ctx.now,
    });
    await runRepository.insertImportRunListings(db, ctx.tenantId, run.id, [...updates.map((r) => r.existingId!), ...createdIds]);
    return { written: changed + createdIds.length, runId: run.id };
  });
  // New rows wait in the GIN indexes' pending lists until a VACUUM; short
  // search terms slow down tenfold until then (PGlite has no autovacuum).
  if (written > 0) await ctx.db.execute(sql`VACUUM ANALYZE resources`);
  return { ...counts, runId };
}
