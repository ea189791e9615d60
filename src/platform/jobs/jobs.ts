import { and, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { jobs } from './schema.ts';

export type JobHandler = (job: { tenantId: string; payload: unknown; now: Date }) => Promise<void>;
export type JobRecord = typeof jobs.$inferSelect;

const maxAttempts = 5;
// A job locked longer than this was abandoned by a process that died.
const lockTimeoutMs = 10 * 60_000;

/** Queues a job once per unique key; returns false if that key was queued before. */
export async function enqueueJob(db: Database, job: { tenantId: string; name: string; payload: unknown; uniqueKey: string; runAt: Date }): Promise<boolean> {
  const rows = await db.insert(jobs).values(job).onConflictDoNothing().returning({ id: jobs.id });
  return rows.length > 0;
}

/** Queues many jobs in one statement, each once per unique key; returns how many were new. */
export async function enqueueJobs(db: Database, many: { tenantId: string; name: string; payload: unknown; uniqueKey: string; runAt: Date }[]): Promise<number> {
  if (many.length === 0) return 0;
  const rows = await db.insert(jobs).values(many).onConflictDoNothing().returning({ id: jobs.id });
  return rows.length;
}

/**
 * Claims the next due job. On PostgreSQL `FOR UPDATE SKIP LOCKED` lets
 * several processes share the queue without taking the same job.
 */
async function claimNextJob(db: Database, now: Date): Promise<JobRecord | undefined> {
  const staleBefore = new Date(now.getTime() - lockTimeoutMs);
  return db.transaction(async (tx) => {
    const [next] = await tx
      .select()
      .from(jobs)
      .where(
        and(
          lte(jobs.runAt, now),
          sql`(${jobs.status} = 'queued' OR (${jobs.status} = 'running' AND ${jobs.lockedAt} < ${staleBefore.toISOString()}::timestamptz))`,
        ),
      )
      .orderBy(jobs.runAt)
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) return undefined;
    await tx.update(jobs).set({ status: 'running', lockedAt: now, attempts: next.attempts + 1 }).where(and(eq(jobs.tenantId, next.tenantId), eq(jobs.id, next.id)));
    return { ...next, attempts: next.attempts + 1 };
  });
}

/** Runs every due job once; a failing job is retried later with back-off, then marked failed. Returns how many ran. */
export async function runDueJobs(db: Database, handlers: Record<string, JobHandler>, now: Date, limit = 100): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const job = await claimNextJob(db, now);
    if (!job) break;
    const handler = handlers[job.name];
    try {
      if (!handler) throw new Error(`no handler for job ${job.name}`);
      await handler({ tenantId: job.tenantId, payload: job.payload, now });
      await db.update(jobs).set({ status: 'done', finishedAt: now, lockedAt: null }).where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.id)));
    } catch (error) {
      const failed = job.attempts >= maxAttempts;
      await db
        .update(jobs)
        .set({
          status: failed ? 'failed' : 'queued',
          lockedAt: null,
          lastError: String(error instanceof Error ? error.message : error).slice(0, 2000),
          runAt: new Date(now.getTime() + 2 ** job.attempts * 60_000),
        })
        .where(and(eq(jobs.tenantId, job.tenantId), eq(jobs.id, job.id)));
    }
  }
  return ran;
}

export async function findJobs(db: Database, tenantId: string, name?: string): Promise<JobRecord[]> {
  return db.select().from(jobs).where(name ? and(eq(jobs.tenantId, tenantId), eq(jobs.name, name)) : eq(jobs.tenantId, tenantId));
}
