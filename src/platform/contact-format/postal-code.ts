// Japanese postal codes, stored as 070-0000 and shown as 〒070-0000.
import { z } from 'zod';
import { normalizeTypedNumber } from './typed-number.ts';

export type PostalCodeParseResult = { ok: true; value: string } | { ok: false };

// The 〒 mark is optional and the hyphen, if any, sits after the third digit.
const POSTAL_CODE = /^〒? ?(\d{3})[- ]?(\d{4})$/;

/** Reads a postal code as typed (0700000, 〒070-0000, ０７０－００００) and returns it as 070-0000, or ok: false. */
export function parsePostalCode(input: string): PostalCodeParseResult {
  // NFKC also turns the circled mark 〶 into 〒.
  const match = POSTAL_CODE.exec(normalizeTypedNumber(input));
  if (!match) return { ok: false };
  return { ok: true, value: `${match[1]}-${match[2]}` };
}

/** Shows a postal code with its mark, 〒070-0000; text that is not a postal code is shown as it is. */
export function formatPostalCode(value: string): string {
  const result = parsePostalCode(value);
  // Showing a bad imported value beats failing the page that displays it.
  return result.ok ? `〒${result.value}` : value;
}

/** Validates a typed postal code and outputs it as 070-0000; the message is an i18n key. */
export const postalCodeSchema = z.string({ error: 'validation.postalCode' }).transform((input, ctx) => {
  const result = parsePostalCode(input);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: 'validation.postalCode' });
    return z.NEVER;
  }
  return result.value;
});
