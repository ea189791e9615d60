import { z } from 'zod';
import { isoDate, optionalText, uuidParam } from '../../platform/validation/fields.ts';
import { minutesFrom } from './activity-rules.ts';
import { activityTypes, type ActivityType } from './vocabulary.ts';

const isActivityType = (v: string): v is ActivityType => (activityTypes as readonly string[]).includes(v);

// A checkbox group arrives as nothing, one string or several.
const typeList = z
  .preprocess(
    (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.string()).min(1, { error: 'coordinatorActivities.typesRequired' }),
  )
  // Checked as a whole so the problem sits on the field, not on one checkbox.
  .refine((v) => v.every((type) => isActivityType(type)), { error: 'validation.choice' })
  .transform((v) => [...new Set(v)].filter(isActivityType));

// Empty means "not given"; anything else must be a whole number in range.
function optionalWhole(max: number, rangeError: string) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? '').normalize('NFKC').trim())
    .transform((s) => (s === '' ? null : Number(s)))
    .refine((v) => v === null || (Number.isInteger(v) && v >= 0), { error: 'validation.number', abort: true })
    .refine((v) => v === null || v <= max, { error: rangeError });
}

const optionalId = z
  .union([z.literal(''), uuidParam])
  .optional()
  .transform((v) => v || null);

/** The new/edit form: 1時間30分 typed as hours and minutes, both optional; area empty = the coordinator's own. */
export const activityInput = z
  .object({
    activityOn: isoDate,
    types: typeList,
    coordinatorId: optionalId,
    areaId: optionalId,
    counterpart: optionalText({ max: 200 }),
    hours: optionalWhole(24, 'coordinatorActivities.hoursRange'),
    minutes: optionalWhole(59, 'coordinatorActivities.minutesRange'),
    notes: optionalText({ max: 2000, multiline: true }),
  })
  .transform(({ hours, minutes, ...rest }) => ({ ...rest, minutes: minutesFrom(hours, minutes) }));
export type ActivityInput = z.infer<typeof activityInput>;

/** The list's filters; a bad value is ignored rather than refused. */
export const activityListQuery = z.object({
  fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  coordinatorId: z.union([z.literal(''), uuidParam]).optional().catch(''),
  areaId: z.union([z.literal(''), uuidParam]).optional().catch(''),
  type: z.union([z.literal(''), z.enum(activityTypes)]).optional().catch(''),
});
export type ActivityListQuery = z.infer<typeof activityListQuery>;
