import { z } from 'zod';
import { japanesePhoneSchema } from '../../../platform/contact-format/phone.ts';
import { japanDateTimeToInstant } from '../../../platform/wareki/japan-time.ts';
import { emailAddress, emptyOr, isoDate, messageWithParams, optionalText, readingText, requiredText } from '../../../platform/validation/fields.ts';
import { eventKinds, eventStatuses } from '../schema.ts';

export const sessionDeliveries = ['in_person', 'live', 'on_demand'] as const;

/** A date-time typed in Japan time ('YYYY-MM-DDTHH:mm'), as the instant it names. */
export const japanDateTime = z
  .string({ error: 'validation.required' })
  .transform((s, ctx) => {
    if (s.trim() === '') {
      ctx.addIssue({ code: 'custom', message: 'validation.required' });
      return z.NEVER;
    }
    const instant = japanDateTimeToInstant(s);
    if (!instant) {
      ctx.addIssue({ code: 'custom', message: 'events.mgmt.dateTime' });
      return z.NEVER;
    }
    return instant;
  });

/** Like japanDateTime, but empty means "not set" (null). */
export const optionalJapanDateTime = z
  .union([z.literal(''), z.null(), japanDateTime])
  .optional()
  .transform((v) => (v instanceof Date ? v : null));

const webAddress = emptyOr(
  z
    .string()
    .trim()
    .max(500, { error: messageWithParams('validation.tooLong', { max: 500 }) })
    .refine((s) => /^https?:\/\/[^\s]+$/.test(s), { error: 'events.mgmt.url' }),
);

const yen = z.coerce.number({ error: 'validation.number' }).int({ error: 'events.mgmt.yen' }).min(0, { error: 'events.mgmt.yen' }).max(10_000_000, { error: 'events.mgmt.yen' });

const optionalWholeNumber = (min: number, max: number, message: string) =>
  z
    .union([z.literal(''), z.null(), z.coerce.number({ error: 'validation.number' }).int({ error: message }).min(min, { error: message }).max(max, { error: message })])
    .optional()
    .transform((v) => (typeof v === 'number' ? v : null));

const flag = z.boolean().default(false);

// A number of hours; an emptied field falls back to the usual value.
const hours = (min: number, max: number, usual: number) =>
  z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(min, { error: 'validation.number' }).max(max, { error: 'validation.number' }).default(usual));

// A form sends a few blank rows (programme, speakers, questions); a blank row
// arrives as null and is dropped, so a problem's path is the row's own index.
function rows<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item.nullable())
    .max(max)
    .default([])
    .transform((list) => list.filter((entry): entry is NonNullable<typeof entry> => entry !== null));
}

export const sessionSpeakerInput = z.object({
  name: requiredText({ max: 100 }),
  affiliation: optionalText({ max: 200 }),
  role: optionalText({ max: 50 }),
});

export const eventSessionInput = z
  .object({
    delivery: z.enum(sessionDeliveries, { error: 'validation.choice' }),
    startsAt: optionalJapanDateTime,
    endsAt: optionalJapanDateTime,
    durationMinutes: optionalWholeNumber(1, 24 * 60, 'events.mgmt.duration'),
    title: requiredText({ max: 200 }),
    description: optionalText({ max: 4000, multiline: true }),
    speakers: rows(sessionSpeakerInput, 10),
  })
  .refine((s) => !(s.startsAt && s.endsAt) || s.endsAt > s.startsAt, { path: ['endsAt'], error: 'events.mgmt.endsAfterStarts' })
  .refine((s) => (s.startsAt !== null) === (s.endsAt !== null), { path: ['endsAt'], error: 'events.mgmt.sessionTimePair' })
  .refine((s) => s.startsAt !== null || s.durationMinutes !== null, { path: ['durationMinutes'], error: 'events.mgmt.sessionTimeOrDuration' });
export type EventSessionInput = z.infer<typeof eventSessionInput>;

export const eventQuestionInput = z
  .object({
    id: z.string().max(50).default(''),
    label: requiredText({ max: 200 }),
    kind: z.enum(['text', 'choice'], { error: 'validation.choice' }).default('text'),
    options: z.array(requiredText({ max: 100 })).max(20).default([]),
    required: flag,
  })
  .refine((q) => q.kind !== 'choice' || q.options.length >= 2, { path: ['options'], error: 'events.mgmt.choiceOptions' });

export const participantTypeInput = z.object({
  id: z.string().max(50).default(''),
  label: requiredText({ max: 100 }),
  feeYen: yen,
});

const eventFields = z.object({
  title: requiredText({ max: 200 }),
  titleReading: readingText({ max: 200, required: false }),
  kind: z.enum(eventKinds, { error: 'validation.choice' }),
  isVolunteerTraining: flag,
  organiser: optionalText({ max: 200 }),
  description: optionalText({ max: 10_000, multiline: true }),
  targetAudience: optionalText({ max: 2000, multiline: true }),
  startsAt: japanDateTime,
  endsAt: japanDateTime,
  inPerson: flag,
  venueName: optionalText({ max: 200 }),
  venueAddress: optionalText({ max: 300 }),
  venueAccess: optionalText({ max: 2000, multiline: true }),
  liveOnline: flag,
  liveUrl: webAddress,
  liveNotes: optionalText({ max: 4000, multiline: true }),
  onDemand: flag,
  onDemandUrl: webAddress,
  onDemandMaterialsUrl: webAddress,
  onDemandFrom: optionalJapanDateTime,
  onDemandUntil: optionalJapanDateTime,
  capacity: optionalWholeNumber(1, 100_000, 'events.mgmt.capacity'),
  feeYen: yen.default(0),
  participantTypes: rows(participantTypeInput, 10),
  applicationOpensAt: japanDateTime,
  applicationClosesAt: japanDateTime,
  paymentDueAt: optionalJapanDateTime,
  paymentInstructions: optionalText({ max: 4000, multiline: true }),
  cancellationPolicy: optionalText({ max: 2000, multiline: true }),
  selfCancelHours: hours(0, 24 * 60, 24),
  offerHours: hours(1, 24 * 30, 48),
  questions: rows(eventQuestionInput, 20),
  contactName: optionalText({ max: 200 }),
  contactPhone: emptyOr(japanesePhoneSchema),
  contactFax: emptyOr(japanesePhoneSchema),
  contactEmail: emptyOr(emailAddress),
  sessions: rows(eventSessionInput, 40),
});

/** Every field of an event and its programme, with the rules that hold between fields. */
export const createEventInput = eventFields
  .refine((e) => e.endsAt > e.startsAt, { path: ['endsAt'], error: 'events.mgmt.endsAfterStarts' })
  .refine((e) => e.applicationClosesAt > e.applicationOpensAt, { path: ['applicationClosesAt'], error: 'events.mgmt.closesAfterOpens' })
  .refine((e) => e.applicationClosesAt <= e.startsAt, { path: ['applicationClosesAt'], error: 'events.mgmt.closesBeforeStart' })
  .refine((e) => !(e.onDemandFrom && e.onDemandUntil) || e.onDemandFrom <= e.onDemandUntil, { path: ['onDemandUntil'], error: 'events.mgmt.onDemandWindow' })
  .refine((e) => !e.onDemand || (e.onDemandFrom !== null && e.onDemandUntil !== null), { path: ['onDemandUntil'], error: 'events.mgmt.onDemandWindowRequired' })
  .refine((e) => e.inPerson || e.liveOnline || e.onDemand, { path: ['inPerson'], error: 'events.mgmt.deliveryRequired' });
export type CreateEventInput = z.infer<typeof createEventInput>;

/** Cancelling or postponing: the notice every applicant receives and the public page shows. */
export const eventChangeInput = z.object({
  change: z.enum(['cancelled', 'postponed'], { error: 'validation.choice' }),
  notice: requiredText({ max: 2000, multiline: true }),
});
export type EventChangeInput = z.infer<typeof eventChangeInput>;

export const staffEventListQuery = z.object({
  when: z.enum(['upcoming', 'past']).catch('upcoming'),
  status: z.enum(eventStatuses).optional().catch(undefined),
});
export type StaffEventListQuery = z.infer<typeof staffEventListQuery>;

/** A range of Japan calendar days for public lists: from (default today) to (inclusive). */
export const eventRangeQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .refine((q) => !(q.from && q.to) || q.from <= q.to, { path: ['to'], error: 'validation.dateOrder' });
export type EventRangeQuery = z.infer<typeof eventRangeQuery>;

/** The instants a day range covers: from midnight of `from` (else now) to the midnight after `to`. */
export function rangeOfDays(query: EventRangeQuery, now: Date): { from: Date; to?: Date } {
  const midnight = (day: string) => japanDateTimeToInstant(`${day}T00:00`)!;
  const from = query.from ? midnight(query.from) : now;
  if (!query.to) return { from };
  const to = midnight(query.to);
  return { from, to: new Date(to.getTime() + 24 * 60 * 60_000) };
}
