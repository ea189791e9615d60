// `sasaeai serve --workers N` on PostgreSQL as a child of the bench, and one
// autocannon measurement against it. Every child is tracked by
// bench/server-process.ts's clean-up, so Ctrl-C or a crash leaves none behind.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { quantiles, type Quantiles } from '../directory-support/report.ts';
import { freePort, freshDataDir, onCleanup, probe, projectRoot } from '../server-process.ts';

export type Workers = { url: string; child: ChildProcess; stop: () => Promise<void> };

const secret = 'scale-bench-secret-scale-bench-secret-0001';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the server with `workers` processes on `databaseUrl` (and a replica, if given); resolves once /areas answers 200. */
export async function startWorkers(workers: number, databaseUrl: string, readDatabaseUrl?: string): Promise<Workers> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    SASAEAI_SECRET: secret,
    SASAEAI_LOG_LEVEL: 'error',
    // The load comes from this machine: no per-client form limit.
    SASAEAI_FORM_LIMIT: '0',
    SASAEAI_DEMO: '1',
    SASAEAI_BASE_URL: url,
    PORT: String(port),
    HOST: '127.0.0.1',
    SASAEAI_DATA_DIR: freshDataDir(),
  };
  if (readDatabaseUrl) env.DATABASE_READ_URL = readDatabaseUrl;
  else delete env.DATABASE_READ_URL;
  // Its own process group, so a stop reaches the workers the primary forked too.
  const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'sasaeai.mjs'), 'serve', '--workers', String(workers)], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  onCleanup(() => killGroup('SIGKILL'));
  const deadline = Date.now() + 60_000;
  while ((await probe(url + '/areas')) !== 200) {
    if (child.exitCode !== null || Date.now() > deadline) {
      killGroup('SIGKILL');
      throw new Error(`serve --workers ${workers} did not answer (exit ${child.exitCode}):\n${stderr}`);
    }
    await sleep(50);
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup('SIGTERM');
    const hang = setTimeout(() => killGroup('SIGKILL'), 15_000);
    await exited;
    clearTimeout(hang);
    await sleep(300); // forked workers finish their own shutdown
    killGroup('SIGKILL');
  };
  return { url, child, stop };
}

/** The pids that answered a few /healthz calls: shows the requests are spread over the workers. */
export async function answeringProcesses(url: string, calls = 40): Promise<{ pids: number; body: Record<string, unknown> }> {
  const pids = new Set<number>();
  let body: Record<string, unknown> = {};
  for (let i = 0; i < calls; i++) {
    const response = await fetch(`${url}/healthz`, { headers: { connection: 'close' } });
    body = (await response.json()) as Record<string, unknown>;
    pids.add(Number(body.process));
  }
  return { pids: pids.size, body };
}

export type Measurement = { rps: number; latency: Quantiles; requests: number; non2xx: number; errors: number; timeouts: number };

/**
 * Loads `paths` round-robin for `seconds` with `connections` keep-alive connections.
 * With `bustCache`, each request gets its own `&n=` counter, so the 3 s public
 * page cache never answers and every search reaches the database.
 */
export async function measure(url: string, paths: readonly string[], seconds: number, connections: number, bustCache: boolean): Promise<Measurement> {
  let counter = 0;
  const setupRequest = (request: { path: string }) => {
    const base = paths[counter % paths.length]!;
    counter++;
    return { ...request, path: bustCache ? `${base}${base.includes('?') ? '&' : '?'}n=${counter}` : base };
  };
  const instance = autocannon({ url, connections, duration: seconds, requests: [{ method: 'GET', setupRequest }], timeout: 10 });
  // Every answer's time, for an exact p95 (autocannon's own summary has p90 and p97.5 only).
  const times: number[] = [];
  instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  const result = await instance;
  return { rps: result.requests.total / seconds, latency: quantiles(times), requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts };
}
