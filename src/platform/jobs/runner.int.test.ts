import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { createTenant } from '../tenancy/tenancy.ts';
import { enqueueJob, runDueJobs } from './jobs.ts';
import { startJobRunner } from './runner.ts';
import { jobs } from './schema.ts';

let database: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

describe('the job runner', () => {
  it('lets a job that is running finish and be marked done before stop resolves, so the database can be closed next', async () => {
    const tenant = await createTenant(database.db, { slug: 'runner', name: 'ランナー市' });
    await enqueueJob(database.db, { tenantId: tenant.id, name: 'slow', payload: {}, uniqueKey: 'slow:1', runAt: new Date() });
    let release = () => {};
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    const handler = () =>
      new Promise<void>((resolve) => {
        release = resolve;
        markStarted();
      });
    const runner = startJobRunner(database, [{ name: 'slow', handler }], 3_600_000);
    runner.wake();
    await started;
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;
    const [job] = await database.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.uniqueKey, 'slow:1'));
    expect(job!.status).toBe('done');
  });

  it('keeps a running job\'s lease alive, so no other process takes over a job that is only slow, and takes over one whose lease ran out', async () => {
    const tenant = await createTenant(database.db, { slug: 'lease', name: 'リース市' });
    const start = new Date();
    await enqueueJob(database.db, { tenantId: tenant.id, name: 'lease-slow', payload: {}, uniqueKey: 'lease-slow:1', runAt: start });
    const lease = { leaseMs: 400, heartbeatMs: 100 };
    let runs = 0;
    const slow = { 'lease-slow': async () => void (runs++, await new Promise((resolve) => setTimeout(resolve, 1200))) };
    const first = runDueJobs(database.db, slow, start, 10, lease);
    await new Promise((resolve) => setTimeout(resolve, 900));
    // Past the lease of the claim, but the heartbeat renewed it: the other process finds nothing to take.
    expect(await runDueJobs(database.db, slow, new Date(start.getTime() + 900), 10, lease)).toBe(0);
    await first;
    expect(runs).toBe(1);
    await database.db.update(jobs).set({ status: 'running', lockedAt: start }).where(eq(jobs.uniqueKey, 'lease-slow:1'));
    const quick = { 'lease-slow': async () => void runs++ };
    expect(await runDueJobs(database.db, quick, new Date(start.getTime() + 500), 10, lease)).toBe(1);
    expect(runs).toBe(2);
  });
});
