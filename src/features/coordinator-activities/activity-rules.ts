import type { Actor } from '../../platform/context/service-context.ts';
import { activityTypes, type ActivityType } from './vocabulary.ts';

export type TypeCount = { type: ActivityType; count: number };

/**
 * Every type in the fixed order with its count (0 when none), from counts
 * keyed by code; an activity of two types was already counted under each.
 * Codes no longer on the list are left out.
 */
export function orderedTypeCounts(counts: { type: string; count: number }[]): TypeCount[] {
  const byType = new Map(counts.map((c) => [c.type, c.count]));
  return activityTypes.map((type) => ({ type, count: byType.get(type) ?? 0 }));
}

/** Counts activities under each of their types: one with two types counts once in each. */
export function countByType(activities: { types: readonly string[] }[]): TypeCount[] {
  const counts = new Map<string, number>();
  for (const activity of activities) {
    for (const type of new Set(activity.types)) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return orderedTypeCounts([...counts].map(([type, count]) => ({ type, count })));
}

/**
 * Who may change an entry: admins any; a coordinator only entries of their own
 * coordinator record(s); anyone else none.
 */
export function canEditActivity(actor: Actor | null, activity: { coordinatorId: string }, ownCoordinatorIds: readonly string[]): boolean {
  if (!actor) return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'coordinator' && ownCoordinatorIds.includes(activity.coordinatorId);
}

/** Minutes from the form's hours and minutes; null when both were left empty. */
export function minutesFrom(hours: number | null, minutes: number | null): number | null {
  if (hours === null && minutes === null) return null;
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
