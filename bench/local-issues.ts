// `npm run bench` (last part): the register of local issues at the size of a
// large city over many years: 10,000 issues with 100,000 timeline entries and
// 5,000 council meetings in one tenant. Measures the public area page's reads
// (「地域の話し合いと取り組み」) and the staff register filtered by status and
// help type, on PGlite and, when BENCH_DATABASE_URL or TEST_DATABASE_URL is
// set, PostgreSQL. Prints p50/p95/p99 (service calls, rendering not included).
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { councilMeetings, councils, councilTerms } from '../src/features/councils/schema.ts';
import { findCommunity } from '../src/features/local-issues/public/service.ts';
import { localIssueAreas, localIssueHelpTypes, localIssues, localIssueUpdates } from '../src/features/local-issues/schema.ts';
import * as issuesService from '../src/features/local-issues/service.ts';
import { issueStatuses } from '../src/features/local-issues/vocabulary.ts';
import * as volunteersService from '../src/features/volunteers/service.ts';
import { users } from '../src/platform/auth/schema.ts';
import { japanToday, type Actor, type ServiceContext } from '../src/platform/context/service-context.ts';
import { benchDatabaseKinds, createBenchDatabase, openBenchDatabase, prepareDemoTenant, type TenantSetup } from './directory-support/database.ts';
import { latency, quantiles, Report } from './directory-support/report.ts';
import { cleanupEverything } from './server-process.ts';

const issueCount = 10_000;
const updatesPerIssue = 10;
const meetingCount = 5_000;
const runs = 200;
const now = new Date();
const day = 86_400_000;

let seed = 20_261_207;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const uuid = () => crypto.randomUUID();
const dayBefore = (days: number) => japanToday(new Date(now.getTime() - days * day));

async function insertInBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** One council per area, 1,000 meetings each over twenty years; issues spread over the areas, half public, ten entries each. */
async function load(db: Database, setup: TenantSetup, userId: string, helpTypeIds: string[]): Promise<string[]> {
  const tenantId = setup.tenant.id;
  const areaIds = [...setup.areaNameById.keys()];
  const [kind] = await db.insert(councilTerms).values({ tenantId, list: 'council_kind', code: 'tier2', name: '第2層協議体' }).returning();
  const councilRows = areaIds.map((areaId, i) => ({ id: uuid(), tenantId, name: `協議体 ${i}`, kindId: kind!.id, areaId, tiers: [2], meetingsPublic: true, minutesPublic: i % 2 === 0 }));
  await db.insert(councils).values(councilRows);
  const meetings = Array.from({ length: meetingCount }, (_, i) => {
    const startsAt = new Date(now.getTime() + (30 - i * 1.5) * day);
    return { id: uuid(), tenantId, councilId: councilRows[i % councilRows.length]!.id, fiscalYear: 2000 + Math.floor(i / 250), number: i + 1, startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), place: '地区センター', status: startsAt > now ? 'scheduled' : 'closed', minutes: '委員：移動手段がないという声があった。', createdBy: userId };
  });
  await insertInBatches(meetings, 1000, (batch) => db.insert(councilMeetings).values(batch));
  const issues = Array.from({ length: issueCount }, (_, i) => ({ id: uuid(), tenantId, title: `地域課題 ${i}`, description: '通いの場に行けない高齢者が多い。', source: 'council_meeting', status: pick(issueStatuses), progress: Math.floor(random() * 100), isPublic: random() < 0.5, raisedOn: dayBefore(Math.floor(random() * 3650)), createdBy: userId, councilId: pick(councilRows).id }));
  await insertInBatches(issues, 1000, (batch) => db.insert(localIssues).values(batch));
  await insertInBatches(issues, 2000, (batch) => db.insert(localIssueAreas).values(batch.map((r) => ({ tenantId, issueId: r.id, areaId: pick(areaIds) }))));
  await insertInBatches(issues, 2000, (batch) => db.insert(localIssueHelpTypes).values(batch.map((r) => ({ tenantId, issueId: r.id, helpTypeId: pick(helpTypeIds) }))));
  const updates = issues.flatMap((r) => Array.from({ length: updatesPerIssue }, (_, n) => ({ tenantId, issueId: r.id, happenedOn: dayBefore(n * 30), kind: 'note', body: '協議体で話し合った。', meetingId: pick(meetings).id, authorId: userId })));
  await insertInBatches(updates, 2000, (batch) => db.insert(localIssueUpdates).values(batch));
  return areaIds;
}

async function sample(label: string, goal: number, report: Report, call: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 10; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await call();
    samples.push(performance.now() - t0);
  }
  const q = quantiles(samples);
  report.add(label, latency(q), `p95 < ${goal} ms`, q.p95 < goal);
}

async function measure(kind: 'pglite' | 'postgresql', report: Report): Promise<void> {
  const { location, drop } = await createBenchDatabase(kind);
  const handle = await openBenchDatabase(location);
  try {
    const setup = await prepareDemoTenant(handle.db, now);
    const [staffUser] = await handle.db.select().from(users).where(and(eq(users.tenantId, setup.tenant.id), eq(users.email, 'staff@example.jp')));
    const staff: ServiceContext = { ...setup.admin, actor: { ...(setup.admin.actor as Actor), id: staffUser!.id, role: 'staff', areaIds: [] } };
    const helpTypes = await volunteersService.findHelpTypes(setup.admin);
    const started = performance.now();
    const areaIds = await load(handle.db, setup, staffUser!.id, helpTypes.map((h) => h.id));
    await handle.query('ANALYZE');
    console.log(`  ${kind}: loaded ${issueCount} issues, ${issueCount * updatesPerIssue} timeline entries, ${meetingCount} meetings in ${Math.round(performance.now() - started)} ms`);
    const goal = kind === 'postgresql' ? 100 : 200;
    const area = areaIds[1]!;
    await sample(`public area page reads (${kind})`, goal, report, () => findCommunity(setup.resident, area));
    await sample(`staff register, status + help type (${kind})`, goal, report, () => issuesService.findIssues(staff, { status: 'working', helpTypeId: helpTypes[0]!.id }));
  } finally {
    await handle.close();
    await drop();
  }
}

const report = new Report();
try {
  for (const kind of benchDatabaseKinds()) await measure(kind, report);
  report.print('local issues: 10,000 issues, 100,000 timeline entries, 5,000 meetings');
} finally {
  await cleanupEverything();
}
