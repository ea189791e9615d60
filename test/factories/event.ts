import { events, type EventRow } from '../../src/features/events/schema.ts';
import type { Mailer } from '../../src/platform/mail/mailer.ts';
import type { TestApp } from '../support/test-app.ts';

const hour = 3_600_000;

/** A published event of the demo tenant, open for applications at the test clock, starting in ten days (also for a running demo server: give its database, tenant and the time). */
export async function buildEvent(testApp: Pick<TestApp<Mailer>, 'database' | 'demo' | 'clock'>, overrides: Partial<typeof events.$inferInsert> = {}): Promise<EventRow> {
  const now = testApp.clock.now.getTime();
  const [row] = await testApp.database.db
    .insert(events)
    .values({
      tenantId: testApp.demo.id,
      title: 'テスト研修',
      kind: 'training',
      startsAt: new Date(now + 240 * hour),
      endsAt: new Date(now + 242 * hour),
      venueName: '市民活動交流センター',
      capacity: 20,
      feeYen: 0,
      applicationOpensAt: new Date(now - 24 * hour),
      applicationClosesAt: new Date(now + 200 * hour),
      status: 'published',
      ...overrides,
    })
    .returning();
  return row!;
}
