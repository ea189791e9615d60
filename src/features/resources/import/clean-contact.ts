// Cleaning rules for contact cells: phone and FAX numbers, e-mail, URL and
// postal codes, including what spreadsheets and the MHLW data do to them.
import { parseJapanesePhone } from '../../../platform/contact-format/phone.ts';
import { parsePostalCode } from '../../../platform/contact-format/postal-code.ts';
import { emailAddress } from '../../../platform/validation/fields.ts';
import { cleanLine, padDigits } from './clean-text.ts';

/** A cleaned contact value: what fits the field, and any text that did not (to keep in notes). */
export type ContactResult = { value: string; leftover: string };

// Annotations publishers add around a number: TEL:, （代表）, (FAX兼用).
const PHONE_PREFIX = /^(tel|電話|℡|☎)\s*[:.]?\s*/i;
const ANNOTATION = /\([^)\d]*\)/g;

function tryPhone(text: string): string | null {
  const candidate = text.replace(PHONE_PREFIX, '').replace(ANNOTATION, '').trim();
  const result = parseJapanesePhone(candidate);
  if (result.ok) return result.value;
  // A spreadsheet that stored the number as a number dropped its leading 0.
  if (/^[1-9]\d{8,9}$/.test(candidate)) {
    const padded = parseJapanesePhone(`0${candidate}`);
    if (padded.ok) return padded.value;
  }
  return null;
}

/** Reads a phone or FAX cell through parseJapanesePhone; with several numbers the first valid one is used and the rest is leftover. */
export function cleanPhone(text: string): ContactResult {
  const line = cleanLine(text);
  if (line === '') return { value: '', leftover: '' };
  const whole = tryPhone(line);
  if (whole) return { value: whole, leftover: '' };
  const pieces = line.split(/\s*[/,、]\s*|\s+(?:または|又は|or)\s+/i).filter((piece) => piece !== '');
  const index = pieces.findIndex((piece) => tryPhone(piece) !== null);
  if (index < 0) return { value: '', leftover: line };
  return { value: tryPhone(pieces[index]) ?? '', leftover: pieces.filter((_, i) => i !== index).join(' / ') };
}

/** Reads an e-mail cell (mailto: and full-width letters allowed), lower-cased; anything else is leftover. */
export function cleanEmail(text: string): ContactResult {
  const line = cleanLine(text).replace(/^mailto:/i, '');
  if (line === '') return { value: '', leftover: '' };
  const result = emailAddress.safeParse(line);
  return result.success ? { value: result.data, leftover: '' } : { value: '', leftover: line };
}

/** What a URL cell really held: the MHLW data has e-mail addresses and phone numbers in its URL column. */
export type WebAddressResult = { url: string; email: string; phone: string; leftover: string };

/** Sorts a URL cell into url, email or phone; www.… gains http://; anything else is leftover. */
export function sortWebAddress(text: string): WebAddressResult {
  const result: WebAddressResult = { url: '', email: '', phone: '', leftover: '' };
  const line = cleanLine(text);
  if (line === '') return result;
  if (/^https?:\/\/\S+$/i.test(line) && line.length <= 500) return { ...result, url: line };
  if (/^www\.\S+\.\S+$/i.test(line)) return { ...result, url: `http://${line}` };
  if (line.includes('@')) {
    const email = cleanEmail(line);
    if (email.value) return { ...result, email: email.value };
  }
  const phone = tryPhone(line);
  if (phone) return { ...result, phone };
  return { ...result, leftover: line };
}

/** Reads a postal code as 070-0000, restoring the leading zero a spreadsheet dropped (700000 → 070-0000); anything else is leftover. */
export function cleanPostalCode(text: string): ContactResult {
  const line = cleanLine(text);
  if (line === '') return { value: '', leftover: '' };
  const result = parsePostalCode(padDigits(line, 7));
  return result.ok ? { value: result.value, leftover: '' } : { value: '', leftover: line };
}
