// `npm run bench`: start-up time, restart time, throughput and memory of the
// server on the embedded database (PGlite), then the event applications burst
// (bench/event-applications.ts, all at once only, to keep the run bounded),
// then the resource directory benchmarks (bench/directory-all.ts: search at
// 100,000 listings, a 1,000-listing guidebook, a 10,000-row import) in a
// shorter form, then the matching bench (bench/matching.ts), then the local-issues bench
// (bench/local-issues.ts). Prints figures; asserts nothing.
// It is the only command of `npm run bench`, so the flags below reach it (npm
// appends them to the script's last command).
//
//   npm run bench                    all of it on PGlite (PostgreSQL too when TEST_DATABASE_URL / BENCH_DATABASE_URL is set)
//   npm run bench -- --postgres      also on a throwaway PostgreSQL 15
//   npm run bench -- --no-directory  without the directory part
//   npm run bench:directory          the directory part in full
//   npm run bench -- --scale         only the scale part (bench/scale.ts: serve --workers, a replica, the burst over two processes)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad, warmUp, type LoadResult } from './load.ts';
import {
  cleanupEverything,
  freshDataDir,
  memoryMb,
  onCleanup,
  projectRoot,
  startServerChild,
  stopServerChild,
} from './server-process.ts';

const repetitions = 3;
const connections = 10;
const loadSeconds = 5;
const cacheFolder = path.join(projectRoot, 'node_modules', '.cache', 'sasaeai');
const hiddenCacheFolder = `${cacheFolder}.bench-hidden`;

type Row = { label: string; value: string; goal: string; verdict: string };
const rows: Row[] = [];

/** Adds one line to the final table; `ok` undefined means "no goal, for information". */
function report(label: string, value: string, goal = '', ok?: boolean): void {
  rows.push({ label, value, goal, verdict: ok === undefined ? '' : ok ? 'OK' : 'MISSED' });
  console.log(`  ${label}: ${value}`);
}

/** The middle value of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (value: number) => `${Math.round(value)} MB`;

/** Builds the install-time PGlite template if it is missing (what npm's postinstall does). */
function ensureTemplate(): void {
  const started = performance.now();
  const output = execFileSync(process.execPath, [path.join(projectRoot, 'bin', 'sasaeai.mjs'), 'template'], { cwd: projectRoot, encoding: 'utf8' });
  console.log(`  ${output.trim()}  (${ms(performance.now() - started)})`);
}

/** Moves the template cache back; files a concurrent run rebuilt meanwhile are kept. */
function restoreTemplateCache(): void {
  if (!fs.existsSync(hiddenCacheFolder)) return;
  if (!fs.existsSync(cacheFolder)) {
    fs.renameSync(hiddenCacheFolder, cacheFolder);
    return;
  }
  for (const name of fs.readdirSync(hiddenCacheFolder)) {
    const target = path.join(cacheFolder, name);
    if (!fs.existsSync(target)) fs.renameSync(path.join(hiddenCacheFolder, name), target);
  }
  fs.rmSync(hiddenCacheFolder, { recursive: true, force: true });
}

/** Time from spawn to first 200 on a new data folder, `repetitions` times. */
async function measureFirstStarts(): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const server = await startServerChild(freshDataDir());
    times.push(server.msToFirst200);
    console.log(`  first start #${i + 1}: ${ms(server.msToFirst200)}`);
    await stopServerChild(server);
  }
  return times;
}

/** One first start with the template cache folder renamed away, so PGlite runs initdb. */
async function measureFirstStartWithoutTemplate(): Promise<number> {
  restoreTemplateCache(); // a previous interrupted run may have left it hidden
  fs.renameSync(cacheFolder, hiddenCacheFolder);
  onCleanup(restoreTemplateCache);
  try {
    const server = await startServerChild(freshDataDir());
    await stopServerChild(server);
    return server.msToFirst200;
  } finally {
    restoreTemplateCache();
  }
}

/** Stops and starts the server on the same data folder, `repetitions` times. */
async function measureRestarts(dataDir: string): Promise<number[]> {
  await stopServerChild(await startServerChild(dataDir)); // make sure the folder is initialised
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const server = await startServerChild(dataDir);
    times.push(server.msToFirst200);
    console.log(`  restart #${i + 1}: ${ms(server.msToFirst200)}`);
    await stopServerChild(server);
  }
  return times;
}

/** Runs the start-up steps one by one in a child process and returns each step's duration. */
function measureStartPhases(dataDir: string): Record<string, number> {
  const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'start-phases.ts'), dataDir], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return JSON.parse(output.trim().split('\n').at(-1)!) as Record<string, number>;
}

/** Prints one start-phase breakdown, longest steps marked. */
function printPhases(title: string, phases: Record<string, number>): void {
  console.log(`  ${title}:`);
  for (const [name, value] of Object.entries(phases)) {
    if (name === '(template found)') continue;
    console.log(`    ${name.padEnd(42)} ${String(value).padStart(6)} ms`);
  }
}

/** A warning when other work on the machine is likely to skew the figures. */
function busyNote(load: number): string {
  return load > os.cpus().length * 0.5 ? '  (machine busy: figures will be slower than on an idle machine)' : '';
}

/** Prints the table of results. */
function printTable(): void {
  const width = (key: keyof Row) => Math.max(...rows.map((r) => r[key].length));
  const [l, v, g] = [width('label'), width('value'), width('goal')];
  console.log('\n=== Sasaeai foundation benchmark (PGlite) ===');
  for (const r of rows) console.log(`${r.label.padEnd(l)}  ${r.value.padStart(v)}  ${r.goal.padEnd(g)}  ${r.verdict}`.trimEnd());
}

/** Runs every measurement and prints the table plus a JSON line. */
async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0];
  console.log(`node ${process.version}, ${os.cpus().length} CPUs, load average ${loadBefore.toFixed(1)}${busyNote(loadBefore)}\n\n1. First start (new data folder)`);
  ensureTemplate();
  const firstStarts = await measureFirstStarts();
  report('first start (template) median', ms(median(firstStarts)), 'goal < 5000 ms', median(firstStarts) < 5000);
  const withoutTemplate = await measureFirstStartWithoutTemplate();
  report('first start (no template, 1 run)', ms(withoutTemplate), 'for comparison');

  console.log('\n2. Restart (same data folder)');
  const dataDir = freshDataDir();
  const restarts = await measureRestarts(dataDir);
  report('restart median', ms(median(restarts)), 'goal < 1500 ms', median(restarts) < 1500);

  console.log(`\n3. Throughput (${connections} keep-alive connections, ${loadSeconds} s per route) and 4. memory`);
  const server = await startServerChild(dataDir);
  const memoryAfterStart = memoryMb(server.child.pid!);
  report('RSS after start', mb(memoryAfterStart.rss), 'goal < 400 MB', memoryAfterStart.rss < 400);
  const routes = ['/areas', '/healthz', '/static/app.css'];
  const results: Record<string, LoadResult> = {};
  let memoryAfterLoad = memoryAfterStart;
  try {
    for (const route of routes) await warmUp(server.url + route, 200);
    for (const route of routes) {
      const result = await runLoad(server.url, route, connections, loadSeconds);
      results[route] = result;
      const latency = `p50 ${result.p50.toFixed(1)} / p95 ${result.p95.toFixed(1)} / p99 ${result.p99.toFixed(1)} ms`;
      report(`GET ${route}`, `${Math.round(result.rps)} req/s`, `${latency}${result.failed ? `, ${result.failed} non-200` : ''}`);
    }
  } finally {
    memoryAfterLoad = memoryMb(server.child.pid!);
    await stopServerChild(server);
  }
  const ratio = results['/areas'].rps / results['/static/app.css'].rps;
  report('/areas vs /static/app.css', `${(ratio * 100).toFixed(1)} %`, 'goal ≥ 50 %', ratio >= 0.5);
  report('/areas vs /healthz', `${((results['/areas'].rps / results['/healthz'].rps) * 100).toFixed(1)} %`, 'for comparison');
  report('RSS after throughput run', mb(memoryAfterLoad.rss), 'goal < 400 MB', memoryAfterLoad.rss < 400);
  report('peak RSS (VmHWM) of that server', mb(memoryAfterLoad.peak), 'for comparison');

  console.log('\n5. Where a start spends its time (the serve steps replayed in one process)');
  const phaseDir = freshDataDir();
  const firstPhases = measureStartPhases(phaseDir);
  printPhases('first start', firstPhases);
  const restartPhases = measureStartPhases(phaseDir);
  printPhases('restart', restartPhases);

  const loadAfter = os.loadavg()[0];
  printTable();
  console.log(`load average ${loadBefore.toFixed(1)} before the bench${busyNote(loadBefore)}, ${loadAfter.toFixed(1)} after (includes the bench's own load)`);
  console.log(
    JSON.stringify({
      bench: 'foundation',
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: { before: +loadBefore.toFixed(2), after: +loadAfter.toFixed(2) },
      firstStartMs: firstStarts.map(Math.round),
      firstStartMedianMs: Math.round(median(firstStarts)),
      firstStartNoTemplateMs: Math.round(withoutTemplate),
      restartMs: restarts.map(Math.round),
      restartMedianMs: Math.round(median(restarts)),
      throughput: Object.fromEntries(
        Object.entries(results).map(([route, r]) => [route, { rps: Math.round(r.rps), ok: r.ok, failed: r.failed, p50: +r.p50.toFixed(2), p95: +r.p95.toFixed(2), p99: +r.p99.toFixed(2) }]),
      ),
      areasToStaticRatio: +ratio.toFixed(3),
      rssMb: { afterStart: Math.round(memoryAfterStart.rss), afterLoad: Math.round(memoryAfterLoad.rss), peak: Math.round(memoryAfterLoad.peak) },
      startPhasesMs: { firstStart: firstPhases, restart: restartPhases },
    }),
  );
}

/** The event applications bench in its own process, its output shown as it comes. */
function runEventApplicationsBench(): Promise<void> {
  console.log('\n##### bench/event-applications.ts #####');
  const env = { ...process.env, BENCH_CONCURRENCY: process.env.BENCH_CONCURRENCY ?? process.env.BENCH_APPLICATIONS ?? '2000' };
  const args = ['--import', 'tsx', path.join(projectRoot, 'bench', 'event-applications.ts'), ...process.argv.slice(2).filter((a) => a === '--postgres')];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench/event-applications.ts exited with ${code}`))));
  });
}

/** The directory benchmarks in their own processes, output passed through, shortened unless knobs are set. */
function runDirectoryBenchmarks(): void {
  const args = process.argv.includes('--postgres') ? ['--postgres'] : [];
  console.log('\n=== Resource directory benchmarks (bench/directory-all.ts, quick settings) ===');
  const env = { ...process.env, BENCH_QUICK: process.env.BENCH_QUICK ?? '1', BENCH_CELL_SECONDS: process.env.BENCH_CELL_SECONDS ?? '3' };
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'directory-all.ts'), ...args], { cwd: projectRoot, env, stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}

/** The scale bench in its own process (it starts its own PostgreSQL cluster), output passed through. */
function runScaleBench(): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'scale.ts')], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}

/** The local-issues bench (public area page and staff register at 10,000 issues) in its own process, output passed through. */
function runLocalIssuesBench(): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'local-issues.ts')], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}

/** The matching bench (ranked volunteers for a help request) in its own process, output passed through. */
function runMatchingBench(): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'matching.ts')], { cwd: projectRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}

try {
  // --scale is a run of its own: several minutes on PostgreSQL, unrelated to the PGlite figures.
  if (process.argv.includes('--scale')) runScaleBench();
  else {
    await main();
    await runEventApplicationsBench();
    if (!process.argv.includes('--no-directory')) runDirectoryBenchmarks();
    runMatchingBench();
    runLocalIssuesBench();
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cleanupEverything();
}
