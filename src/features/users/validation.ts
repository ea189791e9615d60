import { z } from 'zod';
import { userRoles } from '../../platform/auth/schema.ts';
import { emailAddress, readingText, requiredText } from '../../platform/validation/fields.ts';
import { messageWithParams } from '../../platform/validation/fields.ts';

const newPassword = z
  .string({ error: 'validation.required' })
  .min(12, { error: messageWithParams('validation.tooShort', { min: 12 }) })
  .max(200, { error: messageWithParams('validation.tooLong', { max: 200 }) });

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.boolean()])
  .optional()
  .transform((v) => v === 'on' || v === 'true' || v === true);

export const createUserInput = z.object({
  email: emailAddress,
  displayName: requiredText({ max: 100 }),
  nameReading: readingText({ max: 100, required: false }),
  role: z.enum(userRoles, { error: 'validation.choice' }),
  password: newPassword,
});
export type CreateUserInput = z.infer<typeof createUserInput>;

export const updateUserInput = createUserInput.extend({
  password: z.union([z.literal(''), newPassword]).optional().transform((v) => v || null),
  isActive: checkbox,
});
export type UpdateUserInput = z.infer<typeof updateUserInput>;

export const signInInput = z.object({
  email: z.string({ error: 'validation.required' }).trim().min(1, { error: 'validation.required' }).max(254),
  password: z.string({ error: 'validation.required' }).min(1, { error: 'validation.required' }).max(200),
  next: z.string().max(500).optional(),
});
export type SignInInput = z.infer<typeof signInInput>;
