import { councilMeetings, councils, councilTerms, type councilMeetings as MeetingTable } from '../../src/features/councils/schema.ts';
import type { Mailer } from '../../src/platform/mail/mailer.ts';
import type { TestApp } from '../support/test-app.ts';

type App = Pick<TestApp<Mailer>, 'database' | 'demo' | 'clock'>;

async function councilKind(testApp: App, code: string, name: string): Promise<string> {
  const [row] = await testApp.database.db.insert(councilTerms).values({ tenantId: testApp.demo.id, list: 'council_kind', code, name }).onConflictDoNothing().returning();
  if (row) return row.id;
  const rows = await testApp.database.query('SELECT id FROM council_terms WHERE tenant_id = $1 AND list = $2 AND code = $3', [testApp.demo.id, 'council_kind', code]);
  return rows[0]!.id as string;
}

/** A council of the demo tenant in an area, of tier 1 or 2, with both public flags unless told otherwise. */
export async function buildCouncil(testApp: App, values: { name: string; areaId: string; tiers: number[]; meetingsPublic?: boolean; minutesPublic?: boolean }) {
  const kindId = values.tiers.includes(1) ? await councilKind(testApp, 'tier1', '第1層協議体') : await councilKind(testApp, 'tier2', '第2層協議体');
  const [row] = await testApp.database.db
    .insert(councils)
    .values({ tenantId: testApp.demo.id, kindId, meetingsPublic: true, minutesPublic: true, ...values })
    .returning();
  return row!;
}

/** A meeting of a council: 第N回 of 令和8年度, by default closed with minutes, a day before the test clock. */
export async function buildMeeting(testApp: App, councilId: string, createdBy: string, overrides: Partial<typeof MeetingTable.$inferInsert> = {}) {
  const startsAt = overrides.startsAt ?? new Date(testApp.clock.now.getTime() - 86_400_000);
  const [row] = await testApp.database.db
    .insert(councilMeetings)
    .values({
      tenantId: testApp.demo.id,
      councilId,
      fiscalYear: 2026,
      number: 1,
      title: '',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      place: '東光地区センター',
      status: 'closed',
      minutes: '委員から、移動手段がないという声が出された。',
      decisions: '送迎の仕組みを検討する。',
      closedAt: startsAt,
      createdBy,
      ...overrides,
    })
    .returning();
  return row!;
}
