import type { Database, DatabaseHandle } from '../../db/client.ts';
import { japanToday } from '../context/service-context.ts';
import { findTenants } from '../tenancy/tenancy.ts';
import { loggableError } from '../errors/loggable-error.ts';
import { enqueueJob, runDueJobs, soonestLeaseEnd } from './jobs.ts';

export type JobDefinition = {
  name: string;
  /** Queued once a day per tenant (Japan's calendar day). */
  daily?: boolean;
  handler: (job: { tenantId: string; payload: unknown; now: Date; db: Database }) => Promise<void>;
};

/** The owner's connection for the queue, which holds every tenant's jobs, and each tenant's own for its handlers. */
export type JobDatabase = Pick<DatabaseHandle, 'db' | 'forTenant'>;

/** Queues today's daily jobs (idempotent by date) and runs whatever is due, each handler as its job's tenant. */
export async function runJobTick(database: JobDatabase, definitions: JobDefinition[], now: Date): Promise<number> {
  const { db } = database;
  const today = japanToday(now);
  for (const tenant of await findTenants(db)) {
    for (const definition of definitions.filter((d) => d.daily)) {
      await enqueueJob(db, { tenantId: tenant.id, name: definition.name, payload: {}, uniqueKey: `${definition.name}:${today}`, runAt: now });
    }
  }
  const handlers = Object.fromEntries(definitions.map((d) => [d.name, (job: { tenantId: string; payload: unknown; now: Date }) => d.handler({ ...job, db: database.forTenant(job.tenantId) })]));
  return runDueJobs(db, handlers, now);
}

export type JobRunner = {
  /** Stops the schedule and resolves once a tick that is running has finished, so the database can be closed after it. */
  stop: () => Promise<void>;
  /** Asks for a tick soon (after a change that queued mail), instead of at the next interval. */
  wake: () => void;
};

/** Runs a tick now and then every `intervalMs`; errors are logged, never fatal. */
export function startJobRunner(database: JobDatabase, definitions: JobDefinition[], intervalMs = 60_000): JobRunner {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      tick();
    }, ms).unref();
    timers.add(timer);
  };
  // A job whose lease runs out before the next interval (its process died) is taken over when it does.
  let leaseTimer: NodeJS.Timeout | null = null;
  const tickAtLeaseEnd = async () => {
    const end = await soonestLeaseEnd(database.db);
    if (!end || stopped) return;
    const wait = Math.max(1_000, end.getTime() - Date.now() + 250);
    if (wait >= intervalMs) return;
    if (leaseTimer) clearTimeout(leaseTimer);
    leaseTimer = setTimeout(() => {
      leaseTimer = null;
      tick();
    }, wait).unref();
  };
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await runJobTick(database, definitions, new Date());
        } while (again && !stopped);
        await tickAtLeaseEnd();
      } catch (error) {
        console.error(`[jobs] ${loggableError(error)}`);
      } finally {
        running = null;
      }
    })();
  };
  const interval = setInterval(tick, intervalMs);
  interval.unref();
  later(5_000);
  return {
    stop: async () => {
      stopped = true;
      clearInterval(interval);
      for (const timer of timers) clearTimeout(timer);
      if (leaseTimer) clearTimeout(leaseTimer);
      await running;
    },
    wake: () => later(50),
  };
}
