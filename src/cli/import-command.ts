import fs from 'node:fs';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/open-database.ts';
import { applyImport, planImport } from '../features/resources/import/service.ts';
import { commandLineActor } from '../platform/context/service-context.ts';
import { translator } from '../platform/i18n/i18n.ts';
import { findTenantBySlug, findTenants } from '../platform/tenancy/tenancy.ts';

type Options = Record<string, string | string[] | boolean | undefined>;

/** `sasaeai import FILE`: a dry run with --dry-run, else the import in one transaction, with a progress bar. */
export async function importListings(config: Config, file: string | undefined, options: Options): Promise<number> {
  if (!file) throw new Error('使い方: sasaeai import FILE [--tenant S] [--dry-run] [--skip-invalid]');
  if (!fs.existsSync(file)) throw new Error(`ファイルが見つかりません: ${file}`);
  const t = translator('ja');
  const bytes = fs.readFileSync(file);
  const handle = await openDatabase(config);
  try {
    const tenant = typeof options.tenant === 'string' ? await findTenantBySlug(handle.db, options.tenant) : (await findTenants(handle.db))[0];
    if (!tenant) throw new Error(`テナントが見つかりません: ${String(options.tenant ?? '')}`);
    const ctx = { db: handle.db, tenantId: tenant.id, actor: commandLineActor(tenant.id), now: new Date(), requestId: 'cli' };
    const plan = await planImport(ctx, bytes, path.basename(file));
    console.log(`${t(`import.format.${plan.format}`)} / ${t(`import.encoding.${plan.encoding}`)}`);
    for (const notice of plan.notices) console.log(`  ${t(notice.messageKey, notice.params)}`);
    for (const row of plan.rows) {
      const notes = row.problems.map((p) => t(p.messageKey, p.params)).join(' / ');
      if (options['dry-run'] || row.action === 'reject') console.log(`  ${row.line}行目 ${t(`import.action.${row.action}`)} ${row.name}${notes ? `  — ${notes}` : ''}`);
    }
    const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
    console.log(t('import.summary', { create: count('create'), update: count('update'), reject: count('reject') }));
    if (options['dry-run']) return 0;
    const bar = new SingleBar({ format: '取り込み中 [{bar}] {percentage}% ({value}/{total})', noTTYOutput: true, notTTYSchedule: 2000 });
    bar.start(count('create') + count('update'), 0);
    try {
      const result = await applyImport(ctx, bytes, path.basename(file), { skipInvalid: options['skip-invalid'] === true, onProgress: (done) => bar.update(done) });
      bar.stop();
      console.log(t('import.done', result));
      return 0;
    } catch (error) {
      bar.stop();
      throw error;
    }
  } finally {
    await handle.close();
  }
}
