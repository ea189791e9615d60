// A conference form opening: 2,000 people apply at once for a 500-seat free
// event, through the real server (createApp behind a listening socket, its job
// runner mailing to the outbox) on PGlite and, when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set or --postgres is given, on PostgreSQL 15. Every
// applicant opens the form first (own cookie, CSRF token, submission key and
// mail); then all forms are sent, at each concurrency level, over keep-alive
// HTTP. Prints wall time, throughput, latency and the outcome counts, which
// must be exactly: 500 confirmed, 1,500 waitlisted behind them in order with
// positions 1..1,500 as each applicant's page tells them, 0 errors, 0 duplicates.
//
//   node --import tsx bench/event-applications.ts [--postgres]
// Knobs: BENCH_APPLICATIONS (2000), BENCH_SEATS (500), BENCH_CONCURRENCY (levels,
// default "2000,100": all at once, then 100 in flight), BENCH_DATABASES (pglite,postgresql).
// Each database is measured in a child process of its own, so its peak RSS is its own.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchDatabaseKinds, type DatabaseKind } from './directory-support/database.ts';
import { latency, machineLine, mb, Report, rounded, seconds } from './directory-support/report.ts';
import { measureDatabase, type DatabaseResult, type RunResult } from './event-support/burst.ts';
import { startBenchCluster } from './pg-cluster.ts';
import { cleanupEverything, projectRoot } from './server-process.ts';

const applicationCount = Number(process.env.BENCH_APPLICATIONS ?? 2000);
const seatCount = Number(process.env.BENCH_SEATS ?? 500);
const levels = (process.env.BENCH_CONCURRENCY ?? `${applicationCount},100`).split(',').map(Number);
const dbLabel: Record<DatabaseKind, string> = { pglite: 'PGlite', postgresql: 'PostgreSQL' };
const pgTestDir = '/tmp/sasaeai-pg-bench-events';

/** Runs this file again with `--measure KIND`; resolves to the JSON line it ends with. */
function measureInChild(kind: DatabaseKind, env: NodeJS.ProcessEnv): Promise<DatabaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', kind], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`measuring ${kind} exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as DatabaseResult);
    });
  });
}

function reportRun(report: Report, label: string, run: RunResult): void {
  const o = run.outcome;
  const exact = o.confirmed === seatCount && o.waitlisted === applicationCount - seatCount && o.inOrder && o.positionsExact && run.errors === 0 && o.duplicates === 0;
  report.add(`${label} wall time`, seconds(run.wallMs), `${Math.round(run.throughput)} applications/s`);
  report.add(`${label} latency`, latency(run.latency), `${run.latency.n} answers`);
  report.add(
    `${label} outcome`,
    `${o.confirmed} confirmed / ${o.waitlisted} waitlisted`,
    `in order ${o.inOrder ? 'yes' : 'NO'}, positions 1..${o.positionsSeen} ${o.positionsExact ? 'exact' : 'WRONG'}, ${run.errors} errors, ${o.duplicates} duplicates`,
    exact,
  );
  report.add(`${label} peak RSS during the burst`, mb(run.peakRssMb));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const measure = args.indexOf('--measure');
  if (measure >= 0) {
    const result = await measureDatabase(args[measure + 1] as DatabaseKind, { applicationCount, seatCount, levels });
    console.log(JSON.stringify(result));
    return;
  }
  const env = { ...process.env };
  if (args.includes('--postgres')) env.BENCH_DATABASE_URL = startBenchCluster(pgTestDir);
  if (env.BENCH_DATABASE_URL) process.env.BENCH_DATABASE_URL = env.BENCH_DATABASE_URL;
  const machine = machineLine();
  console.log(`${machine.text}\n${applicationCount.toLocaleString('en')} applications to a ${seatCount}-seat free event, concurrency ${levels.join(', ')}`);
  const report = new Report();
  const results: Partial<Record<DatabaseKind, DatabaseResult>> = {};
  for (const kind of benchDatabaseKinds()) {
    console.log(`\n${dbLabel[kind]}`);
    const result = await measureInChild(kind, env);
    results[kind] = result;
    for (const run of result.runs) reportRun(report, `${dbLabel[kind]} ×${run.concurrency}`, run);
    report.add(`${dbLabel[kind]} peak RSS of the process (VmHWM)`, mb(result.peakRssMb), kind === 'postgresql' ? 'the app only, not the PostgreSQL server' : 'app and database');
  }
  const loadAfter = machineLine().load;
  report.print('Sasaeai event applications benchmark');
  console.log(`load average ${machine.load.toFixed(1)} before, ${loadAfter.toFixed(1)} after (includes the bench's own load)`);
  const json = Object.fromEntries(
    Object.entries(results).map(([kind, r]) => [kind, { peakRssMb: Math.round(r.peakRssMb), runs: r.runs.map((run) => ({ ...run, latency: rounded(run.latency), wallMs: Math.round(run.wallMs), throughput: Math.round(run.throughput) })) }]),
  );
  console.log(JSON.stringify({ bench: 'event-applications', applications: applicationCount, seats: seatCount, loadAverage: { before: +machine.load.toFixed(2), after: +loadAfter.toFixed(2) }, ...json }));
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cleanupEverything();
}
