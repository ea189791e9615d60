import { z } from 'zod';
import { coordinatesPairProblem, coordinatesPaired, optionalCoordinates } from '../../platform/geo/position.ts';
import { excelEncodings } from '../../platform/csv/excel-csv.ts';
import { japanesePhoneSchema } from '../../platform/contact-format/phone.ts';
import { postalCodeSchema } from '../../platform/contact-format/postal-code.ts';
import { emptyOr, isoDate, optionalIsoDate, optionalText, readingText, requiredText, uuidParam } from '../../platform/validation/fields.ts';
import { timeSlots } from '../volunteers/vocabulary.ts';
import { contactMeans, frequencies, helpRequestStatuses, households, outcomes, referrerTypes, unmetReasons, urgencies } from './vocabulary.ts';

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.choice' });
const emptyOrChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(''), choice(values)])
    .optional()
    .transform((v) => v ?? '');
const optionalUuid = z
  .union([z.literal(''), z.uuid({ error: 'validation.choice' })])
  .optional()
  .transform((v) => (v ? v : null));
// A checkbox group arrives as nothing, one string or several.
const weekdayList = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number().int().min(0, { error: 'validation.choice' }).max(6, { error: 'validation.choice' })),
);

/** The resident part of an intake; left out when an existing resident was chosen. */
export const residentFields = {
  residentName: optionalText({ max: 100 }),
  residentReading: readingText({ max: 100, required: false }),
  residentPhone: emptyOr(japanesePhoneSchema),
  residentPostalCode: emptyOr(postalCodeSchema),
  residentAddress: optionalText({ max: 200 }),
  residentDistrictId: optionalUuid,
  household: emptyOrChoice(households),
  situationNotes: optionalText({ max: 2000, multiline: true }),
};

const requestFields = {
  helpTypeId: z.uuid({ error: 'helpRequests.helpTypeRequired' }),
  description: optionalText({ max: 2000, multiline: true }),
  referrerType: choice(referrerTypes),
  referrerName: optionalText({ max: 100 }),
  referrerPhone: emptyOr(japanesePhoneSchema),
  preferredOn: optionalIsoDate,
  timeSlot: emptyOrChoice(timeSlots),
  frequency: choice(frequencies),
  recurringWeekdays: weekdayList,
  urgency: choice(urgencies),
  meetingPoint: optionalText({ max: 200 }),
};

// Checked even when other fields already failed, so one refusal lists every problem.
const always = { when: () => true };
type PartialIntake = { residentId?: unknown; residentName?: unknown; residentDistrictId?: unknown; frequency?: unknown; recurringWeekdays?: unknown };
const chosenResident = (v: PartialIntake) => Boolean(v.residentId);

/** One phone intake: an existing resident (residentId) or a new one, and what they need. */
export const intakeInput = z
  .object({ residentId: optionalUuid, ...residentFields, residentLatitude: optionalCoordinates.latitude, residentLongitude: optionalCoordinates.longitude, ...requestFields })
  .refine((v) => coordinatesPaired({ latitude: v.residentLatitude, longitude: v.residentLongitude }), { path: ['residentLongitude'], error: coordinatesPairProblem.error })
  .refine((v: PartialIntake) => chosenResident(v) || Boolean(v.residentName), { path: ['residentName'], error: 'validation.required', ...always })
  .refine((v: PartialIntake) => chosenResident(v) || Boolean(v.residentDistrictId), { path: ['residentDistrictId'], error: 'helpRequests.districtRequired', ...always })
  .refine((v: PartialIntake) => v.frequency !== 'recurring' || (Array.isArray(v.recurringWeekdays) && v.recurringWeekdays.length > 0), { path: ['recurringWeekdays'], error: 'helpRequests.weekdaysRequired', ...always });
export type IntakeInput = z.infer<typeof intakeInput>;

/** Whatever has been typed so far: saved as it is, checked only when the intake is sent. */
export const draftInput = z.object({
  draftId: optionalUuid,
  fields: z.record(z.string().max(60), z.union([z.string().max(4000), z.array(z.string().max(100)).max(20)])).refine((f) => Object.keys(f).length <= 40, { error: 'validation.invalid' }),
});
export type DraftInput = z.infer<typeof draftInput>;

/** The short public form: who, where, what, and how to call back. */
export const publicRequestInput = z.object({
  residentName: requiredText({ max: 100 }),
  residentReading: readingText({ max: 100, required: false }),
  residentPhone: japanesePhoneSchema,
  // For 除雪 and ゴミ出し the address is the first thing a coordinator needs; it also finds the 圏域.
  residentAddress: optionalText({ max: 200 }),
  // A district, or 「わからない」: then the address decides, or the office sorts it out.
  residentDistrictId: z.union([z.literal('unknown'), z.uuid()], { error: 'helpRequests.districtRequired' }),
  referrerType: choice(referrerTypes),
  referrerName: optionalText({ max: 100 }),
  helpTypeId: z.uuid({ error: 'helpRequests.helpTypeRequired' }),
  description: requiredText({ max: 1000, multiline: true }),
  consent: z.string({ error: 'helpRequests.consentRequired' }).refine((v) => v === 'on', { error: 'helpRequests.consentRequired' }),
});
export type PublicRequestInput = z.infer<typeof publicRequestInput>;

export const requestStatusInput = z
  .object({ toStatus: choice(helpRequestStatuses), onDate: isoDate, unmetReason: emptyOrChoice(unmetReasons), outcome: emptyOrChoice(outcomes) })
  .refine((v) => v.toStatus !== 'unmet' || v.unmetReason !== '', { path: ['unmetReason'], error: 'helpRequests.reasonRequired' })
  .refine((v) => v.toStatus !== 'closed' || v.outcome !== '', { path: ['outcome'], error: 'helpRequests.outcomeRequired' });
export type RequestStatusInput = z.infer<typeof requestStatusInput>;

export const residentSearchQuery = z.object({ q: z.string().max(100).optional().catch('').transform((v) => (v ?? '').trim()), draft: z.union([z.literal(''), uuidParam]).optional().catch('') });
export type ResidentSearchQuery = z.infer<typeof residentSearchQuery>;

export const requestListQuery = z.object({
  status: z.union([z.literal(''), choice(helpRequestStatuses)]).optional().catch(''),
  // 「Webから届いた未対応の相談」 on the staff home links to source=public.
  source: z.enum(['', 'public', 'phone']).optional().catch(''),
});
export type RequestListQuery = z.infer<typeof requestListQuery>;

/** The list's filter, and the file's encoding (UTF-8 with a BOM unless Shift_JIS is asked for). */
export const requestExportQuery = requestListQuery.extend({ encoding: z.enum(excelEncodings).catch('utf-8') });
export type RequestExportQuery = z.infer<typeof requestExportQuery>;

export const contactInput = z
  .object({ contactedOn: isoDate, means: choice(contactMeans), note: optionalText({ max: 1000, multiline: true }), followUpOn: optionalIsoDate })
  .refine((v) => !v.followUpOn || v.followUpOn >= v.contactedOn, { path: ['followUpOn'], error: 'helpRequests.followUpOrder' });
export type ContactInput = z.infer<typeof contactInput>;

/** 「会う場所」 added on the matching page. */
export const meetingPointInput = z.object({ meetingPoint: requiredText({ max: 200 }) });
