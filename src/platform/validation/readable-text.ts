// NUL cannot be stored in PostgreSQL text, and a lone surrogate cannot be
// written as UTF-8: either would fail deep in a query or a file export.
const unreadable = /\u0000|\p{Cs}/u;

/** True when text holds no NUL and no lone surrogate. */
export function isReadableText(text: string): boolean {
  return !unreadable.test(text);
}

/** One application/x-www-form-urlencoded part decoded, or null when its bytes are not UTF-8. */
export function decodeFormPart(part: string): string | null {
  try {
    return decodeURIComponent(part.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/** True when every name and value of a query string or urlencoded body is readable UTF-8 text. */
export function isReadableFormText(encoded: string): boolean {
  for (const pair of encoded.split('&')) {
    for (const part of pair.split('=')) {
      const decoded = decodeFormPart(part);
      if (decoded === null || !isReadableText(decoded)) return false;
    }
  }
  return true;
}

/** True when every string in a parsed JSON value, keys included, is readable. */
export function isReadableJson(value: unknown): boolean {
  if (typeof value === 'string') return isReadableText(value);
  if (Array.isArray(value)) return value.every(isReadableJson);
  if (value && typeof value === 'object') return Object.entries(value).every(([key, v]) => isReadableText(key) && isReadableJson(v));
  return true;
}
