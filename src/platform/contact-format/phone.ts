// Japanese phone and FAX numbers, stored and shown in national format
// (0166-23-0742). The max metadata knows each area code's length, which the
// hyphen positions depend on (0166-23-0742 but 03-1234-5678).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { normalizeTypedNumber } from './typed-number.ts';

export type PhoneParseResult = { ok: true; value: string } | { ok: false };

// Longer than any real number however it is spaced; anything past it is not one.
const MAX_INPUT_LENGTH = 40;
// Only a domestic number starting with 0, or +81 (written +81 (0)166… too).
// This also refuses letters, extensions and other countries, which the parser
// would otherwise accept.
const DIGITS_ONLY = /^(\+81|0)\d+$/;

/** Reads a Japanese phone number as typed and returns it in national format, or ok: false if it is not a valid Japanese number. */
export function parseJapanesePhone(input: string): PhoneParseResult {
  if (input.length > MAX_INPUT_LENGTH) return { ok: false };
  const compact = normalizeTypedNumber(input).replace(/[\s()-]/g, '');
  if (!DIGITS_ONLY.test(compact)) return { ok: false };
  const phone = parsePhoneNumberFromString(compact, 'JP');
  if (!phone || phone.country !== 'JP' || !phone.isValid()) return { ok: false };
  return { ok: true, value: phone.formatNational() };
}

/** Validates a typed phone or FAX number and outputs it in national format; the message is an i18n key. */
// An empty or missing number asks to be filled in (「入力してください」), not 「形式が正しくありません」.
export const japanesePhoneSchema = z.string({ error: (issue) => (issue.input === undefined ? 'validation.required' : 'validation.phone') }).transform((input, ctx) => {
  if (input.normalize('NFKC').trim() === '') {
    ctx.addIssue({ code: 'custom', message: 'validation.required' });
    return z.NEVER;
  }
  const result = parseJapanesePhone(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: 'validation.phone' });
    return z.NEVER;
  }
  return result.value;
});
