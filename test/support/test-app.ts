import { createApp } from '../../src/app.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { latestMigrationTag } from '../../src/db/migrate.ts';
import { findActorAreaIds } from '../../src/features/coordinators/service.ts';
import { seedDemoTenant } from '../../src/features/demo/service.ts';
import type { Mailer } from '../../src/platform/mail/mailer.ts';
import { forgetCachedTenants, type Tenant } from '../../src/platform/tenancy/tenancy.ts';
import { createTestDatabase } from './database.ts';
import { createMemoryMailer } from './memory-mailer.ts';

type MemoryMailer = ReturnType<typeof createMemoryMailer>;

export type TestApp<M extends Mailer = MemoryMailer> = {
  app: ReturnType<typeof createApp>;
  database: DatabaseHandle;
  demo: Tenant;
  clock: { now: Date };
  mailer: M;
  secret: string;
  close: () => Promise<void>;
};

export const testSecret = 'test-secret-test-secret-test-secret-1234';

/** The real app on a fresh test database with the demo tenant; the clock is settable; mail is kept in memory unless another mailer is given. */
export async function createTestApp<M extends Mailer = MemoryMailer>(
  options: { now?: Date; trustProxy?: boolean; demoResources?: boolean; demoEvents?: boolean; demoStories?: boolean; mailer?: M } = {},
): Promise<TestApp<M>> {
  forgetCachedTenants();
  const database = await createTestDatabase();
  const clock = { now: options.now ?? new Date('2026-11-23T01:00:00Z') };
  const { tenant } = await seedDemoTenant(database.db, clock.now, { resources: options.demoResources ?? false, events: options.demoEvents ?? true, stories: options.demoStories ?? false });
  const mailer = options.mailer ?? (createMemoryMailer() as Mailer as M);
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
