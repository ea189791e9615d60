import { createApp } from '../../src/app.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { latestMigrationTag } from '../../src/db/migrate.ts';
import { findActorAreaIds } from '../../src/features/coordinators/service.ts';
import { seedDemoTenant } from '../../src/features/demo/service.ts';
import { forgetCachedTenants, type Tenant } from '../../src/platform/tenancy/tenancy.ts';
import { createTestDatabase } from './database.ts';
import { createMemoryMailer } from './memory-mailer.ts';

export type TestApp = {
  app: ReturnType<typeof createApp>;
  database: DatabaseHandle;
  demo: Tenant;
  clock: { now: Date };
  mailer: ReturnType<typeof createMemoryMailer>;
  secret: string;
  close: () => Promise<void>;
};

export const testSecret = 'test-secret-test-secret-test-secret-1234';

/** The real app on a fresh test database with the demo tenant; the clock is settable. */
export async function createTestApp(options: { now?: Date; trustProxy?: boolean; demoResources?: boolean; demoStories?: boolean } = {}): Promise<TestApp> {
  forgetCachedTenants();
  const database = await createTestDatabase();
  const clock = { now: options.now ?? new Date('2026-11-23T01:00:00Z') };
  const { tenant } = await seedDemoTenant(database.db, clock.now, { resources: options.demoResources ?? false, stories: options.demoStories ?? false });
  const mailer = createMemoryMailer();
  const app = createApp({
    database,
    secret: testSecret,
    now: () => clock.now,
    trustProxy: options.trustProxy ?? false,
    findActorAreaIds,
    migrationTag: latestMigrationTag(),
    baseUrl: 'http://localhost',
    mailer,
  });
  return {
    app,
    database,
    demo: tenant,
    clock,
    mailer,
    secret: testSecret,
    close: async () => {
      forgetCachedTenants();
      await database.close();
    },
  };
}
