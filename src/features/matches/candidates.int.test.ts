import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { users } from '../../platform/auth/schema.ts';
import { positionOf } from '../../platform/geo/position.ts';
import { japanToday, type ServiceContext } from '../../platform/context/service-context.ts';
import { fiscalYearOf, fiscalYearRange } from '../../platform/wareki/wareki.ts';
import { findAreasWithDistricts } from '../areas/service.ts';
import { helpRequests, residents } from '../help-requests/schema.ts';
import * as helpRequestsService from '../help-requests/service.ts';
import type { IntakeInput } from '../help-requests/validation.ts';
import { volunteers } from '../volunteers/schema.ts';
import { findHelpTypes } from '../volunteers/service.ts';
import { availabilityKeys } from '../volunteers/vocabulary.ts';
import { rankCandidates, timesOverlap, type Candidate, type RankedCandidate, type WantedTime } from './ranking.ts';
import { activityRecords, matches } from './schema.ts';
import { findCandidates, wantedTimeOf } from './service.ts';

// The matching page lists only the best few; they must be exactly the head of
// the full ranking that loading every volunteer and counting in JS would give.
let testApp: TestApp;
let ctx: ServiceContext;
let residentId: string;
const requestIds: string[] = [];

let seed = 7;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const wantedTimes: Pick<IntakeInput, 'frequency' | 'preferredOn' | 'recurringWeekdays' | 'timeSlot'>[] = [
  { frequency: 'once', preferredOn: '2026-11-25', recurringWeekdays: [], timeSlot: 'am' },
  { frequency: 'once', preferredOn: '2026-11-26', recurringWeekdays: [], timeSlot: '' },
  { frequency: 'recurring', preferredOn: null, recurringWeekdays: [1, 3], timeSlot: 'pm' },
  { frequency: 'recurring', preferredOn: null, recurringWeekdays: [5], timeSlot: '' },
];

beforeAll(async () => {
  testApp = await createTestApp();
  const { db } = testApp.database;
  const tenantId = testApp.demo.id;
  const [admin] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.email, 'admin@example.jp')));
  ctx = { db, tenantId, actor: { id: admin!.id, tenantId, email: admin!.email, displayName: admin!.displayName, role: 'admin', areaIds: [] }, now: testApp.clock.now, requestId: 'candidates-test' };
  const districts = (await findAreasWithDistricts(ctx)).flatMap((a) => a.districts);
  const helpTypes = (await findHelpTypes(ctx)).map((h) => h.id);
  const dog = helpTypes[0]!;
  const toko = districts.find((d) => d.name === '東光')!;
  const fyStart = fiscalYearRange(fiscalYearOf(japanToday(ctx.now))).start;

  const people = Array.from({ length: 80 }, (_, i) => {
    const district = pick(districts);
    return {
      id: crypto.randomUUID(), tenantId, name: `候補 ${i}`, nameReading: `こうほ ${i}`, ageBand: '60s', districtId: district.id, areaId: district.areaId,
      helpTypeIds: random() < 0.8 ? [dog, pick(helpTypes)] : [pick(helpTypes.slice(1))], availability: availabilityKeys.filter(() => random() < 0.3),
      travelRange: pick(['district', 'area', 'city']), status: random() < 0.85 ? 'registered' : pick(['applied', 'paused']), statusSince: fyStart,
      insuranceEnrolledOn: random() < 0.9 ? fyStart : '2025-04-01', monthlyAssignmentLimit: 1 + Math.floor(random() * 4), source: 'staff',
    };
  });
  await db.insert(volunteers).values(people);

  for (const time of wantedTimes) {
    const intake: IntakeInput = {
      residentId: residentId ?? null, residentName: '順位 確認', residentReading: 'じゅんい かくにん', residentPhone: '', residentPostalCode: '', residentAddress: '', residentLatitude: null, residentLongitude: null, residentDistrictId: toko.id,
      household: '', situationNotes: '', helpTypeId: dog, description: '', referrerType: 'self', referrerName: '', referrerPhone: '', urgency: 'normal', meetingPoint: '', ...time,
    };
    const request = await helpRequestsService.receiveByPhone(ctx, intake, null);
    residentId = request.residentId;
    requestIds.push(request.id);
  }

  // Other requests (open and ended, this resident's and others') with matches at many times, and activities.
  const [other] = await db.insert(residents).values({ tenantId, name: '他 住民', areaId: toko.areaId, districtId: toko.id }).returning();
  const base = { tenantId, areaId: toko.areaId, districtId: toko.id, helpTypeId: dog, referrerType: 'self', frequency: 'once', urgency: 'normal', statusSince: '2026-10-01', source: 'phone', receivedOn: '2026-10-01' };
  const past = await db
    .insert(helpRequests)
    .values(Array.from({ length: 30 }, (_, i) => ({ ...base, residentId: i % 3 === 0 ? residentId : other!.id, status: pick(['received', 'coordinating', 'matched', 'active', 'closed', 'unmet']) })))
    .returning();
  const dates = [null, '2026-11-25', '2026-11-26', '2026-11-23', '2026-10-14', '2026-12-02'];
  // Answers around the start of November in Japan (15:00 UTC on 31 October), and none.
  const answeredAt = [null, '2026-10-31T14:30:00Z', '2026-10-31T15:30:00Z', '2026-11-10T03:00:00Z'];
  const matchRows = Array.from({ length: 120 }, () => {
    const scheduledOn = pick(dates);
    const respondedAt = pick(answeredAt);
    return {
      tenantId, helpRequestId: pick([...past.map((r) => r.id), ...requestIds]), volunteerId: pick(people).id, status: pick(['proposed', 'accepted', 'accepted', 'declined']),
      scheduledOn, weekdays: scheduledOn ? [] : [...new Set([Math.floor(random() * 7), Math.floor(random() * 7)])], timeSlot: pick(['am', 'pm', 'evening', '']), proposedAt: ctx.now,
      respondedAt: respondedAt ? new Date(respondedAt) : null,
    };
  });
  const inserted = await db.insert(matches).values(matchRows).returning();
  await db.insert(activityRecords).values(
    Array.from({ length: 60 }, () => {
      const match = pick(inserted);
      return { tenantId, matchId: match.id, helpRequestId: match.helpRequestId, volunteerId: match.volunteerId, activityOn: '2026-10-20', minutes: 60, recordedVia: 'staff' };
    }),
  );
});
afterAll(async () => testApp.close());

/** The ranking as it was computed before the query did the counting: every row loaded, counted and ranked in JS. */
async function fullRanking(requestId: string): Promise<RankedCandidate[]> {
  const { db } = testApp.database;
  const [request] = await db.select().from(helpRequests).where(eq(helpRequests.id, requestId));
  const time = wantedTimeOf(request!);
  const today = japanToday(ctx.now);
  const month = today.slice(0, 7);
  const fyStart = fiscalYearRange(fiscalYearOf(today)).start;
  const pool = (await db.select().from(volunteers).where(eq(volunteers.tenantId, ctx.tenantId))).filter(
    (v) => v.status === 'registered' && v.helpTypeIds.includes(request!.helpTypeId) && v.insuranceEnrolledOn !== null && v.insuranceEnrolledOn >= fyStart && v.insuranceEnrolledOn <= today,
  );
  const all = await db.select({ match: matches, requestStatus: helpRequests.status }).from(matches).innerJoin(helpRequests, eq(helpRequests.id, matches.helpRequestId));
  const isOpen = (r: (typeof all)[number]) => !['closed', 'unmet'].includes(r.requestStatus);
  const live = all.filter((r) => ['proposed', 'accepted'].includes(r.match.status) && r.match.helpRequestId !== requestId && isOpen(r)).map((r) => r.match);
  const thisMonth = all.filter(
    (r) => r.match.status === 'accepted' && ((r.match.respondedAt && japanToday(r.match.respondedAt).startsWith(month)) || r.match.scheduledOn?.startsWith(month) || (r.match.weekdays.length > 0 && isOpen(r))),
  );
  const activities = await db.select({ volunteerId: activityRecords.volunteerId, residentId: helpRequests.residentId }).from(activityRecords).innerJoin(helpRequests, eq(helpRequests.id, activityRecords.helpRequestId));
  const centre = new Map((await findAreasWithDistricts(ctx)).flatMap((a) => a.districts).map((d) => [d.id, d]));
  const [resident] = await db.select().from(residents).where(eq(residents.id, request!.residentId));
  const place = { districtId: request!.districtId, areaId: request!.areaId, position: positionOf(resident!, centre.get(resident!.districtId!) ?? null) };
  const candidates: Candidate[] = pool.map((v) => {
    const theirs = live.filter((m) => m.volunteerId === v.id);
    return {
      id: v.id, districtId: v.districtId, areaId: v.areaId, availability: v.availability, travelRange: v.travelRange, monthlyAssignmentLimit: v.monthlyAssignmentLimit,
      assignmentsThisMonth: thisMonth.filter((r) => r.match.volunteerId === v.id).length,
      activitiesWithResident: activities.filter((a) => a.volunteerId === v.id && a.residentId === request!.residentId).length,
      hasOverlap: theirs.some((m) => timesOverlap(time, { date: m.scheduledOn, weekdays: m.weekdays, slot: m.timeSlot as WantedTime['slot'] })),
      position: positionOf(v, (v.districtId && centre.get(v.districtId)) || null),
    };
  });
  const askedHere = new Set(all.filter((r) => r.match.helpRequestId === requestId && ['proposed', 'accepted'].includes(r.match.status)).map((r) => r.match.volunteerId));
  return rankCandidates(place, time, candidates, askedHere);
}

const strip = (c: RankedCandidate) => ({ id: c.id, score: c.score, reasons: c.reasons });

describe('the top candidates', () => {
  it('are the head of the full ranking, in the same order with the same reasons, for one-off and recurring times', async () => {
    for (const requestId of requestIds) {
      const full = await fullRanking(requestId);
      expect(full.length).toBeGreaterThan(20);
      expect(full.some((c) => c.reasons.some((r) => r.key === 'matching.reason.overlap'))).toBe(true);
      const top = await findCandidates(ctx, requestId, 10);
      expect(top.total).toBe(full.length);
      expect(top.candidates.map(strip)).toEqual(full.slice(0, 10).map(strip));
      expect(top.candidates.every((c) => c.volunteer.id === c.id)).toBe(true);
      const all = await findCandidates(ctx, requestId, 1000);
      expect(all.candidates.map(strip)).toEqual(full.map(strip));
    }
  });

  it('count this resident\'s activities and this month\'s assignments as the reasons show them', async () => {
    const full = await fullRanking(requestIds[0]!);
    expect(full.some((c) => c.reasons.some((r) => r.key === 'matching.reason.knowsResident'))).toBe(true);
    expect(full.some((c) => c.reasons.some((r) => r.key === 'matching.reason.load' && Number(r.params?.count) > 0))).toBe(true);
  });
});
