import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type DatabaseHandle } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { enqueueJob, jobLease } from '../src/platform/jobs/jobs.ts';
import { jobs } from '../src/platform/jobs/schema.ts';
import { createTenant, type Tenant } from '../src/platform/tenancy/tenancy.ts';
import { createEmptyPostgresDatabase, testDatabaseKind } from './support/database.ts';

// Several `sasaeai serve` processes share one job queue on PostgreSQL
// (decision 019). Real processes here, as in serve-workers.int.test.ts: one
// killed with SIGKILL in the middle of a job, and two draining one queue at
// the same moment. The embedded database is one process, so PostgreSQL only.
const script = path.resolve('test/support/job-process.ts');
const { leaseMs } = jobLease;
const cleanups: (() => Promise<void> | void)[] = [];
let url: string;
let handle: DatabaseHandle;
let tenant: Tenant;

type JobProcess = { child: ChildProcess; lines: string[]; waitFor: (line: string) => Promise<void>; go: () => void; exited: Promise<number | null> };

function startJobProcess(env: { now: Date; mode: 'work' | 'hang'; jobMs?: number }): JobProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: url, JOB_NOW: env.now.toISOString(), JOB_MODE: env.mode, JOB_MS: String(env.jobMs ?? 20) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const lines: string[] = [];
  const waiting = new Map<string, () => void>();
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    waiting.get(line)?.();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    waitFor: (line) => (lines.includes(line) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(line, resolve))),
    go: () => child.stdin!.end('go\n'),
    exited,
  };
}

/** Starts processes, waits until each is connected and ready, then lets them all go at once. */
async function runTogether(...processes: JobProcess[]): Promise<void> {
  await Promise.all(processes.map((p) => p.waitFor('ready')));
  for (const p of processes) p.go();
}

async function queueEffects(prefix: string, count: number, runAt: Date): Promise<void> {
  for (let i = 0; i < count; i++) {
    await enqueueJob(handle.db, { tenantId: tenant.id, name: 'effect', payload: { job: `${prefix}-${i}` }, uniqueKey: `${prefix}-${i}`, runAt });
  }
}

async function effects(prefix: string): Promise<{ job: string; pid: number; started_at: Date; finished_at: Date | null }[]> {
  return (await handle.query(`SELECT job, pid, started_at, finished_at FROM job_effects WHERE job LIKE $1 ORDER BY started_at`, [`${prefix}-%`])) as never;
}

beforeAll(async () => {
  if (testDatabaseKind !== 'postgresql') return;
  const database = await createEmptyPostgresDatabase();
  cleanups.push(database.drop);
  url = database.url;
  handle = await openPostgres(url, { max: 2 });
  cleanups.push(() => handle.close());
  await runMigrations(handle);
  // What a job did, written by the job's own transaction: the test's table, not the app's.
  await handle.query(`CREATE TABLE job_effects (job text NOT NULL, pid int NOT NULL, started_at timestamptz NOT NULL, finished_at timestamptz)`);
  tenant = await createTenant(handle.db, { slug: 'jobs', name: 'ジョブ市' });
}, 120_000);
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe.runIf(testDatabaseKind === 'postgresql')('jobs shared by several processes on one PostgreSQL', () => {
  it('retries a job whose process was killed mid-job in another process once its lease has run out, with one effect in all', { timeout: 120_000 }, async () => {
    const queuedAt = new Date('2026-12-07T01:00:00Z');
    await queueEffects('killed', 1, queuedAt);
    const doomed = startJobProcess({ now: queuedAt, mode: 'hang' });
    await runTogether(doomed);
    await doomed.waitFor('started');
    doomed.child.kill('SIGKILL');
    await doomed.exited;

    // Within the lease nobody else takes it: the dead process might still be working.
    const tooSoon = startJobProcess({ now: new Date(queuedAt.getTime() + leaseMs - 5_000), mode: 'work' });
    await runTogether(tooSoon);
    await tooSoon.exited;
    expect(tooSoon.lines).toContain('ran 0');

    // After the lease, the next process to wake takes it, and only one of two does.
    const afterLease = new Date(queuedAt.getTime() + leaseMs + 60_000);
    const first = startJobProcess({ now: afterLease, mode: 'work' });
    const second = startJobProcess({ now: afterLease, mode: 'work' });
    await runTogether(first, second);
    await Promise.all([first.exited, second.exited]);
    expect([...first.lines, ...second.lines].filter((line) => line.startsWith('ran ')).sort()).toEqual(['ran 0', 'ran 1']);

    const [job] = await handle.db.select().from(jobs).where(and(eq(jobs.tenantId, tenant.id), eq(jobs.uniqueKey, 'killed-0')));
    expect(job).toMatchObject({ status: 'done', attempts: 2 });
    // The killed attempt's effect died with its transaction; the retry's stands alone.
    const done = await effects('killed');
    expect(done).toHaveLength(1);
    expect(done[0]!.pid).not.toBe(doomed.child.pid);
    expect(done[0]!.finished_at).not.toBeNull();
  });

  it('never gives one job to two processes draining the queue at the same moment', { timeout: 120_000 }, async () => {
    const now = new Date('2026-12-07T02:00:00Z');
    await queueEffects('shared', 40, now);
    const processes = [startJobProcess({ now, mode: 'work', jobMs: 30 }), startJobProcess({ now, mode: 'work', jobMs: 30 })];
    await runTogether(...processes);
    await Promise.all(processes.map((p) => p.exited));

    const done = await effects('shared');
    expect(done).toHaveLength(40);
    expect(new Set(done.map((row) => row.job)).size).toBe(40);
    // Both took part, so the queue really was shared, not drained by the quicker one.
    expect(new Set(done.map((row) => row.pid))).toEqual(new Set(processes.map((p) => p.child.pid)));
    const rows = await handle.db.select().from(jobs).where(eq(jobs.tenantId, tenant.id));
    const shared = rows.filter((row) => row.uniqueKey.startsWith('shared-'));
    expect(shared.every((row) => row.status === 'done' && row.attempts === 1)).toBe(true);
  });
});
