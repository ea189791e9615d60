import { z } from 'zod';
import { excelEncodings } from '../../platform/csv/excel-csv.ts';
import { coordinatesPairProblem, coordinatesPaired, optionalCoordinates } from '../../platform/geo/position.ts';
import { japanesePhoneSchema } from '../../platform/contact-format/phone.ts';
import { postalCodeSchema } from '../../platform/contact-format/postal-code.ts';
import { emailAddress, emptyOr, isoDate, optionalIsoDate, optionalText, readingText, requiredText, uuidParam } from '../../platform/validation/fields.ts';
import { ageBands, availabilityKeys, travelMeans, travelRanges, volunteerStatuses } from './vocabulary.ts';

// A checkbox group arrives as nothing, one string or several.
function listOf<T extends z.ZodType>(item: T) {
  return z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));
}

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.choice' });

const volunteerFields = {
  name: requiredText({ max: 100 }),
  nameReading: readingText({ max: 100, required: true }),
  ageBand: choice(ageBands),
  phone: emptyOr(japanesePhoneSchema),
  email: emptyOr(emailAddress),
  postalCode: emptyOr(postalCodeSchema),
  address: optionalText({ max: 200 }),
  districtId: z.uuid({ error: 'validation.choice' }),
  helpTypeIds: listOf(z.uuid({ error: 'validation.choice' })).pipe(z.array(z.string()).min(1, { error: 'volunteers.helpTypesRequired' })),
  availability: listOf(z.string().refine((v) => availabilityKeys.includes(v), { error: 'validation.choice' })),
  travelRange: choice(travelRanges),
  travelMeans: listOf(choice(travelMeans)),
  notes: optionalText({ max: 1000, multiline: true }),
};

// Coordinators call back, so a volunteer must leave a phone number or an address for mail.
const needsContact = (v: { phone?: unknown; email?: unknown }) => Boolean(v.phone) || Boolean(v.email);
const contactProblem = { path: ['phone'], error: 'volunteers.contactRequired', when: () => true };

// Volunteers burn out: each says how many assignments a month they can take.
const monthlyAssignmentLimit = z.coerce
  .number({ error: 'validation.number' })
  .int({ error: 'validation.number' })
  .min(1, { error: 'volunteers.limitRange' })
  .max(31, { error: 'volunteers.limitRange' });

/** The public application form (応募). */
export const volunteerApplicationInput = z
  .object({
    ...volunteerFields,
    // A district, or 「わからない」: then the address decides, or the office sorts it out.
    districtId: z.union([z.literal('unknown'), z.uuid()], { error: 'validation.choice' }),
    consent: z.string({ error: 'volunteers.consentRequired' }).refine((v) => v === 'on', { error: 'volunteers.consentRequired' }),
  })
  .refine(needsContact, contactProblem)
  .transform(({ consent: _consent, ...rest }) => rest);
export type VolunteerApplicationInput = z.infer<typeof volunteerApplicationInput>;

/** Staff entering or correcting a volunteer, from paper or a phone call. */
export const volunteerInput = z
  .object({
    ...volunteerFields,
    ...optionalCoordinates,
    monthlyAssignmentLimit,
  })
  .refine(needsContact, contactProblem)
  .refine(coordinatesPaired, coordinatesPairProblem);
export type VolunteerInput = z.infer<typeof volunteerInput>;

/** Staff entry of a new volunteer also says when they applied (today if left empty). */
export const newVolunteerInput = z
  .object({ ...volunteerFields, ...optionalCoordinates, monthlyAssignmentLimit, appliedOn: optionalIsoDate })
  .refine(needsContact, contactProblem)
  .refine(coordinatesPaired, coordinatesPairProblem);
export type NewVolunteerInput = z.infer<typeof newVolunteerInput>;

export const statusChangeInput = z.object({
  toStatus: choice(volunteerStatuses),
  onDate: isoDate,
  note: optionalText({ max: 500 }),
});
export type StatusChangeInput = z.infer<typeof statusChangeInput>;

export const insuranceInput = z.object({ insuranceEnrolledOn: optionalIsoDate });
export type InsuranceInput = z.infer<typeof insuranceInput>;

export const volunteerListQuery = z.object({
  status: z.union([z.literal(''), choice(volunteerStatuses)]).optional().catch(''),
  areaId: z.union([z.literal(''), uuidParam]).optional().catch(''),
});
export type VolunteerListQuery = z.infer<typeof volunteerListQuery>;

/** The list's filter, and the file's encoding (UTF-8 with a BOM unless Shift_JIS is asked for). */
export const volunteerExportQuery = volunteerListQuery.extend({ encoding: z.enum(excelEncodings).catch('utf-8') });
export type VolunteerExportQuery = z.infer<typeof volunteerExportQuery>;

export const helpTypeInput = z.object({
  name: requiredText({ max: 50 }),
  nameReading: readingText({ max: 50, required: true }),
});
export type HelpTypeInput = z.infer<typeof helpTypeInput>;

/** The API's list filter: the same choices, refused rather than ignored when wrong. */
export const volunteerApiQuery = z.object({
  status: choice(volunteerStatuses).optional(),
  areaId: uuidParam.optional(),
});
