// `npm run bench` (second part): ranked candidates for one help request among
// 10,000 volunteers and 100,000 past activities, on PGlite and, when
// BENCH_DATABASE_URL or TEST_DATABASE_URL is set, PostgreSQL. Prints p50/p95/p99.
import crypto from 'node:crypto';
import type { Database } from '../src/db/client.ts';
import * as helpRequestsService from '../src/features/help-requests/service.ts';
import { helpRequests, residents } from '../src/features/help-requests/schema.ts';
import { findCandidates } from '../src/features/matches/service.ts';
import { activityRecords, matches } from '../src/features/matches/schema.ts';
import * as volunteersService from '../src/features/volunteers/service.ts';
import { volunteers } from '../src/features/volunteers/schema.ts';
import { availabilityKeys } from '../src/features/volunteers/vocabulary.ts';
import { japanToday, type Actor, type ServiceContext } from '../src/platform/context/service-context.ts';
import { fiscalYearOf, fiscalYearRange } from '../src/platform/wareki/wareki.ts';
import { users } from '../src/platform/auth/schema.ts';
import { and, eq } from 'drizzle-orm';
import { benchDatabaseKinds, createBenchDatabase, openBenchDatabase, prepareDemoTenant, type TenantSetup } from './directory-support/database.ts';
import { latency, quantiles, Report } from './directory-support/report.ts';
import { cleanupEverything } from './server-process.ts';

const volunteerCount = 10_000;
const pastRequestCount = 5_000;
const activityCount = 100_000;
const runs = 200;
const now = new Date();
const today = japanToday(now);

// A fixed seed, so every run and both databases get the same data.
let seed = 20_260_401;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const uuid = () => crypto.randomUUID();

async function insertInBatches<T>(rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

function volunteerRows(setup: TenantSetup, helpTypeIds: string[]) {
  const fyStart = fiscalYearRange(fiscalYearOf(today)).start;
  return Array.from({ length: volunteerCount }, (_, i) => {
    const district = setup.districtByName.get(pick(setup.districtNames))!;
    return {
      id: uuid(), tenantId: setup.tenant.id, name: `ボランティア ${i}`, nameReading: `ぼらんてぃあ ${i}`, ageBand: '60s', phone: '', email: '', postalCode: '', address: '',
      districtId: district.id, areaId: district.areaId, helpTypeIds: [...new Set([pick(helpTypeIds), pick(helpTypeIds), pick(helpTypeIds)])],
      availability: availabilityKeys.filter(() => random() < 0.3), travelRange: pick(['district', 'area', 'city']), travelMeans: ['walk'], notes: '',
      status: random() < 0.85 ? 'registered' : pick(['applied', 'paused', 'withdrawn']), statusSince: fyStart, insuranceEnrolledOn: random() < 0.9 ? fyStart : '2020-04-01',
      monthlyAssignmentLimit: 4, source: 'staff', linkVersion: 0, createdAt: now, updatedAt: now,
    };
  });
}

/** 10,000 volunteers, 5,000 past requests with matches, and 100,000 activity records. */
async function load(db: Database, setup: TenantSetup, helpTypeIds: string[]): Promise<void> {
  const people = volunteerRows(setup, helpTypeIds);
  await insertInBatches(people, 500, (batch) => db.insert(volunteers).values(batch));
  const district = setup.districtByName.get('東光')!;
  const requests = Array.from({ length: pastRequestCount }, (_, i) => ({ resident: { id: uuid(), tenantId: setup.tenant.id, name: `住民 ${i}`, nameReading: '', areaId: district.areaId, districtId: district.id, createdAt: now, updatedAt: now }, id: uuid() }));
  await insertInBatches(requests, 1000, (batch) => db.insert(residents).values(batch.map((r) => r.resident)));
  await insertInBatches(requests, 1000, (batch) =>
    db.insert(helpRequests).values(batch.map((r) => ({ id: r.id, tenantId: setup.tenant.id, residentId: r.resident.id, areaId: district.areaId, districtId: district.id, helpTypeId: pick(helpTypeIds), referrerType: 'self', frequency: 'once', urgency: 'normal', status: random() < 0.2 ? 'active' : 'closed', statusSince: today, source: 'phone', receivedOn: today, createdAt: now, updatedAt: now }))),
  );
  const matchRows = requests.map((r) => ({ id: uuid(), tenantId: setup.tenant.id, helpRequestId: r.id, volunteerId: pick(people).id, status: 'accepted', scheduledOn: today, timeSlot: pick(['am', 'pm', '']), proposedAt: now, respondedAt: now, respondedVia: 'coordinator' }));
  await insertInBatches(matchRows, 1000, (batch) => db.insert(matches).values(batch));
  const activities = Array.from({ length: activityCount }, () => {
    const match = pick(matchRows);
    return { tenantId: setup.tenant.id, matchId: match.id, helpRequestId: match.helpRequestId, volunteerId: match.volunteerId, activityOn: today, minutes: 60, recordedVia: 'staff', confirmedAt: now, createdAt: now };
  });
  await insertInBatches(activities, 2000, (batch) => db.insert(activityRecords).values(batch));
}

async function measure(kind: 'pglite' | 'postgresql', report: Report): Promise<void> {
  const { location, drop } = await createBenchDatabase(kind);
  const handle = await openBenchDatabase(location);
  try {
    const setup = await prepareDemoTenant(handle.db, now);
    // The demo administrator's own account: requests and matches name a real user.
    const [adminUser] = await handle.db.select().from(users).where(and(eq(users.tenantId, setup.tenant.id), eq(users.email, 'admin@example.jp')));
    const ctx: ServiceContext = { ...setup.admin, actor: { ...(setup.admin.actor as Actor), id: adminUser!.id, areaIds: [] } };
    const helpTypes = await volunteersService.findHelpTypes(ctx);
    const started = performance.now();
    await load(handle.db, setup, helpTypes.map((h) => h.id));
    await handle.query('ANALYZE');
    console.log(`  ${kind}: loaded ${volunteerCount} volunteers, ${pastRequestCount} past requests, ${activityCount} activities in ${Math.round(performance.now() - started)} ms`);
    const request = await helpRequestsService.receiveByPhone(ctx, {
      residentId: null, residentName: '計測 用子', residentReading: 'けいそく ようこ', residentPhone: '', residentPostalCode: '', residentAddress: '', residentLatitude: null, residentLongitude: null, residentDistrictId: setup.districtByName.get('東光')!.id, household: '', situationNotes: '',
      helpTypeId: helpTypes.find((h) => h.code === 'dog_walk')!.id, description: '', referrerType: 'self', referrerName: '', referrerPhone: '', preferredOn: today, timeSlot: 'am', frequency: 'once', recurringWeekdays: [], urgency: 'normal', meetingPoint: '',
    }, null);
    for (let i = 0; i < 20; i++) await findCandidates(ctx, request.id);
    const samples: number[] = [];
    let listed = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      listed = (await findCandidates(ctx, request.id)).total;
      samples.push(performance.now() - t0);
    }
    const q = quantiles(samples);
    const goal = kind === 'postgresql' ? 100 : 200;
    report.add(`ranked candidates (${kind}, ${listed} ranked)`, latency(q), `p95 < ${goal} ms`, q.p95 < goal);
  } finally {
    await handle.close();
    await drop();
  }
}

const report = new Report();
try {
  for (const kind of benchDatabaseKinds()) await measure(kind, report);
  report.print('matching: one request among 10,000 volunteers and 100,000 activities');
} finally {
  await cleanupEverything();
}
