import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.ts';
import type { DatabaseHandle } from '../../db/client.ts';
import { createTenant } from '../tenancy/tenancy.ts';
import { enqueueJob } from './jobs.ts';
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
});
