import type { PageContext } from '../../../platform/layout/page-context.ts';

/** The types of an entry in the fixed order, by their Japanese names, joined with 、. */
export function typeNames(page: PageContext, types: readonly string[]): string {
  return types.map((type) => page.t(`coordinatorActivities.type.${type}`)).join('、');
}

/** 1時間30分, or a dash when no time was recorded. */
export function durationText(page: PageContext, minutes: number | null): string {
  if (minutes === null) return page.t('coordinatorActivities.noDuration');
  return page.t('matching.duration', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
