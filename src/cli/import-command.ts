import fs from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/open-database.ts';
import { applyImport, encodingKey, planImport, publicationCounts, type ImportPlan } from '../features/resources/import/service.ts';
import { commandLineActor } from '../platform/context/service-context.ts';
import { translator } from '../platform/i18n/i18n.ts';
import { findTenantBySlug, findTenants } from '../platform/tenancy/tenancy.ts';

type Options = Record<string, string | string[] | boolean | undefined>;
const t = translator('ja');

/** `sasaeai import FILE`: a dry run with --dry-run, else the import in one transaction, with a progress bar. */
export async function importListings(config: Config, file: string | undefined, options: Options): Promise<number> {
  // One line each, no stack trace: these are the person's mistakes, not the program's.
  if (!file) return refuse(t('import.cliUsage'));
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return refuse(t('import.cliNoFile', { file }));
  const bytes = fs.readFileSync(file);
  const handle = await openDatabase(config);
  try {
    const tenant = typeof options.tenant === 'string' ? await findTenantBySlug(handle.db, options.tenant) : (await findTenants(handle.db))[0];
    if (!tenant) return refuse(t('import.cliNoTenant', { tenant: String(options.tenant ?? '') }));
    const ctx = { db: handle.forTenant(tenant.id), tenantId: tenant.id, actor: commandLineActor(tenant.id), now: new Date(), requestId: 'cli' };
    const plan = await planImport(ctx, bytes, path.basename(file));
    const publish = options.publish === true;
    printPlan(plan, options['dry-run'] === true, publish);
    const rejected = plan.rows.filter((r) => r.action === 'reject').length;
    if (options['dry-run']) return 0;
    // Refused before the bar is drawn, so no 0% shows above the refusal.
    if (rejected > 0 && options['skip-invalid'] !== true) return refuse(t('import.cliHasErrors', { count: rejected }));
    const result = await applyWithProgress(ctx, bytes, path.basename(file), { skipInvalid: options['skip-invalid'] === true, publish });
    console.log(`${t('import.done', result)} ${t('import.donePublication', result)}`);
    console.log(t('import.cliRunLink', { id: result.runId }));
    return 0;
  } finally {
    await handle.close();
  }
}

function refuse(line: string): number {
  console.error(line);
  return 1;
}

// The same lines the import page shows: the file's notices, each row with its problems, the counts.
function printPlan(plan: ImportPlan, isDryRun: boolean, publish: boolean): void {
  console.log(`${t(`import.format.${plan.format}`)} / ${t(encodingKey(plan))}`);
  for (const notice of plan.notices) console.log(`  ${t(notice.messageKey, notice.params)}`);
  for (const row of plan.rows) {
    const notes = row.problems.map((p) => t(p.messageKey, p.params)).join(' / ');
    if (isDryRun || row.action === 'reject') console.log(`  ${row.line}行目 ${t(`import.action.${row.action}`)} ${row.name}${notes ? `  — ${notes}` : ''}`);
  }
  const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
  console.log(t('import.summary', { create: count('create'), update: count('update'), reject: count('reject') }));
  const publication = publicationCounts(plan, publish);
  console.log(t('import.publication', publication));
  if (isDryRun && count('reject') > 0) console.log(t('import.cliSkipHint', { count: count('reject') }));
  if (isDryRun && publication.drafts > 0) console.log(t('import.cliPublishHint', { count: publication.drafts }));
}

async function applyWithProgress(ctx: Parameters<typeof applyImport>[0], bytes: Buffer, fileName: string, choices: { skipInvalid: boolean; publish: boolean }) {
  const bar = new SingleBar({ format: '取り込み中 [{bar}] {percentage}% ({value}/{total})', noTTYOutput: true, notTTYSchedule: 2000 });
  let isStarted = false;
  try {
    return await applyImport(ctx, bytes, fileName, {
      ...choices,
      onProgress: (done, total) => {
        if (!isStarted) bar.start(total, 0);
        isStarted = true;
        bar.update(done);
      },
    });
  } finally {
    if (isStarted) bar.stop();
  }
}
