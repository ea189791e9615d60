// The printed guidebook from live data: a database with 1,000 published
// listings, the real path of renderGuidebook (search in this process, layout
// + PDF in the render process it starts) for the whole city, normal and large
// print, each edition in a fresh bench process so its peak RSS (VmHWM) is its
// own, reported beside the render process's peak; a second, warm run is split
// into gathering the data and layout + PDF. On PGlite and, when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set, on PostgreSQL. Prints figures, a table and a JSON line.
//
//   node --import tsx bench/directory-guidebook.ts
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildGuidebook } from '../src/features/guidebooks/service.ts';
import { renderGuidebookInChild, type RenderStats } from '../src/features/guidebooks/guidebook-render-child.ts';
import { guidebookRequest } from '../src/features/guidebooks/validation.ts';
import { findTenantBySlug } from '../src/platform/tenancy/tenancy.ts';
import {
  buildSearchTexts,
  bulkLoadListings,
  benchDatabaseKinds,
  createBenchDatabase,
  openBenchDatabase,
  prepareDemoTenant,
  type BenchLocation,
  type DatabaseKind,
} from './directory-support/database.ts';
import { generateListings } from './directory-support/listings.ts';
import { machineLine, mb, Report, seconds } from './directory-support/report.ts';
import { cleanupEverything, memoryMb, projectRoot } from './server-process.ts';

const listingCount = Number(process.env.BENCH_GUIDEBOOK_LISTINGS ?? 1000);
const goalMs = 10_000;
const goalMb = 500;
const dbLabel: Record<DatabaseKind, string> = { pglite: 'PGlite', postgresql: 'PostgreSQL' };
const editions = ['normal', 'large'] as const;
type Edition = (typeof editions)[number];

type ChildResult = {
  edition: Edition;
  openMs: number;
  rssAfterOpenMb: number;
  firstRenderMs: number;
  peakAfterFirstMb: number;
  renderPeakFirstMb: number;
  secondBuildMs: number;
  secondPdfMs: number;
  peakAfterSecondMb: number;
  renderPeakSecondMb: number;
  pages: number;
  pdfKb: number;
  entries: number;
  sections: number;
};

/** In the child: opens the database, renders the guidebook twice (cold, then warm), reports time and VmHWM. */
async function child(location: BenchLocation, edition: Edition): Promise<void> {
  let started = performance.now();
  const handle = await openBenchDatabase(location);
  const tenant = (await findTenantBySlug(handle.db, 'asahikawa'))!;
  const openMs = performance.now() - started;
  const rssAfterOpenMb = memoryMb(process.pid).rss;
  const ctx = { db: handle.db, tenantId: tenant.id, actor: null, now: new Date(), requestId: 'bench' };
  const request = guidebookRequest.parse({ kind: 'needs', largePrint: edition === 'large' ? '1' : undefined });
  let first: RenderStats = { peakRssMb: NaN };
  let second: RenderStats = { peakRssMb: NaN };
  // What renderGuidebook does, with the render process's own peak reported.
  started = performance.now();
  const pdf = await renderGuidebookInChild(await buildGuidebook(ctx, tenant, request), undefined, (stats) => (first = stats));
  const firstRenderMs = performance.now() - started;
  const peakAfterFirstMb = memoryMb(process.pid).peak;
  // Second (warm) run, split in its two halves: gathering the data, and layout + PDF.
  started = performance.now();
  const document = await buildGuidebook(ctx, tenant, request);
  const buildMs = performance.now() - started;
  started = performance.now();
  await renderGuidebookInChild(document, undefined, (stats) => (second = stats));
  const pdfMs = performance.now() - started;
  const peakAfterSecondMb = memoryMb(process.pid).peak;
  await handle.close();
  const result: ChildResult = {
    edition,
    openMs: Math.round(openMs),
    rssAfterOpenMb: Math.round(rssAfterOpenMb),
    firstRenderMs: Math.round(firstRenderMs),
    peakAfterFirstMb: Math.round(peakAfterFirstMb),
    renderPeakFirstMb: first.peakRssMb,
    secondBuildMs: Math.round(buildMs),
    secondPdfMs: Math.round(pdfMs),
    peakAfterSecondMb: Math.round(peakAfterSecondMb),
    renderPeakSecondMb: second.peakRssMb,
    pages: (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length,
    pdfKb: Math.round(pdf.length / 1024),
    entries: document.sections.reduce((sum, s) => sum + s.entries.length, 0),
    sections: document.sections.length,
  };
  console.log(JSON.stringify(result));
}

/** A database with `listingCount` published, live listings of the demo tenant. */
async function prepare(kind: DatabaseKind): Promise<{ location: BenchLocation; drop: () => Promise<void>; loadMs: number }> {
  const started = performance.now();
  const now = new Date();
  const { location, drop } = await createBenchDatabase(kind);
  const handle = location.kind === 'pglite' ? await openBenchDatabase(location) : await (await import('../src/db/client.ts')).openPostgres(location.url, { max: 1 });
  try {
    const setup = await prepareDemoTenant(handle.db, now);
    const listings = generateListings(listingCount, setup.districtNames, { seed: 1000, publishedOnly: true });
    await handle.query('SET session_replication_role = replica');
    await bulkLoadListings(handle, setup, listings, buildSearchTexts(listings, setup), { now, rebuildSearchIndexes: true });
    await handle.query('RESET session_replication_role');
    await handle.query('ANALYZE');
  } finally {
    await handle.close();
  }
  return { location, drop, loadMs: performance.now() - started };
}

async function main(): Promise<void> {
  const machine = machineLine();
  console.log(`${machine.text}\nGuidebook PDF of ${listingCount.toLocaleString('en')} published listings (whole city, by 困りごと), each edition in a fresh process`);
  const report = new Report();
  const kinds = benchDatabaseKinds();
  const results: Record<string, { loadMs: number; editions: ChildResult[] }> = {};
  for (const kind of kinds) {
    const name = dbLabel[kind];
    console.log(`\n${name}`);
    const { location, drop, loadMs } = await prepare(kind);
    results[kind] = { loadMs: Math.round(loadMs), editions: [] };
    try {
      report.add(`${name} prepare database (${listingCount} listings)`, seconds(loadMs), 'not part of the figures below');
      for (const edition of editions) {
        const output = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', JSON.stringify(location), edition], {
          cwd: projectRoot,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
          maxBuffer: 16 * 1024 * 1024,
        });
        const r = JSON.parse(output.trim().split('\n').at(-1)!) as ChildResult;
        results[kind].editions.push(r);
        const what = `${name} ${edition === 'large' ? 'large print' : 'normal'}`;
        report.add(`${what}: first render`, seconds(r.firstRenderMs), `goal < 10 s; ${r.pages} pages, ${r.entries} entries in ${r.sections} sections, ${r.pdfKb} KB`, r.firstRenderMs < goalMs);
        report.add(`${what}: peak RSS, server process`, mb(r.peakAfterFirstMb), `goal < ${goalMb} MB; ${mb(r.rssAfterOpenMb)} after opening the database`, r.peakAfterFirstMb < goalMb);
        report.add(`${what}: peak RSS, render process`, mb(r.renderPeakFirstMb), `goal < ${goalMb} MB; with the server's: ${mb(r.peakAfterFirstMb + r.renderPeakFirstMb)} at most`, r.renderPeakFirstMb < goalMb);
        report.add(`${what}: second run (warm)`, seconds(r.secondBuildMs + r.secondPdfMs), `data ${seconds(r.secondBuildMs)} + layout/PDF ${seconds(r.secondPdfMs)}; peak RSS then ${mb(r.peakAfterSecondMb)} + ${mb(r.renderPeakSecondMb)}`);
      }
    } finally {
      await drop();
    }
  }
  const after = machineLine();
  report.print(`Sasaeai guidebook benchmark (${listingCount.toLocaleString('en')} listings)`);
  console.log(`load average ${machine.load.toFixed(1)} before the bench, ${after.load.toFixed(1)} after`);
  console.log(JSON.stringify({ bench: 'directory-guidebook', node: process.version, loadAverage: { before: +machine.load.toFixed(2), after: +after.load.toFixed(2) }, listings: listingCount, databases: results }));
}

if (process.argv[2] === '--child') {
  await child(JSON.parse(process.argv[3]!) as BenchLocation, process.argv[4] as Edition);
  process.exit(0);
} else {
  try {
    await main();
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    cleanupEverything();
  }
}
