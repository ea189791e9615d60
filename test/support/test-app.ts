import { createApp } from '../../src/app.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { latestMigrationTag } from '../../src/db/migrate.ts';
import { findActorAreaIds } from '../../src/features/coordinators/service.ts';
import { seedDemoTenant } from '../../src/features/demo/service.ts';
import { forgetCachedTenants, type Tenant } from '../../src/platform/tenancy/tenancy.ts';
import { createTestDatabase } from './database.ts';

export type TestApp = {
  app: ReturnType<typeof createApp>;
  database: DatabaseHandle;
  demo: Tenant;
  clock: { now: Date };
  close: () => Promise<void>;
};

/** The real app on a fresh test database with the demo tenant; the clock is settable. */
export async function createTestApp(options: { now?: Date; trustProxy?: boolean; demoResources?: boolean } = {}): Promise<TestApp> {
  forgetCachedTenants();
  const database = await createTestDatabase();
  const clock = { now: options.now ?? new Date('2026-11-23T01:00:00Z') };
  const { tenant } = await seedDemoTenant(database.db, clock.now, { resources: options.demoResources ?? false });
  const app = createApp({
    database,
    secret: 'test-secret-test-secret-test-secret-1234',
    now: () => clock.now,
    trustProxy: options.trustProxy ?? false,
    findActorAreaIds,
    migrationTag: latestMigrationTag(),
  });
  return {
    app,
    database,
    demo: tenant,
    clock,
    close: async () => {
      forgetCachedTenants();
      await database.close();
    },
  };
}
