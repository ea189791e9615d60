import { z } from 'zod';
import { arrivalNoticeTargets } from '../arrival-notices/service.ts';
import { japanesePhoneSchema } from '../../platform/contact-format/phone.ts';
import { postalCodeSchema } from '../../platform/contact-format/postal-code.ts';
import { emailAddress, emptyOr, optionalText, readingText, requiredText } from '../../platform/validation/fields.ts';

export const tenantSettingsInput = z.object({
  name: requiredText({ max: 100 }),
  nameReading: readingText({ max: 100, required: false }),
  officeName: optionalText({ max: 200 }),
  phone: emptyOr(japanesePhoneSchema),
  fax: emptyOr(japanesePhoneSchema),
  email: emptyOr(emailAddress),
  postalCode: emptyOr(postalCodeSchema),
  address: optionalText({ max: 300 }),
  // Left out (older clients), it is the default of five years.
  residentDataRetentionYears: z.preprocess(
    (v) => (v === undefined || v === '' ? 5 : v),
    z.coerce.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(1, { error: 'settings.retentionRange' }).max(30, { error: 'settings.retentionRange' }),
  ),
  // Left out (older clients), notices go to the area's coordinator and name nobody.
  arrivalNoticeTo: z.enum(arrivalNoticeTargets, { error: 'validation.choice' }).default('coordinator'),
  arrivalNoticeNamesPerson: z.preprocess((v) => v === 'on' || v === true, z.boolean()),
  confirmationIntervalMonths: z.coerce.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(1, { error: 'validation.number' }).max(60, { error: 'validation.number' }),
});
export type TenantSettingsInput = z.infer<typeof tenantSettingsInput>;
