import { z } from 'zod';
import { excelEncodings } from '../../../platform/csv/excel-csv.ts';
import { isoDate, optionalText, requiredText } from '../../../platform/validation/fields.ts';
import { paymentStatuses } from '../registrations/schema.ts';
import { registrationStatuses } from '../registrations/status.ts';

/** Filters of the participants list (and of its CSV export and bulk mail). */
export const participantFilters = z.object({
  status: z.union([z.literal(''), z.literal('active'), z.enum(registrationStatuses)]).default('active'),
  payment: z.union([z.literal(''), z.enum(paymentStatuses)]).default(''),
  q: z.string().max(100).default(''),
});
export type ParticipantFilters = z.infer<typeof participantFilters>;

export const exportQuery = participantFilters.extend({ encoding: z.enum(excelEncodings).default('utf-8') });

/** Staff record a payment (or waive, refund, or undo it) for one application. */
export const paymentInput = z.object({
  paymentStatus: z.enum(['unpaid', 'paid', 'waived', 'refunded'], { error: 'validation.choice' }),
  paidOn: z.union([z.literal(''), isoDate]).default(''),
  amountYen: z
    .string()
    .default('')
    .transform((s) => s.normalize('NFKC').replace(/[,円\s]/g, ''))
    .pipe(z.union([z.literal(''), z.string().regex(/^\d{1,7}$/, { error: 'events.payment.amountInvalid' })]))
    .transform((s) => (s === '' ? null : Number(s))),
  note: optionalText({ max: 200 }),
});
export type PaymentInput = z.infer<typeof paymentInput>;

/** A message to every participant the filters select. */
export const announcementInput = participantFilters.extend({
  subject: requiredText({ max: 120 }),
  body: requiredText({ max: 5000, multiline: true }),
});
export type AnnouncementInput = z.infer<typeof announcementInput>;

/** The bank-transfer file as pasted or uploaded, then the rows the person confirmed. */
export const bankImportInput = z.object({ csvText: z.string().min(1, { error: 'events.bank.empty' }).max(2_000_000, { error: 'events.bank.tooLarge' }) });
