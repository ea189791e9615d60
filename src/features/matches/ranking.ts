import type { TimeSlot } from '../volunteers/vocabulary.ts';

/** When help is wanted: one date, or weekdays that recur; a time slot or any time ('' ). */
export type WantedTime = { date: string | null; weekdays: number[]; slot: TimeSlot | '' };

export type Candidate = {
  id: string;
  districtId: string;
  areaId: string;
  availability: string[];
  travelRange: string;
  monthlyAssignmentLimit: number;
  assignmentsThisMonth: number;
  activitiesWithResident: number;
  hasOverlap: boolean;
};

export type Reason = { key: string; params?: Record<string, string | number>; points: number };
export type RankedCandidate = { id: string; score: number; reasons: Reason[] };

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

function placeReason(request: { districtId: string | null; areaId: string }, c: Candidate): Reason {
  if (request.districtId && c.districtId === request.districtId) return { key: 'matching.reason.sameDistrict', points: 40 };
  if (c.travelRange === 'district') return { key: 'matching.reason.outsideTravelRange', points: -20 };
  if (c.areaId === request.areaId) return { key: 'matching.reason.sameArea', points: 20 };
  return c.travelRange === 'city' ? { key: 'matching.reason.travelsCityWide', points: 5 } : { key: 'matching.reason.outsideTravelRange', points: -20 };
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
 * Ranks volunteers who can do the help and are insured, best first. Those at
 * their own monthly limit are left out: volunteers burn out.
 */
export function rankCandidates(request: { districtId: string | null; areaId: string }, time: WantedTime, candidates: Candidate[]): RankedCandidate[] {
  return candidates
    .filter((c) => c.assignmentsThisMonth < c.monthlyAssignmentLimit)
    .map((c) => {
      const reasons = reasonsFor(request, time, c);
      return { id: c.id, score: reasons.reduce((sum, r) => sum + r.points, 0), reasons };
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** True when two wanted times can fall on the same day and slot (an empty slot overlaps any). */
export function timesOverlap(a: WantedTime, b: WantedTime): boolean {
  const slotsMeet = a.slot === '' || b.slot === '' || a.slot === b.slot;
  if (!slotsMeet) return false;
  if (a.date && b.date) return a.date === b.date;
  const aDays = new Set(wantedWeekdays(a));
  return wantedWeekdays(b).some((d) => aDays.has(d));
}
