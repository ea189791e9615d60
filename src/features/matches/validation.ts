import { z } from 'zod';
import { isoDate, optionalText, uuidParam } from '../../platform/validation/fields.ts';

export const proposeInput = z.object({
  volunteerId: uuidParam,
  confirmOverlap: z.literal('on').optional(),
});
export type ProposeInput = z.infer<typeof proposeInput>;

export const respondInput = z.object({
  answer: z.enum(['accept', 'decline'], { error: 'validation.choice' }),
  note: optionalText({ max: 500 }),
});
export type RespondInput = z.infer<typeof respondInput>;

/** 1時間30分 is typed as hours and minutes; stored as minutes. */
export const activityInput = z
  .object({
    activityOn: isoDate,
    hours: z.coerce.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(0, { error: 'validation.number' }).max(24, { error: 'matching.hoursRange' }),
    minutes: z.coerce.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(0, { error: 'validation.number' }).max(59, { error: 'matching.minutesRange' }),
    whatWasDone: optionalText({ max: 1000, multiline: true }),
    notes: optionalText({ max: 1000, multiline: true }),
  })
  .refine((v) => v.hours * 60 + v.minutes > 0, { path: ['hours'], error: 'matching.durationRequired' });
export type ActivityInput = z.infer<typeof activityInput>;

export const linkToken = z.string().regex(/^[0-9a-f-]{36}\.\d{1,6}\.\d{1,7}\.[A-Za-z0-9_-]{43}$/);

/** How many ranked candidates the matching page lists (the "more" link raises it); anything odd falls back to the first page. */
export const candidateListQuery = z.object({
  shown: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type CandidateListQuery = z.infer<typeof candidateListQuery>;
