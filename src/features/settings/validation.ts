import { z } from 'zod';
import { japanesePhoneSchema } from '../../platform/contact-format/phone.ts';
import { postalCodeSchema } from '../../platform/contact-format/postal-code.ts';
import { emailAddress, optionalText, readingText, requiredText } from '../../platform/validation/fields.ts';

const orEmpty = <T extends z.ZodType>(inner: T) =>
  z.union([z.literal('').transform(() => ''), inner]).optional().transform((v) => (v ?? '') as string);

export const tenantSettingsInput = z.object({
  name: requiredText({ max: 100 }),
  nameReading: readingText({ max: 100, required: false }),
  officeName: optionalText({ max: 200 }),
  phone: orEmpty(japanesePhoneSchema),
  fax: orEmpty(japanesePhoneSchema),
  email: orEmpty(emailAddress),
  postalCode: orEmpty(postalCodeSchema),
  address: optionalText({ max: 300 }),
  confirmationIntervalMonths: z.coerce.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(1, { error: 'validation.number' }).max(60, { error: 'validation.number' }),
});
export type TenantSettingsInput = z.infer<typeof tenantSettingsInput>;
