// PostgreSQL's COPY text format, for loading many rows into PGlite at once
// (bulk-rows.ts). One line a row, fields separated by tabs, \N for NULL,
// and backslash escapes for the characters that would end a field or a line.

/** How a column's values are written: as they are, as a JSON document, or as an array literal. */
export type CopyValueKind = 'scalar' | 'json' | 'array';

const fieldEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const FIELD_SPECIALS = /[\\\t\n\r]/g;
const HAS_FIELD_SPECIAL = /[\\\t\n\r]/;
const ELEMENT_SPECIALS = /["\\]/g;
const HAS_ELEMENT_SPECIAL = /["\\]/;

// Most text has nothing to escape; testing first spares building a copy of
// every field (10,000 listings carry two million search keys).
function escapeField(text: string): string {
  return HAS_FIELD_SPECIAL.test(text) ? text.replace(FIELD_SPECIALS, (ch) => fieldEscapes[ch]!) : text;
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value);
}

// Every element quoted: an unquoted element would be read as NULL when it
// spells "NULL", and split where it holds a comma or a brace.
function arrayLiteral(values: unknown[]): string {
  const texts = values.map((value) => (value === null || value === undefined ? null : scalarText(value)));
  if (!texts.includes(null) && !HAS_ELEMENT_SPECIAL.test(texts.join(''))) return texts.length ? `{"${texts.join('","')}"}` : '{}';
  const elements = texts.map((text) => (text === null ? 'NULL' : `"${text.replace(ELEMENT_SPECIALS, (ch) => `\\${ch}`)}"`));
  return `{${elements.join(',')}}`;
}

/** One field of a COPY text line. */
export function copyField(value: unknown, kind: CopyValueKind): string {
  if (value === null || value === undefined) return '\\N';
  if (kind === 'json') return escapeField(JSON.stringify(value));
  if (kind === 'array') return escapeField(arrayLiteral(value as unknown[]));
  return escapeField(scalarText(value));
}

/** The rows as COPY text: `columns` name the keys to read from each row, in order, with how each is written. */
export function copyText(rows: Record<string, unknown>[], columns: { key: string; kind: CopyValueKind }[]): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(columns.map((c) => copyField(row[c.key], c.kind)).join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
