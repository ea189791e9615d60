import { z } from 'zod';
import { japanesePhoneSchema } from '../../platform/contact-format/phone.ts';
import { emptyOr, isoDate, optionalIsoDate, optionalText, requiredText, uuidParam } from '../../platform/validation/fields.ts';
import { audiences, callOutcomes, respondentTypes, surveyMethods, templates } from './vocabulary.ts';

const methodList = z
  .preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(surveyMethods, { error: 'validation.choice' })))
  .transform((v) => [...new Set(v)])
  .refine((v) => v.length > 0, { error: 'surveys.methodsRequired' });

export const surveyInput = z
  .object({
    title: requiredText({ max: 200 }),
    purpose: optionalText({ max: 2000, multiline: true }),
    audience: z.enum(audiences, { error: 'validation.choice' }),
    areaId: emptyOr(uuidParam),
    startsOn: isoDate,
    endsOn: isoDate,
    methods: methodList,
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], error: 'surveys.periodReversed' });
export type SurveyInput = z.infer<typeof surveyInput>;

export const newSurveyInput = z.intersection(surveyInput, z.object({ template: z.enum(templates, { error: 'validation.choice' }) }));
export type NewSurveyInput = z.infer<typeof newSurveyInput>;

/** Targets pasted one per line: 「名称, 種別コード, 電話」 — the way a list kept in a spreadsheet comes over. */
export const targetInput = z.object({
  name: requiredText({ max: 200 }),
  respondentType: z.enum(respondentTypes, { error: 'validation.choice' }),
  phone: emptyOr(japanesePhoneSchema),
  areaId: emptyOr(uuidParam),
});
export type TargetInput = z.infer<typeof targetInput>;

/** How a set of answers came in and, on the phone, how the call ended. */
export const responseMeta = z.object({
  method: z.enum(surveyMethods, { error: 'validation.choice' }),
  outcome: z.enum(callOutcomes, { error: 'validation.choice' }).default('answered'),
  nextCallOn: optionalIsoDate,
  submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { error: 'validation.invalid' }),
  draft: z.enum(['1', '']).optional(),
});
export type ResponseMeta = z.infer<typeof responseMeta>;
