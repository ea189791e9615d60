// An issue's text goes on public pages, so it must not name or locate anyone.
// These patterns catch what is most often pasted in by mistake from a case
// record: a phone number, a postal code, a house-level address, an e-mail
// address, a person addressed as 〇〇様. They warn; the coordinator decides.
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { normalizeTypedNumber } from '../../platform/contact-format/typed-number.ts';

export const personalDataKinds = ['phone', 'postalCode', 'address', 'email', 'personName'] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

const postalCode = /(〒\s*\d{3}-?\d{4})|(\b\d{3}-\d{4}\b)/;
// Down to the house: 3丁目5番地, 5番12号, 3丁目5-12, 東光5条3丁目 4-1, 1234番地.
const houseAddress = /(\d+\s*丁目\s*\d+)|(\d+\s*番地)|(\d+\s*番\s*\d+\s*号)|(\d+\s*条\s*\d+\s*丁目)|([市区町村郡].{0,12}\d+-\d+(-\d+)?)/u;
const email = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const honorific = /\p{Script=Han}{1,4}\s?様/u;
// Numbers that look like phone numbers even where the parser is unsure (digits and dashes starting with 0).
const phoneLike = /(^|[^\d])0\d{1,4}-\d{1,4}-\d{3,4}([^\d]|$)|(^|[^\d])0[5789]0\d{8}([^\d]|$)/;

/** What in a text looks like personal data; an empty list when nothing does. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const normal = normalizeTypedNumber(text);
  const found = new Set<PersonalDataKind>();
  if (phoneLike.test(normal) || findPhoneNumbersInText(normal, 'JP').length > 0) found.add('phone');
  if (postalCode.test(normal)) found.add('postalCode');
  if (houseAddress.test(normal)) found.add('address');
  if (email.test(normal)) found.add('email');
  if (honorific.test(normal) && !/皆様|各位/.test(normal.match(honorific)![0])) found.add('personName');
  // A postal code is also a phone-like pattern to the parser: report it once.
  if (found.has('postalCode') && !phoneLike.test(normal) && findPhoneNumbersInText(normal.replace(postalCode, ''), 'JP').length === 0) found.delete('phone');
  return personalDataKinds.filter((k) => found.has(k));
}
