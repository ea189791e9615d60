// Importing 10,000 listings from Sasaeai's own CSV through the real
// planImport (dry run) and applyImport (skipInvalid) with the command-line
// admin, into the demo tenant; then the same file again (every row matches
// a listing and changes nothing, as after export → import), and the file
// with every row edited (every listing rewritten). Where the time goes:
// every SQL statement timed by kind, the pace early and late in the file, and
// what a plain batched write of the same listings costs. On PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL
// is set, on PostgreSQL. Prints figures, a table and a JSON line.
//
//   node --import tsx bench/directory-import.ts
//   BENCH_IMPORT_ROWS=2000 node --import tsx bench/directory-import.ts   (quicker)
import { stringify } from 'csv-stringify/sync';
import { costText } from '../src/features/resources/listing-text.ts';
import { sasaeaiCsvColumns } from '../src/features/resources/import/format-sasaeai.ts';
import { applyImport, planImport } from '../src/features/resources/import/service.ts';
import { attributeCsvLabels } from '../src/features/resources/import/vocabulary-text.ts';
import { describeSchedule } from '../src/features/resources/schedule-text.ts';
import type { DatabaseHandle } from '../src/db/client.ts';
import { translator } from '../src/platform/i18n/i18n.ts';
import {
  buildSearchTexts,
  bulkLoadListings,
  benchDatabaseKinds,
  createBenchDatabase,
  openBenchDatabase,
  prepareDemoTenant,
  type DatabaseKind,
  type TenantSetup,
} from './directory-support/database.ts';
import { generateListings, type ListingSpec } from './directory-support/listings.ts';
import { timeQueries, verbAndTable, type QueryTotals } from './directory-support/query-timer.ts';
import { machineLine, ms, quantiles, Report, seconds } from './directory-support/report.ts';
import { cleanupEverything } from './server-process.ts';

const rowCount = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
/** About 1 % of the rows have no 名称 and are rejected (skipInvalid). */
const invalidEvery = 100;
const goalMs = 10_000;
/** A re-import (all updates) still running after this long is stopped; the total is estimated. */
const updateCapMs = Number(process.env.BENCH_IMPORT_UPDATE_CAP_SECONDS ?? 30) * 1000;
const dbLabel: Record<DatabaseKind, string> = { pglite: 'PGlite', postgresql: 'PostgreSQL' };
/** One name a database: the importer keeps the last parsed files by content and name, and each database's dry run should parse afresh. */
const fileNameFor = (kind: DatabaseKind) => `くらしの困りごと一覧-${kind}.csv`;

/** The listings as Sasaeai's CSV, written the way the export writes it (UTF-8 with BOM, CRLF). */
function sasaeaiCsv(listings: ListingSpec[], setup: TenantSetup, edit = ''): Buffer {
  const t = translator('ja');
  const words = { t, locale: 'ja' as const };
  const categoryName = new Map(setup.categories.map((c) => [c.code, c.name]));
  const cityWide = setup.areaNameById.get(setup.cityWideAreaId)!;
  const rows = listings.map((l, i) => {
    const district = l.districtName ? setup.districtByName.get(l.districtName) : undefined;
    return [
      i % invalidEvery === invalidEvery - 1 ? '' : l.name, l.nameReading, l.description + edit, l.providerName, t(`resources.providerType.${l.providerType}`),
      l.categoryCodes.map((c) => categoryName.get(c)).join(';'), l.target, costText(words, l), describeSchedule(l.schedule, 'ja'),
      l.postalCode, l.address, l.building, l.latitude, l.longitude, district ? district.areaName : cityWide, l.districtName ?? '',
      l.phone, l.fax, l.email, l.url, l.attributes.map((a) => attributeCsvLabels[a]).join(';'), t(`resources.status.${l.status}`),
      l.statusNotice, l.confirmedOn ?? '', l.isPublished ? '公開' : '非公開', '',
    ];
  });
  const text = stringify([[...sasaeaiCsvColumns], ...rows], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** Statement kinds, with the duplicate check of createResource named. */
function statementKind(sql: string): string {
  if (/lower\("resources"\."name"\)/i.test(sql)) return 'select resources: possible duplicates (lower(name) = … OR phone)';
  if (/^select .* from "resources"/is.test(sql)) return 'select resources';
  return verbAndTable(sql);
}

type Profile = {
  applyMs: number;
  aborted: boolean;
  rowsDone: number;
  sqlMs: number;
  statements: number;
  byKind: { kind: string; count: number; ms: number }[];
  /** ms per row over the first and the last tenth of the rows written (the plan before the first progress report left out). */
  pace: { firstMsPerRow: number; lastMsPerRow: number } | null;
  progressReports: number;
};

class CapReached extends Error {}

/**
 * applyImport with every statement timed by kind and the progress reports
 * recorded. With `capMs`, an import still running after that long is stopped
 * from its progress callback (its transaction rolls back) and reported as aborted.
 */
async function profiledApply(ctx: TenantSetup['admin'], bytes: Buffer, fileName: string, capMs = Infinity): Promise<{ result: Awaited<ReturnType<typeof applyImport>> | null; profile: Profile }> {
  const totals: QueryTotals = new Map();
  const events: { done: number; at: number }[] = [];
  const timer = await timeQueries(totals, statementKind);
  const started = performance.now();
  let result = null;
  let aborted = false;
  try {
    result = await applyImport(ctx, bytes, fileName, {
      skipInvalid: true,
      onProgress: (done) => {
        events.push({ done, at: performance.now() });
        if (performance.now() - started > capMs) throw new CapReached();
      },
    });
  } catch (error) {
    if (!(error instanceof CapReached)) throw error;
    aborted = true;
  } finally {
    timer.stop();
  }
  const applyMs = performance.now() - started;
  const byKind = [...totals].map(([kind, t]) => ({ kind, count: t.count, ms: t.ms })).sort((a, b) => b.ms - a.ms);
  // Rows a ms over the first and last tenth of the progress reports, from the first report on.
  let pace: Profile['pace'] = null;
  if (events.length >= 3) {
    const k = Math.max(1, Math.floor((events.length - 1) / 10));
    const rate = (from: { done: number; at: number }, to: { done: number; at: number }) => (to.at - from.at) / Math.max(1, to.done - from.done);
    pace = { firstMsPerRow: rate(events[0]!, events[k]!), lastMsPerRow: rate(events[events.length - 1 - k]!, events.at(-1)!) };
  }
  return {
    result,
    profile: {
      applyMs,
      aborted,
      rowsDone: events.at(-1)?.done ?? 0,
      sqlMs: byKind.reduce((sum, k) => sum + k.ms, 0),
      statements: byKind.reduce((sum, k) => sum + k.count, 0),
      byKind,
      pace,
      progressReports: events.length,
    },
  };
}

const perRow = (count: number, rows: number) => {
  const value = count / Math.max(1, rows);
  return value < 1 ? value.toFixed(3) : value.toFixed(1);
};

/** Adds the profile lines of one applyImport run to the report. */
function reportProfile(report: Report, prefix: string, profile: Profile, rows: number): void {
  report.add(
    `${prefix}SQL statements`,
    `${profile.statements.toLocaleString('en')} in ${seconds(profile.sqlMs)}`,
    `${perRow(profile.statements, rows)} a row; JS and driver the other ${seconds(profile.applyMs - profile.sqlMs)}`,
  );
  for (const k of profile.byKind.slice(0, 6)) report.add(`${prefix}  ${k.kind}`, seconds(k.ms), `${k.count.toLocaleString('en')}×, ${ms(k.ms / k.count)} each`);
  if (profile.pace) {
    const { firstMsPerRow, lastMsPerRow } = profile.pace;
    report.add(`${prefix}pace: first → last tenth of the rows`, `${firstMsPerRow.toFixed(2)} → ${lastMsPerRow.toFixed(2)} ms a row`, `${profile.progressReports} progress reports`);
  }
}

/** The same listings written in multi-row statements (1,000 a statement) with indexes and foreign keys live, plus one audit row each. */
async function batchedWrite(handle: DatabaseHandle, setup: TenantSetup, listings: ListingSpec[]): Promise<{ ms: number; textMs: number }> {
  const marker = new Date(Date.UTC(2030, 0, 1));
  const started = performance.now();
  const texts = buildSearchTexts(listings, setup);
  const textMs = performance.now() - started;
  await handle.query('BEGIN');
  await bulkLoadListings(handle, setup, listings, texts, { now: marker, batchSize: 1000 });
  await handle.query(
    `INSERT INTO audit_log (tenant_id, actor_user_id, actor_name, action, entity_type, entity_id, "after", request_id, "at")
     SELECT r.tenant_id, '00000000-0000-0000-0000-000000000000', 'コマンドライン', 'create', 'resource', r.id::text, to_jsonb(r), 'bench', now()
     FROM resources r WHERE r.tenant_id = $1 AND r.created_at = $2`,
    [setup.tenant.id, marker.toISOString()],
  );
  await handle.query('COMMIT');
  return { ms: performance.now() - started, textMs };
}

async function measure(kind: DatabaseKind, listings: ListingSpec[], report: Report) {
  const name = dbLabel[kind];
  console.log(`\n${name}`);
  const { location, drop } = await createBenchDatabase(kind);
  // PostgreSQL: one connection, as the BEGIN … COMMIT of the batched write needs.
  const handle = location.kind === 'pglite' ? await openBenchDatabase(location) : await (await import('../src/db/client.ts')).openPostgres(location.url, { max: 1 });
  try {
    const setup = await prepareDemoTenant(handle.db, new Date());
    let started = performance.now();
    const bytes = sasaeaiCsv(listings, setup);
    const csvMs = performance.now() - started;
    report.add(`${name} CSV written`, `${Math.round(bytes.length / 1024)} KB`, `${listings.length.toLocaleString('en')} rows, ${seconds(csvMs)}`);

    started = performance.now();
    const fileName = fileNameFor(kind);
    const plan = await planImport(setup.admin, bytes, fileName);
    const planMs = performance.now() - started;
    const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
    report.add(`${name} planImport (dry run)`, seconds(planMs), `${count('create')} create, ${count('update')} update, ${count('reject')} reject; format ${plan.format}`);

    console.log(`  ${name}: applyImport (new listings) …`);
    const { result, profile } = await profiledApply(setup.admin, bytes, fileName);
    const created = result!.created;
    report.add(
      `${name} applyImport (skipInvalid), all new`,
      seconds(profile.applyMs),
      `goal < 10 s; ${created} created, ${result!.skipped} skipped; ${Math.round(created / (profile.applyMs / 1000))} rows/s; writes ≈ ${seconds(profile.applyMs - planMs)}`,
      profile.applyMs < goalMs,
    );
    reportProfile(report, `${name}   `, profile, created);

    // The same file again: every row now matches a listing by name, so it is an update (export → edit in Excel → import).
    console.log(`  ${name}: applyImport again (same file: updates) …`);
    const again = await profiledApply(setup.admin, bytes, fileName, updateCapMs);
    const reimport = again.profile;
    if (reimport.aborted) {
      const estimate = (reimport.applyMs / Math.max(1, reimport.rowsDone)) * created;
      report.add(
        `${name} applyImport again, same file (all match, none changed)`,
        `> ${seconds(reimport.applyMs)}`,
        `stopped after ${reimport.rowsDone.toLocaleString('en')} of ${created.toLocaleString('en')} rows (cap ${seconds(updateCapMs)}); ≈ ${seconds(estimate)} for all at that pace`,
        false,
      );
    } else {
      report.add(`${name} applyImport again, same file (all match, none changed)`, seconds(reimport.applyMs), `goal < 10 s; ${again.result!.updated} matched, unchanged rows not rewritten`, reimport.applyMs < goalMs);
    }
    reportProfile(report, `${name}   `, reimport, reimport.rowsDone);

    // Every row edited (its description): every listing is rewritten, with its search columns, links and history.
    const edited = sasaeaiCsv(listings, setup, '（令和8年度 更新）');
    started = performance.now();
    await planImport(setup.admin, edited, fileName);
    const editedPlanMs = performance.now() - started;
    report.add(`${name} planImport, every row edited`, seconds(editedPlanMs), 'the dry run the preview shows; applyImport then reuses the parsed file');
    console.log(`  ${name}: applyImport of the edited file (every row an update) …`);
    const rewritten = await profiledApply(setup.admin, edited, fileName, updateCapMs);
    const changed = rewritten.profile;
    report.add(
      `${name} applyImport, every row edited`,
      changed.aborted ? `> ${seconds(changed.applyMs)}` : seconds(changed.applyMs),
      changed.aborted ? `stopped after ${changed.rowsDone.toLocaleString('en')} rows (cap ${seconds(updateCapMs)})` : `goal < 10 s; ${rewritten.result!.updated} updated`,
      !changed.aborted && changed.applyMs < goalMs,
    );
    reportProfile(report, `${name}   `, changed, changed.rowsDone);

    // How fast the same writes can be: the listings already imported stay, so this also shows writing next to 10,000 rows.
    const valid = listings.filter((_, i) => i % invalidEvery !== invalidEvery - 1);
    const batched = await batchedWrite(handle, setup, valid);
    report.add(
      `${name} same ${valid.length.toLocaleString('en')} listings, batched write`,
      seconds(batched.ms),
      `for comparison: 1,000 rows a statement, indexes + FKs live, 1 audit row each; search_text ${seconds(batched.textMs)}`,
    );
    return { csvKb: Math.round(bytes.length / 1024), csvMs: Math.round(csvMs), planMs: Math.round(planMs), result, profile, reimport, edited: { planMs: Math.round(editedPlanMs), profile: changed }, batchedWriteMs: Math.round(batched.ms), batchedSearchTextMs: Math.round(batched.textMs) };
  } finally {
    await handle.close();
    await drop();
  }
}

async function main(): Promise<void> {
  const machine = machineLine();
  console.log(`${machine.text}\nImport of ${rowCount.toLocaleString('en')} CSV rows (Sasaeai format, ~1 % invalid) into the demo tenant`);
  const report = new Report();
  const { demoAreas } = await import('../src/features/demo/demo-tenant.ts');
  const listings = generateListings(rowCount, demoAreas.flatMap((a) => a.districts.map(([n]) => n)), { seed: 10_000 });
  const kinds = benchDatabaseKinds();
  const results: Record<string, unknown> = {};
  for (const kind of kinds) {
    const r = await measure(kind, listings, report);
    const roundProfile = (p: Profile) => ({
      ...p,
      applyMs: Math.round(p.applyMs),
      sqlMs: Math.round(p.sqlMs),
      byKind: p.byKind.map((k) => ({ ...k, ms: Math.round(k.ms) })),
      pace: p.pace && { firstMsPerRow: +p.pace.firstMsPerRow.toFixed(2), lastMsPerRow: +p.pace.lastMsPerRow.toFixed(2) },
    });
    results[kind] = { ...r, profile: roundProfile(r.profile), reimport: roundProfile(r.reimport), edited: { planMs: r.edited.planMs, profile: roundProfile(r.edited.profile) } };
  }
  const after = machineLine();
  report.print(`Sasaeai import benchmark (${rowCount.toLocaleString('en')} rows)`);
  console.log(`load average ${machine.load.toFixed(1)} before the bench, ${after.load.toFixed(1)} after`);
  console.log(JSON.stringify({ bench: 'directory-import', node: process.version, loadAverage: { before: +machine.load.toFixed(2), after: +after.load.toFixed(2) }, rows: rowCount, databases: results }));
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cleanupEverything();
}
