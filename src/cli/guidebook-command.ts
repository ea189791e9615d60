import fs from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.ts';
import { openDatabase } from '../db/open-database.ts';
import * as areasService from '../features/areas/service.ts';
import { renderGuidebook } from '../features/guidebooks/service.ts';
import { guidebookRequest } from '../features/guidebooks/validation.ts';
import { findTenantBySlug, findTenants } from '../platform/tenancy/tenancy.ts';

type Options = Record<string, string | string[] | boolean | undefined>;

/** `sasaeai guidebook`: writes a guidebook PDF from live data, with a progress bar on the terminal. */
export async function writeGuidebook(config: Config, options: Options): Promise<number> {
  const out = typeof options.out === 'string' ? options.out : '';
  if (!out) throw new Error('使い方: sasaeai guidebook --out FILE [--tenant S] [--handbook --district 圏域名 | --area 地域名] [--large]');
  const handle = await openDatabase(config);
  try {
    const tenant = typeof options.tenant === 'string' ? await findTenantBySlug(handle.db, options.tenant) : (await findTenants(handle.db))[0];
    if (!tenant) throw new Error(`テナントが見つかりません: ${String(options.tenant ?? '')}`);
    const ctx = { db: handle.forTenant(tenant.id), tenantId: tenant.id, actor: null, now: new Date(), requestId: 'cli' };
    const areas = await areasService.findAreasWithDistricts(ctx);
    const area = typeof options.area === 'string' ? areas.find((a) => a.name === options.area) : undefined;
    const district = typeof options.district === 'string' ? areas.flatMap((a) => a.districts).find((d) => d.name === options.district) : undefined;
    if (typeof options.area === 'string' && !area) throw new Error(`地域が見つかりません: ${options.area}（${areas.map((a) => a.name).join('、')}）`);
    if (typeof options.district === 'string' && !district) throw new Error(`圏域が見つかりません: ${options.district}`);
    const request = guidebookRequest.parse({ kind: options.handbook ? 'handbook' : 'needs', area: area?.id, district: district?.id, largePrint: options.large ? '1' : '' });
    const bar = new SingleBar({ format: 'ガイドブック作成中 [{bar}] {percentage}% ({value}/{total})', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 });
    let started = false;
    const pdf = await renderGuidebook(ctx, tenant, request, (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    });
    if (started) bar.stop();
    fs.writeFileSync(out, pdf);
    console.log(`書き出しました: ${out} (${Math.round(pdf.length / 1024)} KB)`);
    return 0;
  } finally {
    await handle.close();
  }
}
