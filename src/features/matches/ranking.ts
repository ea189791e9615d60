import { distanceKm, type Position } from '../../platform/geo/position.ts';
import type { TimeSlot } from '../volunteers/vocabulary.ts';

/** When help is wanted: one date, or weekdays that recur; a time slot or any time ('' ). */
export type WantedTime = { date: string | null; weekdays: number[]; slot: TimeSlot | '' };

export type Candidate = {
  id: string;
  districtId: string | null;
  areaId: string;
  availability: string[];
  travelRange: string;
  monthlyAssignmentLimit: number;
  assignmentsThisMonth: number;
  activitiesWithResident: number;
  hasOverlap: boolean;
  // Their own coordinates, else their district's centre; null when neither is known.
  position?: Position | null;
};

/** The request's place: its district and area, and where the resident lives when known. */
export type RequestPlace = { districtId: string | null; areaId: string; position?: Position | null };

export type Reason = { key: string; params?: Record<string, string | number>; points: number };
export type RankedCandidate = { id: string; score: number; reasons: Reason[]; distanceKm: number | null };

const slots: readonly TimeSlot[] = ['am', 'pm', 'evening'];

/** The weekdays a wanted time falls on (the date's weekday, or the recurring days). */
export function wantedWeekdays(time: WantedTime): number[] {
  if (time.date) return [new Date(`${time.date}T00:00:00Z`).getUTCDay()];
  return time.weekdays;
}

/** How many of the wanted days the volunteer is free on: each day needs the slot asked for, or any slot when none was. */
function freeDays(time: WantedTime, availability: string[]): { wanted: number; free: number } {
  const cells = new Set(availability);
  const days = wantedWeekdays(time);
  const free = days.filter((d) => (time.slot ? [time.slot] : slots).some((s) => cells.has(`${d}:${s}`))).length;
  return { wanted: days.length, free };
}

function placeClass(request: RequestPlace, c: Candidate): Reason {
  if (request.districtId && c.districtId === request.districtId) return { key: 'matching.reason.sameDistrict', points: 40 };
  if (c.travelRange === 'district') return { key: 'matching.reason.outsideTravelRange', points: -20 };
  if (c.areaId === request.areaId) return { key: 'matching.reason.sameArea', points: 20 };
  return c.travelRange === 'city' ? { key: 'matching.reason.travelsCityWide', points: 5 } : { key: 'matching.reason.outsideTravelRange', points: -20 };
}

/**
 * Straight-line km between the resident and the volunteer, when both
 * positions are known; not when both are the centre of the same district
 * (that would read 約0.0km and say nothing the district does not).
 */
export function distanceBetween(request: RequestPlace, c: Candidate): number | null {
  if (!request.position || !c.position) return null;
  if (request.position.districtCentre && c.position.districtCentre && request.districtId && request.districtId === c.districtId) return null;
  return distanceKm(request.position, c.position);
}

/**
 * Points for nearness inside a place class: 4 under 1 km, one less for each
 * further km, none from 4 km. Classes are at least 15 points apart, so
 * distance never lifts anyone past the travel range or district rules.
 */
export function nearnessPoints(km: number): number {
  return Math.max(0, 4 - Math.floor(km));
}

// The place class (same 圏域, same area, city-wide, outside the travel range), with the distance and its points when both positions are known.
function placeReason(request: RequestPlace, c: Candidate): Reason {
  const reason = placeClass(request, c);
  const km = distanceBetween(request, c);
  if (km === null) return reason;
  return { key: reason.key, params: { km: (Math.round(km * 10) / 10).toFixed(1) }, points: reason.points + nearnessPoints(km) };
}

function timeReason(time: WantedTime, c: Candidate): Reason {
  const { wanted, free } = freeDays(time, c.availability);
  if (wanted === 0) return { key: 'matching.reason.anyTime', points: 0 };
  if (free === wanted) return { key: 'matching.reason.free', points: 30 };
  if (free > 0) return { key: 'matching.reason.partlyFree', params: { free, wanted }, points: 15 };
  return { key: 'matching.reason.notFree', points: -30 };
}

/** Why each volunteer ranks where they do: place, time, overlaps, monthly load and knowing the resident, each worth points. */
export function reasonsFor(request: { districtId: string | null; areaId: string }, time: WantedTime, c: Candidate): Reason[] {
  const reasons = [placeReason(request, c), timeReason(time, c)];
  if (c.hasOverlap) reasons.push({ key: 'matching.reason.overlap', points: -40 });
  const left = c.monthlyAssignmentLimit - c.assignmentsThisMonth;
  reasons.push({ key: 'matching.reason.load', params: { count: c.assignmentsThisMonth, limit: c.monthlyAssignmentLimit }, points: Math.min(left, 5) * 2 });
  if (c.activitiesWithResident > 0) reasons.push({ key: 'matching.reason.knowsResident', params: { count: c.activitiesWithResident }, points: 10 });
  return reasons;
}

/**
 * Ranks volunteers who can do the help and are insured, best first; on equal
 * points the nearer first. Those at their own monthly limit are left out
 * (volunteers burn out), unless already asked for this very request
 * (`askedHere`): accepting it may be what filled their month.
 */
export function rankCandidates(request: RequestPlace, time: WantedTime, candidates: Candidate[], askedHere: ReadonlySet<string> = new Set()): RankedCandidate[] {
  const far = Number.POSITIVE_INFINITY;
  return candidates
    .filter((c) => c.assignmentsThisMonth < c.monthlyAssignmentLimit || askedHere.has(c.id))
    .map((c) => {
      const reasons = reasonsFor(request, time, c);
      return { id: c.id, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons, distanceKm: distanceBetween(request, c) };
    })
    .sort((a, b) => b.score - a.score || (a.distanceKm ?? far) - (b.distanceKm ?? far) || a.id.localeCompare(b.id));
}

/** True when two wanted times can fall on the same day and slot (an empty slot overlaps any). */
export function timesOverlap(a: WantedTime, b: WantedTime): boolean {
  const slotsMeet = a.slot === '' || b.slot === '' || a.slot === b.slot;
  if (!slotsMeet) return false;
  if (a.date && b.date) return a.date === b.date;
  const aDays = new Set(wantedWeekdays(a));
  return wantedWeekdays(b).some((d) => aDays.has(d));
}
