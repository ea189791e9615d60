import { z } from 'zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });
const weekday = z.number().int().min(0).max(6);

/**
 * When an activity happens. Kept as a small closed set of rules rather than
 * raw RRULE strings so staff fill a form, residents read Japanese, and the
 * HSDS export can still produce RRULEs.
 */
export const scheduleRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weekly'), weekdays: z.array(weekday).min(1, { error: 'resources.weekdayRequired' }), startTime: time.optional(), endTime: time.optional() }),
  z.object({
    kind: z.literal('monthly'),
    weeksOfMonth: z.array(z.number().int().min(1).max(5)).min(1), // 第1…第5; 5 means 最終 is not modelled
    weekday,
    startTime: time.optional(),
    endTime: time.optional(),
  }),
  z.object({ kind: z.literal('irregular'), note: z.string().max(200) }),
]);
export type ScheduleRule = z.infer<typeof scheduleRule>;

/** The whole schedule: rules, an optional season (months, inclusive, may wrap the year), and a note. */
export const schedule = z.object({
  rules: z.array(scheduleRule).max(10).default([]),
  season: z.object({ fromMonth: z.number().int().min(1).max(12), toMonth: z.number().int().min(1).max(12) }).nullable().default(null),
  note: z.string().max(200).default(''),
});
export type Schedule = z.infer<typeof schedule>;
