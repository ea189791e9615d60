import type { Database } from '../../db/client.ts';
import { japanToday } from '../context/service-context.ts';
import { findTenants } from '../tenancy/tenancy.ts';
import { enqueueJob, runDueJobs } from './jobs.ts';

export type JobDefinition = {
  name: string;
  /** Queued once a day per tenant (Japan's calendar day). */
  daily?: boolean;
  handler: (job: { tenantId: string; payload: unknown; now: Date; db: Database }) => Promise<void>;
};

/** Queues today's daily jobs (idempotent by date) and runs whatever is due. */
export async function runJobTick(db: Database, definitions: JobDefinition[], now: Date): Promise<number> {
  const today = japanToday(now);
  for (const tenant of await findTenants(db)) {
    for (const definition of definitions.filter((d) => d.daily)) {
      await enqueueJob(db, { tenantId: tenant.id, name: definition.name, payload: {}, uniqueKey: `${definition.name}:${today}`, runAt: now });
    }
  }
  const handlers = Object.fromEntries(definitions.map((d) => [d.name, (job: { tenantId: string; payload: unknown; now: Date }) => d.handler({ ...job, db })]));
  return runDueJobs(db, handlers, now);
}

/** Runs a tick now and then every `intervalMs`; returns a stop function. Errors are logged, never fatal. */
export function startJobRunner(db: Database, definitions: JobDefinition[], intervalMs = 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runJobTick(db, definitions, new Date());
    } catch (error) {
      console.error('[jobs]', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, 5_000).unref();
  return () => clearInterval(timer);
}
