import { describe, expect, it } from 'vitest';
import { nearnessPoints, rankCandidates, timesOverlap, type Candidate, type WantedTime } from './ranking.ts';

const request = { districtId: 'toko', areaId: 'A' };
const mondayMorning: WantedTime = { date: '2026-11-23', weekdays: [], slot: 'am' };

function candidate(id: string, overrides: Partial<Candidate> = {}): Candidate {
  return { id, districtId: 'toko', areaId: 'A', availability: ['1:am'], travelRange: 'district', monthlyAssignmentLimit: 4, assignmentsThisMonth: 0, activitiesWithResident: 0, hasOverlap: false, ...overrides };
}

describe('ranking volunteers for a request', () => {
  it('puts a free neighbour in the same district first, then the same area, then city-wide travellers', () => {
    const ranked = rankCandidates(request, mondayMorning, [
      candidate('city', { districtId: 'nagayama', areaId: 'B', travelRange: 'city' }),
      candidate('area', { districtId: 'toyooka', travelRange: 'area' }),
      candidate('same'),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['same', 'area', 'city']);
    expect(ranked[0]!.reasons.map((r) => r.key)).toEqual(['matching.reason.sameDistrict', 'matching.reason.free', 'matching.reason.load']);
  });

  it('ranks a volunteer not free at that time below one who is', () => {
    const ranked = rankCandidates(request, mondayMorning, [candidate('busy', { availability: ['1:pm'] }), candidate('free', { districtId: 'toyooka', travelRange: 'area' })]);
    expect(ranked.map((r) => r.id)).toEqual(['free', 'busy']);
    expect(ranked[1]!.reasons.map((r) => r.key)).toContain('matching.reason.notFree');
  });

  it('leaves out volunteers at their own monthly limit and prefers the less loaded', () => {
    const ranked = rankCandidates(request, mondayMorning, [candidate('full', { assignmentsThisMonth: 4 }), candidate('busier', { assignmentsThisMonth: 3 }), candidate('rested')]);
    expect(ranked.map((r) => r.id)).toEqual(['rested', 'busier']);
  });

  it('keeps a volunteer at their limit who was already asked for this very request', () => {
    const ranked = rankCandidates(request, mondayMorning, [candidate('full', { assignmentsThisMonth: 4 }), candidate('other', { assignmentsThisMonth: 4 })], new Set(['full']));
    expect(ranked.map((r) => r.id)).toEqual(['full']);
  });

  it('marks down a volunteer already booked at an overlapping time, and up one who knows the resident', () => {
    const ranked = rankCandidates(request, mondayMorning, [candidate('booked', { hasOverlap: true }), candidate('known', { activitiesWithResident: 3 }), candidate('plain')]);
    expect(ranked.map((r) => r.id)).toEqual(['known', 'plain', 'booked']);
    expect(ranked[2]!.reasons.map((r) => r.key)).toContain('matching.reason.overlap');
  });

  it('counts recurring days: free on some of them is a partial match', () => {
    const ranked = rankCandidates(request, { date: null, weekdays: [1, 4], slot: '' }, [candidate('part', { availability: ['1:pm'] })]);
    expect(ranked[0]!.reasons[1]).toEqual({ key: 'matching.reason.partlyFree', params: { free: 1, wanted: 2 }, points: 15 });
  });
});

describe('distance, when both homes are known', () => {
  const home = { latitude: 43.75, longitude: 142.4 };
  const placed = { ...request, position: home };
  // 0.01° of latitude is about 1.1 km.
  const at = (km: number) => ({ latitude: home.latitude + km / 111.2, longitude: home.longitude });

  it('adds the straight-line distance to the place reason and ranks the nearer first within the same place class', () => {
    const ranked = rankCandidates(placed, mondayMorning, [candidate('far', { position: at(3.5) }), candidate('near', { position: at(0.4) }), candidate('middle', { position: at(1.5) })]);
    expect(ranked.map((r) => r.id)).toEqual(['near', 'middle', 'far']);
    expect(ranked[0]!.reasons[0]).toEqual({ key: 'matching.reason.sameDistrict', params: { km: '0.4' }, points: 44 });
    expect(ranked[2]!.reasons[0]).toEqual({ key: 'matching.reason.sameDistrict', params: { km: '3.5' }, points: 41 });
    expect(ranked.map((r) => r.distanceKm!.toFixed(1))).toEqual(['0.4', '1.5', '3.5']);
  });

  it('never lifts a nearer volunteer over a better place class, nor over the travel range', () => {
    const ranked = rankCandidates(placed, mondayMorning, [
      candidate('nextDoorOtherArea', { districtId: 'nagayama', areaId: 'B', travelRange: 'city', position: at(0.1) }),
      candidate('sameAreaFar', { districtId: 'toyooka', travelRange: 'area', position: at(9) }),
      candidate('nextDoorDistrictOnly', { districtId: 'toyooka', travelRange: 'district', position: at(0.1) }),
      candidate('sameDistrictFar', { position: at(20) }),
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['sameDistrictFar', 'sameAreaFar', 'nextDoorOtherArea', 'nextDoorDistrictOnly']);
    expect(ranked[3]!.reasons[0]!.key).toBe('matching.reason.outsideTravelRange');
  });

  it('breaks a tie of points by distance, and leaves the distance out when either home is unknown', () => {
    const tied = rankCandidates(placed, mondayMorning, [candidate('a', { position: at(0.9) }), candidate('b', { position: at(0.2) })]);
    expect(tied.map((r) => [r.id, r.score])).toEqual([['b', 82], ['a', 82]]);
    const unknown = rankCandidates(request, mondayMorning, [candidate('x', { position: at(0.2) })]);
    expect(unknown[0]!.reasons[0]).toEqual({ key: 'matching.reason.sameDistrict', points: 40 });
    expect(unknown[0]!.distanceKm).toBeNull();
  });

  it('says no distance when both homes stand in as the centre of the same district, and does between two districts', () => {
    const centre = { ...home, districtCentre: true };
    const sameCentre = rankCandidates({ ...request, position: centre }, mondayMorning, [candidate('x', { position: centre })]);
    expect(sameCentre[0]!.reasons[0]).toEqual({ key: 'matching.reason.sameDistrict', points: 40 });
    expect(sameCentre[0]!.distanceKm).toBeNull();
    const otherCentre = rankCandidates({ ...request, position: centre }, mondayMorning, [candidate('y', { districtId: 'toyooka', position: { ...at(2.2), districtCentre: true } })]);
    expect(otherCentre[0]!.distanceKm!.toFixed(1)).toBe('2.2');
  });

  it('gives 4 points under 1 km, one less per further km, none from 4 km', () => {
    expect([0, 0.99, 1, 2.5, 3.99, 4, 12].map(nearnessPoints)).toEqual([4, 4, 3, 2, 1, 0, 0]);
  });
});

describe('overlapping times', () => {
  it('overlaps on the same date and slot, or when a slot is open', () => {
    expect(timesOverlap(mondayMorning, { date: '2026-11-23', weekdays: [], slot: 'am' })).toBe(true);
    expect(timesOverlap(mondayMorning, { date: '2026-11-23', weekdays: [], slot: '' })).toBe(true);
    expect(timesOverlap(mondayMorning, { date: '2026-11-23', weekdays: [], slot: 'pm' })).toBe(false);
    expect(timesOverlap(mondayMorning, { date: '2026-11-24', weekdays: [], slot: 'am' })).toBe(false);
  });

  it('overlaps a recurring request on the weekday of a one-off date', () => {
    expect(timesOverlap(mondayMorning, { date: null, weekdays: [1, 3], slot: 'am' })).toBe(true);
    expect(timesOverlap({ date: null, weekdays: [2], slot: 'am' }, { date: null, weekdays: [1, 3], slot: 'am' })).toBe(false);
  });
});
