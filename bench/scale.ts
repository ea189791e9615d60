// `npm run bench -- --scale` (or `node --import tsx bench/scale.ts`): how the
// server scales on one PostgreSQL 15 (decision 019). On a throwaway cluster of
// its own, with the demo tenant seeded:
//   1. public search (uncached: a counter in the query string defeats the 3 s
//      page cache) and /areas (cached) with `serve --workers 1, 2, 4`;
//   2. the same with `serve --workers 2` reading from a streaming standby
//      (DATABASE_READ_URL), once /healthz says the replica is ok;
//   3. 2,000 simultaneous applications to a 500-seat event over `serve --workers 2`.
// Prints figures and one table; asserts nothing. Load by autocannon, loopback only.
// Knobs: BENCH_SCALE_SECONDS (15 per measurement), BENCH_SCALE_CONNECTIONS (50),
// BENCH_SCALE_WORKERS ("1,2,4"), BENCH_APPLICATIONS (2000), BENCH_SEATS (500),
// BENCH_SCALE_CLUSTER_DIR (/tmp/sasaeai-pg-bench-scale),
// BENCH_SCALE_PARTS ("workers,replica,burst": which of 1–3 to run, e.g. "burst"
// alone while working on the seat decisions), BENCH_SCALE_BURST_WORKERS (2).
import { startStandby } from '../test/support/replica-cluster.ts';
import { demoTenant } from '../src/features/demo/demo-tenant.ts';
import { latency, machineLine, ms, Report, rounded, seconds } from './directory-support/report.ts';
import { startBenchCluster } from './pg-cluster.ts';
import { runBurst, type BurstResult } from './scale-support/burst.ts';
import { psql, withDatabase } from './scale-support/sql.ts';
import { answeringProcesses, measure, startWorkers, type Measurement } from './scale-support/workers.ts';
import { cleanupEverything, onCleanup } from './server-process.ts';

const loadSeconds = Number(process.env.BENCH_SCALE_SECONDS ?? 15);
const warmUpSeconds = 3;
const connections = Number(process.env.BENCH_SCALE_CONNECTIONS ?? 50);
const workerCounts = (process.env.BENCH_SCALE_WORKERS ?? '1,2,4').split(',').map(Number);
const applicationCount = Number(process.env.BENCH_APPLICATIONS ?? 2000);
const seatCount = Number(process.env.BENCH_SEATS ?? 500);
const burstWorkers = Number(process.env.BENCH_SCALE_BURST_WORKERS ?? 2);
const parts = new Set((process.env.BENCH_SCALE_PARTS ?? 'workers,replica,burst').split(','));
// Its own folder per checkout when several people bench on one machine.
const clusterDir = process.env.BENCH_SCALE_CLUSTER_DIR ?? '/tmp/sasaeai-pg-bench-scale';
const databaseName = 'sasaeai_scale';

// What a resident or a care manager would type into the directory's search box.
const searchPaths = ['配食', '子育て 相談', '介護', '見守り', '高齢者 サロン', '障害 就労'].map((q) => `/resources?q=${encodeURIComponent(q)}`);
const routes = [
  { name: 'search (uncached)', paths: searchPaths, bustCache: true },
  { name: '/areas (cached)', paths: ['/areas'], bustCache: false },
] as const;

type RouteFigures = Record<string, Measurement>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const figures = (m: Measurement) =>
  `${latency(m.latency)}${m.non2xx ? `, ${m.non2xx} non-2xx` : ''}${m.errors ? `, ${m.errors} errors` : ''}${m.timeouts ? `, ${m.timeouts} timeouts` : ''}`;

/** A warm-up, then each route measured for `loadSeconds`, against a running server. */
async function measureRoutes(url: string, report: Report, label: string): Promise<RouteFigures> {
  const result: RouteFigures = {};
  for (const route of routes) {
    await measure(url, route.paths, warmUpSeconds, connections, route.bustCache);
    const m = await measure(url, route.paths, loadSeconds, connections, route.bustCache);
    result[route.name] = m;
    report.add(`${label} ${route.name}`, `${Math.round(m.rps)} req/s`, figures(m));
  }
  return result;
}

/** Polls /healthz until the replica reports `ok` (or 60 s pass); returns the last status seen. */
async function waitForReplica(url: string): Promise<string> {
  let state = 'unknown';
  for (let i = 0; i < 120; i++) {
    const body = (await (await fetch(`${url}/healthz`)).json()) as { replica?: { state: string; lagSeconds: number | null } };
    state = body.replica ? `${body.replica.state} (lag ${body.replica.lagSeconds ?? '?'} s)` : 'no replica in /healthz';
    if (body.replica?.state === 'ok') break;
    await sleep(500);
  }
  return state;
}

function reportBurst(report: Report, burst: BurstResult): void {
  const exact = burst.confirmed === seatCount && burst.waitlisted === applicationCount - seatCount && burst.inOrder && burst.errors === 0 && burst.duplicates === 0;
  report.add('burst wall time', seconds(burst.wallMs), `${Math.round(burst.appsPerSecond)} applications/s (was 114/s in one process)`);
  report.add('burst answer time', latency(burst.latency), 'goal p95 < 8 s (was 16.6 s)', burst.latency.p95 < 8000);
  report.add(
    'burst outcome',
    `${burst.confirmed} confirmed / ${burst.waitlisted} waitlisted`,
    `in seq order ${burst.inOrder ? 'yes' : 'NO'}, ${burst.errors} errors, ${burst.duplicates} duplicates`,
    exact,
  );
  if (burst.errorSamples.length) console.log(`    errors: ${burst.errorSamples.join(' | ')}`);
}

async function main(): Promise<void> {
  const machine = machineLine();
  console.log(`${machine.text}\n${connections} connections, ${warmUpSeconds} s warm-up + ${loadSeconds} s per measurement; search queries: ${searchPaths.length}`);
  const report = new Report();
  const clusterUrl = startBenchCluster(clusterDir);
  psql(clusterUrl, `CREATE DATABASE ${databaseName}`);
  const databaseUrl = withDatabase(clusterUrl, databaseName);

  const byWorkers: Record<number, RouteFigures> = {};
  if (parts.has('workers')) {
    console.log('\n1. Workers on one PostgreSQL');
    for (const count of workerCounts) {
      const started = performance.now();
      const server = await startWorkers(count, databaseUrl); // the first start also migrates and seeds the demo tenant
      const spread = await answeringProcesses(server.url);
      console.log(`  serve --workers ${count}: answering after ${ms(performance.now() - started)}, ${spread.pids} process(es) seen answering /healthz`);
      try {
        byWorkers[count] = await measureRoutes(server.url, report, `×${count} workers`);
      } finally {
        await server.stop();
      }
    }
    const listings = psql(databaseUrl, 'SELECT count(*) FROM resources')[0]?.[0];
    console.log(`  (the demo tenant has ${listings} listings)`);
    const base = byWorkers[workerCounts[0]!];
    for (const count of workerCounts.slice(1)) {
      for (const route of routes) {
        const ratio = byWorkers[count]![route.name]!.rps / base![route.name]!.rps;
        report.add(`scaling ×${count}/×${workerCounts[0]} ${route.name}`, `${ratio.toFixed(2)}×`, 'rps ratio');
      }
    }
  }

  let replicaFigures: RouteFigures = {};
  if (parts.has('replica')) {
    console.log('\n2. serve --workers 2 with a streaming replica (DATABASE_READ_URL)');
    const standby = await startStandby(clusterUrl);
    onCleanup(standby.stop);
    const withReplica = await startWorkers(2, databaseUrl, standby.url(databaseName));
    try {
      const state = await waitForReplica(withReplica.url);
      report.add('replica state in /healthz', state);
      replicaFigures = await measureRoutes(withReplica.url, report, '×2 workers + replica');
      report.add('replica after the load', await waitForReplica(withReplica.url));
    } finally {
      await withReplica.stop();
      standby.stop();
    }
    const without = byWorkers[2];
    if (without) {
      for (const route of routes) report.add(`replica / no replica ${route.name}`, `${(replicaFigures[route.name]!.rps / without[route.name]!.rps).toFixed(2)}×`, 'rps ratio, ×2 workers');
    }
  }

  let burst: BurstResult | undefined;
  if (parts.has('burst')) {
    console.log(`\n3. ${applicationCount.toLocaleString('en')} simultaneous applications to a ${seatCount}-seat event over serve --workers ${burstWorkers}`);
    const burstServer = await startWorkers(burstWorkers, databaseUrl);
    try {
      burst = await runBurst(burstServer.url, databaseUrl, demoTenant.slug, applicationCount, seatCount);
    } finally {
      await burstServer.stop();
    }
    reportBurst(report, burst);
  }

  const loadAfter = machineLine().load;
  report.print('Sasaeai scale benchmark (PostgreSQL 15, serve --workers)');
  console.log(`load average ${machine.load.toFixed(1)} before, ${loadAfter.toFixed(1)} after (includes the bench's own load; the machine is shared, so figures are noisy)`);
  const json = (f: RouteFigures) => Object.fromEntries(Object.entries(f).map(([k, m]) => [k, { rps: Math.round(m.rps), ...rounded(m.latency), non2xx: m.non2xx, errors: m.errors }]));
  console.log(
    JSON.stringify({
      bench: 'scale',
      loadAverage: { before: +machine.load.toFixed(2), after: +loadAfter.toFixed(2) },
      connections,
      seconds: loadSeconds,
      workers: Object.fromEntries(Object.entries(byWorkers).map(([n, f]) => [n, json(f)])),
      replica: json(replicaFigures),
      burst: burst && { ...burst, latency: rounded(burst.latency), wallMs: Math.round(burst.wallMs), appsPerSecond: Math.round(burst.appsPerSecond) },
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
