// One process of several sharing a job queue on PostgreSQL, for
// test/jobs-across-processes.int.test.ts. It runs the due jobs as the server's
// runner does (runDueJobs), at the clock time given, and records each job's
// effect in the test's `job_effects` table inside a transaction, so an effect
// counts only once its transaction commits.
//
//   DATABASE_URL=… JOB_NOW=<iso> JOB_MODE=work|hang node --import tsx test/support/job-process.ts
//
// work: each job takes JOB_MS milliseconds, then commits its effect; the
//       process exits when the queue has nothing due for it.
// hang: the first job writes its effect, prints `started`, and never commits
//       (the test kills the process there).
// The process prints `ready` and waits for a line on stdin before it starts,
// so the test can let several begin at the same moment.
import readline from 'node:readline';
import { sql } from 'drizzle-orm';
import { openPostgres } from '../../src/db/client.ts';
import { runDueJobs } from '../../src/platform/jobs/jobs.ts';

const database = await openPostgres(process.env.DATABASE_URL!, { max: 2 });
const now = new Date(process.env.JOB_NOW!);
const mode = process.env.JOB_MODE === 'hang' ? 'hang' : 'work';
const jobMs = Number(process.env.JOB_MS ?? 20);

const recordEffect = async (payload: unknown) => {
  const job = String((payload as { job: string }).job);
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`INSERT INTO job_effects (job, pid, started_at) VALUES (${job}, ${process.pid}, clock_timestamp())`);
    if (mode === 'hang') {
      console.log('started');
      await new Promise(() => {});
    }
    await new Promise((resolve) => setTimeout(resolve, jobMs));
    await tx.execute(sql`UPDATE job_effects SET finished_at = clock_timestamp() WHERE job = ${job} AND pid = ${process.pid}`);
  });
};

console.log('ready');
await new Promise<void>((resolve) => {
  const input = readline.createInterface({ input: process.stdin });
  input.once('line', () => {
    input.close();
    process.stdin.destroy();
    resolve();
  });
});
const ran = await runDueJobs(database.db, { effect: ({ payload }) => recordEffect(payload) }, now);
console.log(`ran ${ran}`);
await database.close();
