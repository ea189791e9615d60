import { z } from 'zod';
import { japanesePhoneSchema } from '../../../platform/contact-format/phone.ts';
import { emptyOr, optionalText, requiredText } from '../../../platform/validation/fields.ts';

/** What a provider may propose through their link: the things that change most. */
export const providerProposalInput = z.object({
  description: optionalText({ max: 4000, multiline: true }),
  scheduleText: optionalText({ max: 200 }),
  costText: optionalText({ max: 200 }),
  phone: emptyOr(japanesePhoneSchema),
  statusNotice: optionalText({ max: 100 }),
  message: optionalText({ max: 2000, multiline: true }),
  submitterName: optionalText({ max: 100 }),
});
export type ProviderProposalInput = z.infer<typeof providerProposalInput>;

/** 「情報の修正を提案」 from anyone: a message, and optionally who they are. */
export const publicSuggestionInput = z.object({
  message: requiredText({ max: 2000, multiline: true }),
  submitterName: optionalText({ max: 100 }),
  submitterContact: optionalText({ max: 200 }),
});
export type PublicSuggestionInput = z.infer<typeof publicSuggestionInput>;
