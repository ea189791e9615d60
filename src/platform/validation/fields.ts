import { z } from 'zod';

// Zod messages are catalog keys; parameters travel in a query-string tail
// ("validation.tooLong?max=100") so one message string survives zod intact
// and is translated where it is shown.
export function messageWithParams(key: string, params: Record<string, string | number>): string {
  return `${key}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
}

const CATALOG_KEY = /^[a-z][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)+$/;

/** Splits a message produced by messageWithParams back into key and parameters. */
export function splitMessage(message: string): { key: string; params: Record<string, string> } {
  const at = message.indexOf('?');
  // Only a catalog key may carry a tail: literal text keeps its question marks.
  if (at < 0 || !CATALOG_KEY.test(message.slice(0, at))) return { key: message, params: {} };
  return { key: message.slice(0, at), params: Object.fromEntries(new URLSearchParams(message.slice(at + 1))) };
}

// C0/C1 controls except tab, line feed and carriage return, plus the
// direction overrides that can disguise text.
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const lineBreaks = /[\r\n]/;

type TextOptions = { max: number; min?: number; multiline?: boolean };

/** A required single- or multi-line text: trimmed, no control characters, bounded length. */
export function requiredText({ max, min = 1, multiline = false }: TextOptions) {
  return z
    .string({ error: 'validation.required' })
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(min, { error: min === 1 ? 'validation.required' : messageWithParams('validation.tooShort', { min }) })
        .max(max, { error: messageWithParams('validation.tooLong', { max }) })
        .refine((s) => !forbiddenControls.test(s) && (multiline || !lineBreaks.test(s)), {
          error: 'validation.controlCharacters',
        }),
    );
}

/** Like requiredText but an empty value becomes ''. */
export function optionalText(options: TextOptions) {
  return z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim())
    .pipe(
      z
        .string()
        .max(options.max, { error: messageWithParams('validation.tooLong', { max: options.max }) })
        .refine((s) => !forbiddenControls.test(s) && (options.multiline || !lineBreaks.test(s)), {
          error: 'validation.controlCharacters',
        }),
    );
}

/** A ふりがな: kana, prolonged sound mark, middle dot and spaces only; with allowAlphanumeric also digits and Latin letters. */
export function readingText({ max, required, allowAlphanumeric = false }: { max: number; required: boolean; allowAlphanumeric?: boolean }) {
  const base = required ? requiredText({ max }) : optionalText({ max });
  const allowed = allowAlphanumeric ? /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s　0-9A-Za-z]+$/u : /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s　]+$/u;
  return base.refine((s) => s === '' || allowed.test(s.normalize('NFKC')), {
    error: allowAlphanumeric ? 'validation.readingAlphanumeric' : 'validation.reading',
  });
}

export const emailAddress = z
  .string({ error: 'validation.required' })
  .transform((s) => s.normalize('NFKC').trim().toLowerCase())
  // Empty asks to be filled in, not 「形式が正しくありません」.
  .pipe(z.string().min(1, { error: 'validation.required' }))
  .pipe(z.email({ error: 'validation.email' }).max(254, { error: messageWithParams('validation.tooLong', { max: 254 }) }));

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const isoDate = z
  .string({ error: 'validation.date' })
  .transform((s) => s.normalize('NFKC').trim())
  .pipe(z.iso.date({ error: 'validation.date' }));

export const optionalIsoDate = z
  .string()
  .optional()
  .transform((s) => (s ?? '').normalize('NFKC').trim())
  .pipe(z.union([z.literal(''), z.iso.date({ error: 'validation.date' })]))
  .transform((s) => (s === '' ? null : s));

export const uuidParam = z.uuid({ error: 'validation.invalid' });

// Every zod message people can see must be a catalog key: schemas name their
// own; this covers the generic cases (a missing field, a wrong type, a
// number out of range) that no schema bothered to name.
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') return issue.input === undefined ? 'validation.required' : 'validation.invalid';
    if (issue.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'string') return messageWithParams('validation.tooLong', { max: issue.maximum });
    if (issue.code === 'too_small' && issue.origin === 'string') return 'validation.required';
    if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return 'validation.choice';
    return 'validation.invalid';
  },
});

/** A field that may be left empty ('' stays ''), else must pass `inner` (e.g. a phone number). */
export function emptyOr<T extends z.ZodType>(inner: T) {
  return z
    .union([z.literal('').transform(() => ''), inner])
    .optional()
    .transform((v) => (v ?? '') as string);
}
