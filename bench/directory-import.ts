// Importing 10,000 listings from Sasaeai's own CSV through the real
// planImport (dry run) and applyImport (skipInvalid) with the command-line
// admin, into the demo tenant; then where the time goes: every SQL statement
// timed by kind, the pace per 1,000 rows, and what a batched write of the same
// listings costs. On PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL
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
  createBenchDatabase,
  openBenchDatabase,
  postgresAdminUrl,
  prepareDemoTenant,
  type DatabaseKind,
  type TenantSetup,
} from './directory-support/database.ts';
import { generateListings, type ListingSpec } from './directory-support/listings.ts';
import { timeQueries, verbAndTable, type QueryTotals } from './directory-support/query-timer.ts';
import { machineLine, ms, Report, seconds } from './directory-support/report.ts';
import { cleanupEverything } from './server-process.ts';

const rowCount = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
/** About 1 % of the rows have no 名称 and are rejected (skipInvalid). */
const invalidEvery = 100;
const goalMs = 10_000;
const dbLabel: Record<DatabaseKind, string> = { pglite: 'PGlite', postgresql: 'PostgreSQL' };
const fileName = 'くらしの困りごと一覧.csv';

/** The listings as Sasaeai's CSV, written the way the export writes it (UTF-8 with BOM, CRLF). */
function sasaeaiCsv(listings: ListingSpec[], setup: TenantSetup): Buffer {
  const t = translator('ja');
  const words = { t, locale: 'ja' as const };
  const categoryName = new Map(setup.categories.map((c) => [c.code, c.name]));
  const cityWide = setup.areaNameById.get(setup.cityWideAreaId)!;
  const rows = listings.map((l, i) => {
    const district = l.districtName ? setup.districtByName.get(l.districtName) : undefined;
    return [
      i % invalidEvery === invalidEvery - 1 ? '' : l.name, l.nameReading, l.description, l.providerName, t(`resources.providerType.${l.providerType}`),
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
  planInsideApplyMs: number;
  sqlMs: number;
  statements: number;
  byKind: { kind: string; count: number; ms: number }[];
  msPerThousand: number[];
};

async function profiledApply(ctx: TenantSetup['admin'], bytes: Buffer): Promise<{ result: Awaited<ReturnType<typeof applyImport>>; profile: Profile }> {
  const totals: QueryTotals = new Map();
  const marks: number[] = [];
  let firstProgress = 0;
  const timer = await timeQueries(totals, statementKind);
  const started = performance.now();
  let result;
  try {
    result = await applyImport(ctx, bytes, fileName, {
      skipInvalid: true,
      onProgress: (done) => {
        if (done === 1) firstProgress = performance.now();
        if (done % 1000 === 0) marks.push(performance.now());
      },
    });
  } finally {
    timer.stop();
  }
  const applyMs = performance.now() - started;
  const byKind = [...totals].map(([kind, t]) => ({ kind, count: t.count, ms: t.ms })).sort((a, b) => b.ms - a.ms);
  const msPerThousand = marks.map((mark, i) => mark - (i === 0 ? firstProgress : marks[i - 1]!));
  return {
    result,
    profile: {
      applyMs,
      // planImport runs first inside applyImport; the first row is written right after it.
      planInsideApplyMs: firstProgress ? firstProgress - started : NaN,
      sqlMs: byKind.reduce((sum, k) => sum + k.ms, 0),
      statements: byKind.reduce((sum, k) => sum + k.count, 0),
      byKind,
      msPerThousand,
    },
  };
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
    const plan = await planImport(setup.admin, bytes, fileName);
    const planMs = performance.now() - started;
    const count = (action: string) => plan.rows.filter((r) => r.action === action).length;
    report.add(`${name} planImport (dry run)`, seconds(planMs), `${count('create')} create, ${count('update')} update, ${count('reject')} reject; format ${plan.format}`);

    console.log(`  ${name}: applyImport …`);
    const { result, profile } = await profiledApply(setup.admin, bytes);
    const writeMs = profile.applyMs - profile.planInsideApplyMs;
    report.add(
      `${name} applyImport (skipInvalid)`,
      seconds(profile.applyMs),
      `goal < 10 s; ${result.created} created, ${result.skipped} skipped; ${Math.round((result.created + result.updated) / (profile.applyMs / 1000))} rows/s`,
      profile.applyMs < goalMs,
    );
    report.add(`${name}   of which the plan / the writes`, `${seconds(profile.planInsideApplyMs)} / ${seconds(writeMs)}`, `${(writeMs / Math.max(1, result.created + result.updated)).toFixed(2)} ms a row`);
    report.add(
      `${name}   SQL statements`,
      `${profile.statements.toLocaleString('en')} in ${seconds(profile.sqlMs)}`,
      `${(profile.statements / Math.max(1, result.created)).toFixed(1)} a row; JS and driver the other ${seconds(profile.applyMs - profile.sqlMs)}`,
    );
    for (const k of profile.byKind.slice(0, 8)) {
      report.add(`${name}     ${k.kind}`, seconds(k.ms), `${k.count.toLocaleString('en')}×, ${ms(k.ms / k.count)} each`);
    }
    if (profile.msPerThousand.length >= 2) {
      const [first, last] = [profile.msPerThousand[0]!, profile.msPerThousand.at(-1)!];
      report.add(`${name}   pace: first → last 1,000 rows`, `${seconds(first)} → ${seconds(last)}`, `${(last / first).toFixed(1)}× slower as the table grows`);
    }

    // How fast the same writes can be: the listings already imported stay, so this also shows writing next to 10,000 rows.
    const valid = listings.filter((_, i) => i % invalidEvery !== invalidEvery - 1);
    const batched = await batchedWrite(handle, setup, valid);
    report.add(
      `${name} same ${valid.length.toLocaleString('en')} listings, batched write`,
      seconds(batched.ms),
      `for comparison: 1,000 rows a statement, indexes + FKs live, 1 audit row each; search_text ${seconds(batched.textMs)}`,
    );
    return { csvKb: Math.round(bytes.length / 1024), csvMs: Math.round(csvMs), planMs: Math.round(planMs), result, profile, batchedWriteMs: Math.round(batched.ms), batchedSearchTextMs: Math.round(batched.textMs) };
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
  const kinds: DatabaseKind[] = postgresAdminUrl() ? ['pglite', 'postgresql'] : ['pglite'];
  const results: Record<string, unknown> = {};
  for (const kind of kinds) {
    const r = await measure(kind, listings, report);
    results[kind] = {
      ...r,
      profile: {
        ...r.profile,
        applyMs: Math.round(r.profile.applyMs),
        planInsideApplyMs: Math.round(r.profile.planInsideApplyMs),
        sqlMs: Math.round(r.profile.sqlMs),
        byKind: r.profile.byKind.map((k) => ({ ...k, ms: Math.round(k.ms) })),
        msPerThousand: r.profile.msPerThousand.map(Math.round),
      },
    };
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
