// PostgreSQL's COPY text format, for loading many rows into PGlite at once
// (bulk-rows.ts). One line a row, fields separated by tabs, \N for NULL,
// and backslash escapes for the characters that would end a field or a line.

/** How a column's values are written: as they are, as a JSON document, or as an array literal. */
export type CopyValueKind = 'scalar' | 'json' | 'array';

const fieldEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const FIELD_SPECIALS = /[\\\t\n\r]/g;
const ELEMENT_SPECIALS = /["\\]/g;

function escapeField(text: string): string {
  return text.replace(FIELD_SPECIALS, (ch) => fieldEscapes[ch]!);
}

function scalarText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return String(value);
}

// Every element quoted: an unquoted element would be read as NULL when it
// spells "NULL", and split where it holds a comma or a brace.
function arrayLiteral(values: unknown[]): string {
  const elements = values.map((v) => (v === null || v === undefined ? 'NULL' : `"${scalarText(v).replace(ELEMENT_SPECIALS, (ch) => `\\${ch}`)}"`));
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
  let text = '';
  for (const row of rows) text += `${columns.map((c) => copyField(row[c.key], c.kind)).join('\t')}\n`;
  return text;
}
