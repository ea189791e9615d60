// Resource directory search at scale: 100,000 listings of one tenant, the real
// searchResources (page + facets + details) for 1-, 2-, 3- and 5-character
// terms with and without filters, against a plain ILIKE scan of the same
// terms; on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is set,
// on PostgreSQL. Prints figures and a table, then one JSON line; asserts nothing.
//
//   node --import tsx bench/directory-search.ts
//   BENCH_LISTINGS=20000 BENCH_CELL_SECONDS=3 node --import tsx bench/directory-search.ts   (quicker)
// Knobs: BENCH_LISTINGS (100000), BENCH_QUERIES per cell (200), BENCH_CELL_SECONDS
// (6: a cell stops early after this, but not before 10 queries), BENCH_SCAN_SAMPLES
// (30), BENCH_DATABASES (pglite,postgresql), BENCH_AS_OWNER=1 (no row-level security). The listings are loaded in 1,000-row
// statements with the GIN search indexes built afterwards, as a restore would.
import { searchCountLimit, searchResources } from '../src/features/resources/service.ts';
import { selectSearch } from '../src/features/resources/search-query.ts';
import { searchTerms } from '../src/platform/japanese-text/search-normalize.ts';
import type { DatabaseHandle } from '../src/db/client.ts';
import type { ResourceSearchQuery } from '../src/features/resources/validation.ts';
import {
  buildSearchTexts,
  bulkLoadListings,
  benchDatabaseKinds,
  createBenchDatabase,
  describeTenant,
  openBenchDatabase,
  openPgliteWithSettings,
  prepareDemoTenant,
  type DatabaseKind,
  type TenantSetup,
} from './directory-support/database.ts';
import { generateListings, type ListingSpec } from './directory-support/listings.ts';
import { latency, machineLine, ms, quantiles, Report, rounded, seconds, type Quantiles } from './directory-support/report.ts';
import { cleanupEverything } from './server-process.ts';

const listingCount = Number(process.env.BENCH_LISTINGS ?? 100_000);
const queriesPerCell = Number(process.env.BENCH_QUERIES ?? 200);
/** A cell (class × filters) stops early after this long, but not before `minSamples` queries. */
const cellBudgetMs = Number(process.env.BENCH_CELL_SECONDS ?? 6) * 1000;
const scanSamples = Number(process.env.BENCH_SCAN_SAMPLES ?? 30);
const minSamples = 10;
/** BENCH_QUICK=1 (what `npm run bench` sets): no what-if and no pending-list sections. */
const quick = process.env.BENCH_QUICK === '1';
/** BENCH_AS_OWNER=1: search on the owner's connection, without row-level security, to measure what the policies cost. */
const asOwner = process.env.BENCH_AS_OWNER === '1';
const searchDatabase = (handle: DatabaseHandle, tenantId: string) => (asOwner ? handle.db : handle.forTenant(tenantId));
const goalMs: Record<DatabaseKind, number> = { pglite: 60, postgresql: 30 };
const dbLabel: Record<DatabaseKind, string> = { pglite: 'PGlite', postgresql: 'PostgreSQL' };

// Real words residents type, by length after normalisation.
const queryClasses = [
  { label: '1 char', terms: ['碁', '雪'] },
  { label: '2 chars', terms: ['囲碁', '配食', '体操'] },
  { label: '3 chars', terms: ['サロン', '見守り', '雪かき'] },
  { label: '5 chars', terms: ['囲碁クラブ', '買い物支援', 'いきいき体'] },
] as const;
type ClassLabel = (typeof queryClasses)[number]['label'];
const filterCategories = ['snow', 'salon', 'hobby', 'health', 'meals', 'watching', 'shopping'];

const report = new Report();

function searchQuery(term: string, i: number, filtered: boolean): ResourceSearchQuery {
  const base: ResourceSearchQuery = { q: term, free: false, transport: false, target: '' };
  return filtered ? { ...base, category: filterCategories[i % filterCategories.length], weekday: (i * 3) % 7, free: true } : base;
}

/** Runs `one(i)` up to `count` times or until the budget is spent (at least `minimum` times); returns the durations. */
async function sample(count: number, budgetMs: number, minimum: number, one: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  const deadline = performance.now() + budgetMs;
  for (let i = 0; i < count && (i < minimum || performance.now() < deadline); i++) {
    const started = performance.now();
    await one(i);
    times.push(performance.now() - started);
  }
  return times;
}

/** The baseline without any search column: ILIKE over name and description, a page of ids plus the count. */
async function plainScan(handle: DatabaseHandle, tenantId: string, term: string): Promise<number> {
  const pattern = `%${term}%`;
  await handle.query(`SELECT id FROM resources WHERE tenant_id = $1 AND (name ILIKE $2 OR description ILIKE $2) LIMIT 20`, [tenantId, pattern]);
  const [row] = await handle.query(`SELECT count(*)::int AS n FROM resources WHERE tenant_id = $1 AND (name ILIKE $2 OR description ILIKE $2)`, [tenantId, pattern]);
  return Number(row!.n);
}

type ClassResult = { ours: Quantiles; filtered: Quantiles; scan: Quantiles; matches: number; scanMatches: number; speedupP50: number; speedupP95: number };
type DatabaseResult = {
  load: Record<string, number>;
  classes: Record<string, ClassResult>;
  stepsMedianMs: Record<string, { statements: number; whole: number }>;
  pendingList: Record<string, { beforeVacuum: Quantiles; afterVacuum: Quantiles }>;
  whatIf: Record<string, Record<string, Quantiles>>;
};

async function loadDatabase(kind: DatabaseKind, listings: ListingSpec[], texts: { value?: string[] }, now: Date) {
  const { location, drop } = await createBenchDatabase(kind);
  let started = performance.now();
  // PostgreSQL: one connection, so the session setting below holds for the whole load.
  const loader = location.kind === 'pglite' ? await openBenchDatabase(location) : await (await import('../src/db/client.ts')).openPostgres(location.url, { max: 1 });
  let setup = await prepareDemoTenant(loader.db, now);
  const tenantMs = performance.now() - started;
  started = performance.now();
  texts.value ??= buildSearchTexts(listings, setup);
  const textMs = performance.now() - started;
  started = performance.now();
  // As a restore does: foreign keys are not re-checked row by row (the generated data is consistent).
  await loader.query('SET session_replication_role = replica');
  let lastPrint = performance.now();
  const times = await bulkLoadListings(loader, setup, listings, texts.value, {
    now,
    rebuildSearchIndexes: true,
    onBatch: (done) => {
      if (performance.now() - lastPrint > 10_000) {
        console.log(`    … ${done.toLocaleString('en')} listings`);
        lastPrint = performance.now();
      }
    },
  });
  await loader.query('RESET session_replication_role');
  const loadMs = performance.now() - started;
  started = performance.now();
  // What the app's import does after writing listings (decision 012), and
  // PostgreSQL's autovacuum soon after a load: without it every row's
  // visibility is looked up (no hint bits, no all-visible pages), which on
  // PostgreSQL made the 2- and 3-character searches about 40 % slower.
  await loader.query('VACUUM ANALYZE');
  const analyzeMs = performance.now() - started;
  const [sizes] = await loader.query(
    `SELECT pg_table_size('resources') AS heap, pg_relation_size('resources_search_trgm') AS trgm, pg_relation_size('resources_search_keys') AS grams`,
  );
  // Searches run on the database opened again, as a server started on this
  // data opens it: PostgreSQL with the app's pool, PGlite with shared buffers
  // sized to the 100,000 listings (sized when opened; the loader opened it empty).
  await loader.close();
  const handle = await openBenchDatabase(location);
  // Contexts on the new handle, as the tenant's role under row-level security, as the app's requests are (decision 018).
  setup = await describeTenant(searchDatabase(handle, setup.tenant.id), setup.tenant, now);
  const mbOf = (v: unknown) => Math.round(Number(v) / 1024 / 1024);
  const load = {
    demoTenantMs: Math.round(tenantMs),
    searchTextMs: Math.round(textMs),
    buildRowsMs: Math.round(times.rowsMs),
    insertMs: Math.round(times.insertMs),
    searchIndexBuildMs: Math.round(times.indexMs),
    totalLoadMs: Math.round(loadMs),
    analyzeMs: Math.round(analyzeMs),
    providers: times.providers,
    categoryLinks: times.links,
    heapMb: mbOf(sizes!.heap),
    trgmIndexMb: mbOf(sizes!.trgm),
    gramsIndexMb: mbOf(sizes!.grams),
  };
  return { handle, setup, drop, load, location };
}

async function measureDatabase(kind: DatabaseKind, listings: ListingSpec[], texts: { value?: string[] }, now: Date): Promise<DatabaseResult> {
  const name = dbLabel[kind];
  console.log(`\n${name}: loading ${listings.length.toLocaleString('en')} listings`);
  const loaded = await loadDatabase(kind, listings, texts, now);
  const { setup, drop, load, location } = loaded;
  let handle = loaded.handle;
  try {
    const textNote = load.searchTextMs > 0 ? `, search_text ${seconds(load.searchTextMs)} (once, shared)` : '';
    report.add(
      `${name} load ${listings.length.toLocaleString('en')} listings`,
      seconds(load.totalLoadMs + load.searchTextMs),
      `rows ${seconds(load.buildRowsMs)}, insert ${seconds(load.insertMs)}, GIN build ${seconds(load.searchIndexBuildMs)}${textNote}; VACUUM ANALYZE ${seconds(load.analyzeMs)}`,
    );
    report.add(`${name} table / trgm / grams size`, `${load.heapMb} / ${load.trgmIndexMb} / ${load.gramsIndexMb} MB`, 'for information');

    const resident = setup.resident;
    const run = (term: string, i: number, filtered: boolean) => searchResources(resident, searchQuery(term, i, filtered));
    // Warm-up: every term once with and without filters, and the scan once.
    for (const c of queryClasses) for (const [i, term] of c.terms.entries()) {
      await run(term, i, false);
      await run(term, i, true);
    }

    const classes: Record<string, ClassResult> = {};
    for (const c of queryClasses) {
      console.log(`  ${name} ${c.label}: ${c.terms.join(' ')}`);
      const ours = quantiles(await sample(queriesPerCell, cellBudgetMs, minSamples, (i) => run(c.terms[i % c.terms.length]!, i, false)));
      const filtered = quantiles(await sample(queriesPerCell, cellBudgetMs, minSamples, (i) => run(c.terms[i % c.terms.length]!, i, true)));
      const scan = quantiles(await sample(scanSamples, cellBudgetMs / 2, Math.min(10, scanSamples), (i) => plainScan(handle, setup.tenant.id, c.terms[i % c.terms.length]!)));
      let matches = 0;
      let scanMatches = 0;
      for (const term of c.terms) {
        matches += (await run(term, 0, false)).facets.total;
        scanMatches += await plainScan(handle, setup.tenant.id, term);
      }
      const result: ClassResult = {
        ours,
        filtered,
        scan,
        matches: Math.round(matches / c.terms.length),
        scanMatches: Math.round(scanMatches / c.terms.length),
        speedupP50: scan.p50 / ours.p50,
        speedupP95: scan.p95 / ours.p95,
      };
      classes[c.label] = result;
      const goal = goalMs[kind];
      report.add(`${name} ${c.label} (n=${ours.n}, ~${result.matches.toLocaleString('en')} hits)`, latency(ours), `goal p95 ≤ ${goal} ms`, ours.p95 <= goal);
      report.add(`${name} ${c.label} + category, weekday, free (n=${filtered.n})`, latency(filtered), `goal p95 ≤ ${goal} ms`, filtered.p95 <= goal);
      report.add(`${name} ${c.label} plain ILIKE scan (n=${scan.n})`, latency(scan), 'baseline');
      const longTerm = c.label === '3 chars' || c.label === '5 chars';
      report.add(
        `${name} ${c.label} speed-up over the scan`,
        `${result.speedupP50.toFixed(1)}× p50 / ${result.speedupP95.toFixed(1)}× p95`,
        longTerm ? 'goal ≥ 10× (p50)' : 'for comparison',
        longTerm ? result.speedupP50 >= 10 : undefined,
      );
    }

    // Where one search spends its time: the search statements (count, per-value
    // counts and page, in one transaction) against the whole search (which
    // then reads the page's rows and providers), per term, median of 3.
    console.log(`  ${name}: the search statements of one search, timed alone`);
    const stepsMedianMs: DatabaseResult['stepsMedianMs'] = {};
    for (const c of queryClasses) {
      const perTerm: string[] = [];
      for (const term of c.terms) {
        const filters = { terms: searchTerms(term), publishedOnly: true, free: false, transport: false, target: '', sort: 'relevance', limit: 20, offset: 0 } as const;
        const statements: number[] = [];
        const whole: number[] = [];
        for (let i = 0; i < 3; i++) {
          let started = performance.now();
          await selectSearch(searchDatabase(handle, setup.tenant.id), setup.tenant.id, filters, { countLimit: searchCountLimit, broadAbove: searchCountLimit });
          statements.push(performance.now() - started);
          started = performance.now();
          await run(term, 0, false);
          whole.push(performance.now() - started);
        }
        const step = { statements: +quantiles(statements).p50.toFixed(1), whole: +quantiles(whole).p50.toFixed(1) };
        stepsMedianMs[term] = step;
        perTerm.push(`${term} ${step.statements} of ${step.whole}`);
      }
      report.add(`${name} ${c.label} search statements of the whole search, ms`, perTerm.join(', '), 'median of 3, for information');
    }

    // What-ifs on the same data, reopened with other planner / memory settings:
    // random_page_cost=1.1 (the usual value for SSDs and cached data; with the
    // default 4 the planner prefers sequential scans, which detoast every
    // row's search_keys), and on PGlite the old fixed 16 MB of shared buffers
    // and a fixed 128 MB (the app now sizes them to the data: a third of it).
    // (A PGlite folder is closed before it is opened again: never two instances on one folder.)
    const whatIfs: { label: string; before?: () => Promise<unknown>; open: () => Promise<DatabaseHandle> }[] =
      location.kind === 'pglite'
        ? [
            { label: 'random_page_cost=1.1, shared_buffers=16MB', open: () => openPgliteWithSettings(location.dataDir, ['shared_buffers=16MB', 'random_page_cost=1.1']) },
            { label: 'random_page_cost=1.1, shared_buffers=128MB', open: () => openPgliteWithSettings(location.dataDir, ['shared_buffers=128MB', 'random_page_cost=1.1']) },
          ]
        : [
            {
              label: 'random_page_cost=1.1',
              // New connections pick the database setting up.
              before: () => handle.query(`ALTER DATABASE "${location.name}" SET random_page_cost = 1.1`),
              open: () => openBenchDatabase(location),
            },
          ];
    const whatIf: DatabaseResult['whatIf'] = {};
    for (const option of quick ? [] : whatIfs) {
      console.log(`  ${name}: the same data with ${option.label}`);
      await option.before?.();
      await handle.close();
      const reopened = await option.open();
      handle = reopened;
      const tunedResident = { ...resident, db: searchDatabase(reopened, setup.tenant.id) };
      const tuned = (term: string, i: number) => searchResources(tunedResident, searchQuery(term, i, false));
      for (const c of queryClasses) for (const [i, term] of c.terms.entries()) await tuned(term, i);
      whatIf[option.label] = {};
      for (const c of queryClasses) {
        const q = quantiles(await sample(40, cellBudgetMs / 2, 10, (i) => tuned(c.terms[i % c.terms.length]!, i)));
        whatIf[option.label]![c.label] = q;
        report.add(`${name} ${c.label} with ${option.label} (n=${q.n})`, latency(q), `what-if; as shipped p50 ${ms(classes[c.label]!.ours.p50)}, p95 ${ms(classes[c.label]!.ours.p95)}`);
      }
    }
    // Back to the settings as shipped for the last part.
    if (location.kind === 'postgresql') await handle.query(`ALTER DATABASE "${location.name}" RESET random_page_cost`);
    await handle.close();
    const shipped = await openBenchDatabase(location);
    handle = shipped;
    const shippedResident = { ...resident, db: searchDatabase(shipped, setup.tenant.id) };
    const run2 = (term: string, i: number) => searchResources(shippedResident, searchQuery(term, i, false));

    const pendingList: DatabaseResult['pendingList'] = {};
    if (quick) return { load, classes, stepsMedianMs, pendingList, whatIf };
    // PGlite has no autovacuum: recently added listings stay in the GIN pending list until a VACUUM.
    console.log(`  ${name}: 2,000 more listings added with the indexes in place, then VACUUM`);
    const extra = generateListings(2000, setup.districtNames, { seed: 7 });
    await bulkLoadListings(handle, setup, extra, buildSearchTexts(extra, setup), { now, batchSize: 20 });
    const pendingClasses = queryClasses.filter((c) => c.label === '2 chars' || c.label === '3 chars');
    const before = new Map<ClassLabel, Quantiles>();
    for (const c of pendingClasses) before.set(c.label, quantiles(await sample(30, cellBudgetMs / 2, 10, (i) => run2(c.terms[i % c.terms.length]!, i))));
    const vacuumStarted = performance.now();
    await handle.query('VACUUM resources');
    const vacuumMs = performance.now() - vacuumStarted;
    for (const c of pendingClasses) {
      const after = quantiles(await sample(30, cellBudgetMs / 2, 10, (i) => run2(c.terms[i % c.terms.length]!, i)));
      pendingList[c.label] = { beforeVacuum: before.get(c.label)!, afterVacuum: after };
      report.add(`${name} ${c.label} after 2,000 new listings, before → after VACUUM`, `p50 ${ms(before.get(c.label)!.p50)} → ${ms(after.p50)}, p95 ${ms(before.get(c.label)!.p95)} → ${ms(after.p95)}`, `VACUUM took ${seconds(vacuumMs)}`);
    }

    return { load, classes, stepsMedianMs, pendingList, whatIf };
  } finally {
    await handle.close();
    await drop();
  }
}

async function main(): Promise<void> {
  const machine = machineLine();
  console.log(`${machine.text}\nDirectory search: ${listingCount.toLocaleString('en')} listings, up to ${queriesPerCell} queries per class (${cellBudgetMs / 1000} s budget each, at least ${minSamples})`);
  const now = new Date();
  let started = performance.now();
  // The demo tenant's district names (what prepareDemoTenant creates), for generating before any database exists.
  const { demoAreas } = await import('../src/features/demo/demo-tenant.ts');
  const listings = generateListings(listingCount, demoAreas.flatMap((a) => a.districts.map(([name]) => name)));
  const generateMs = performance.now() - started;
  report.add('generate listings in memory', seconds(generateMs), `${listingCount.toLocaleString('en')} listings`);

  const kinds = benchDatabaseKinds();
  const texts: { value?: string[] } = {};
  const results: Partial<Record<DatabaseKind, DatabaseResult>> = {};
  for (const kind of kinds) results[kind] = await measureDatabase(kind, listings, texts, now);

  const loadAfter = machineLine();
  report.print(`Sasaeai directory search benchmark (${listingCount.toLocaleString('en')} listings)`);
  console.log(`load average ${machine.load.toFixed(1)} before the bench, ${loadAfter.load.toFixed(1)} after${loadAfter.text.includes('busy') ? ' (machine busy: figures are slower than on an idle machine)' : ''}; total ${seconds(performance.now() - started)}`);
  console.log(
    JSON.stringify({
      bench: 'directory-search',
      node: process.version,
      loadAverage: { before: +machine.load.toFixed(2), after: +loadAfter.load.toFixed(2) },
      listings: listingCount,
      generateMs: Math.round(generateMs),
      databases: Object.fromEntries(
        Object.entries(results).map(([kind, r]) => [
          kind,
          {
            load: r!.load,
            classes: Object.fromEntries(
              Object.entries(r!.classes).map(([label, c]) => [
                label,
                { hits: c.matches, scanHits: c.scanMatches, ours: rounded(c.ours), filtered: rounded(c.filtered), scan: rounded(c.scan), speedupP50: +c.speedupP50.toFixed(2), speedupP95: +c.speedupP95.toFixed(2) },
              ]),
            ),
            stepsMedianMs: r!.stepsMedianMs,
            pendingList: Object.fromEntries(Object.entries(r!.pendingList).map(([label, p]) => [label, { beforeVacuum: rounded(p.beforeVacuum), afterVacuum: rounded(p.afterVacuum) }])),
            whatIf: Object.fromEntries(Object.entries(r!.whatIf).map(([option, byClass]) => [option, Object.fromEntries(Object.entries(byClass).map(([label, q]) => [label, rounded(q)]))])),
          },
        ]),
      ),
    }),
  );
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cleanupEverything();
}
