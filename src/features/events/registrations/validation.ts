import { z } from 'zod';
import { japanesePhoneSchema } from '../../../platform/contact-format/phone.ts';
import { prefectures } from '../../../platform/japanese-text/prefectures.ts';
import { emailAddress, optionalText, readingText, requiredText } from '../../../platform/validation/fields.ts';

/** The roles applicants choose from; the national conference asks coordinators, administrations, NPOs and 社協. */
export const applicantRoles = ['coordinator', 'government', 'npo', 'shakyo', 'care_center', 'care_provider', 'volunteer', 'resident', 'other'] as const;
export type ApplicantRole = (typeof applicantRoles)[number];

/** As many answers as an event can have questions (the event form takes 20), each one line or a few. */
export const answerLimits = { keys: 20, idLength: 64, textLength: 2000 } as const;
const answers = z
  .record(z.string().max(answerLimits.idLength, { error: 'events.apply.unknownQuestion' }), optionalText({ max: answerLimits.textLength, multiline: true }))
  .refine((a) => Object.keys(a).length <= answerLimits.keys, { error: 'events.apply.tooManyAnswers' })
  .default({});

/** The public application form and the API body. Event-specific answers arrive as `q_<questionId>`. */
export const applicationInput = z.object({
  name: requiredText({ max: 100 }),
  nameReading: readingText({ max: 100, required: true }),
  organisation: optionalText({ max: 200 }),
  role: z.enum(applicantRoles, { error: 'validation.choice' }),
  prefecture: z.enum(prefectures as [string, ...string[]], { error: 'validation.choice' }),
  municipality: optionalText({ max: 50 }),
  email: emailAddress,
  phone: japanesePhoneSchema,
  participantTypeId: optionalText({ max: 50 }),
  answers,
  consent: z.boolean().refine((agreed) => agreed, { error: 'events.apply.consentRequired' }),
  // A random key rendered into each form: the same form sent twice (a double
  // click, a retry) is one application.
  submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, { error: 'validation.invalid' }),
});
export type ApplicationInput = z.infer<typeof applicationInput>;

/** Turns the flat form body into the application shape (checkbox → boolean, q_* → answers). */
export function applicationFromForm(body: Record<string, string | string[]>): unknown {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : undefined);
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith('q_')) answers[key.slice(2)] = Array.isArray(value) ? value.join('、') : value;
  }
  return {
    name: text('name'),
    nameReading: text('nameReading'),
    organisation: text('organisation'),
    role: text('role'),
    prefecture: text('prefecture'),
    municipality: text('municipality'),
    email: text('email'),
    phone: text('phone'),
    participantTypeId: text('participantTypeId'),
    answers,
    consent: text('consent') === 'on' || text('consent') === 'true',
    submissionKey: text('submissionKey'),
  };
}
