import { z } from 'zod';
import { japanesePhoneSchema } from '../../platform/contact-format/phone.ts';
import { emailAddress, emptyOr, isoDate, optionalIsoDate, readingText, requiredText, uuidParam } from '../../platform/validation/fields.ts';

export const coordinatorInput = z.object({
  name: requiredText({ max: 100 }),
  nameReading: readingText({ max: 100, required: true }),
  phone: emptyOr(japanesePhoneSchema),
  email: emptyOr(emailAddress),
  userId: z
    .union([z.literal(''), z.null(), uuidParam])
    .optional()
    .transform((v) => (v ? v : null)),
});
export type CoordinatorInput = z.infer<typeof coordinatorInput>;

export const assignmentInput = z
  .object({
    areaId: uuidParam,
    startsOn: isoDate,
    endsOn: optionalIsoDate,
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, { path: ['endsOn'], error: 'validation.dateOrder' });
export type AssignmentInput = z.infer<typeof assignmentInput>;

export const endAssignmentInput = z.object({ endsOn: isoDate });
export type EndAssignmentInput = z.infer<typeof endAssignmentInput>;
