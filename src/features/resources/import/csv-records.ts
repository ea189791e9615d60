// Delimited text to records, read the way Excel and LibreOffice open it:
// CRLF, LF and CR end a record in any mix (CKAN portals write a CRLF header
// above LF rows), a quoted field may hold line breaks and "" quotes, a quote
// inside an unquoted field is a plain character, and text after a closing
// quote joins the field. A general CSV library refuses several of these, and
// a truncated file needs to know where its last record began, so the few
// rules are written out here.

/** One record: its cells, the physical line it starts on (from 1), and whether a line break ended it. */
export type CsvRecord = { cells: string[]; line: number; hasLineBreak: boolean };

/** Every record, and the quote left open at the end of the text, if any (the last record then holds what followed it). */
export type CsvRecords = { records: CsvRecord[]; openQuote: { line: number; text: string } | null };

const LINE_BREAK = /\r\n|\r|\n/g;

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/** Splits text into records; spaces (and tabs, unless they separate) around an unquoted field or a quote are trimmed. */
export function readCsvRecords(text: string, delimiter: string): CsvRecords {
  const isBlank = (char: string) => char === ' ' || (char === '\t' && delimiter !== '\t');
  // An unquoted field runs to the next delimiter or line break.
  const unquoted = new RegExp(`[^${delimiter === '\t' ? '\\t' : delimiter}\\r\\n]*`, 'y');
  const records: CsvRecord[] = [];
  let openQuote: CsvRecords['openQuote'] = null;
  let cells: string[] = [];
  let recordLine = 1;
  let line = 1;
  let at = 0;
  while (at < text.length) {
    let start = at;
    while (start < text.length && isBlank(text[start])) start++;
    let value: string;
    if (text[start] === '"') {
      const quoted = readQuoted(text, start + 1);
      if (quoted.isOpen) openQuote = { line, text: text.slice(start, start + 40).split(/[\r\n]/)[0] };
      line += countLineBreaks(quoted.value);
      unquoted.lastIndex = quoted.end;
      // LibreOffice keeps what follows a closing quote: "10時"から → 10時から.
      value = quoted.value + (unquoted.exec(text)?.[0] ?? '').trimEnd();
      at = unquoted.lastIndex;
    } else {
      unquoted.lastIndex = at;
      value = (unquoted.exec(text)?.[0] ?? '').replace(/^[ \t]+|[ \t]+$/g, '');
      at = unquoted.lastIndex;
    }
    cells.push(value);
    if (text[at] === delimiter) {
      at++;
      if (at === text.length) cells.push('');
      continue;
    }
    const breakLength = text.startsWith('\r\n', at) ? 2 : at < text.length ? 1 : 0;
    records.push({ cells, line: recordLine, hasLineBreak: breakLength > 0 });
    at += breakLength;
    line += breakLength > 0 ? 1 : 0;
    recordLine = line;
    cells = [];
  }
  if (cells.length > 0) records.push({ cells, line: recordLine, hasLineBreak: false });
  return { records, openQuote };
}

function readQuoted(text: string, from: number): { value: string; end: number; isOpen: boolean } {
  let value = '';
  let at = from;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return { value: value + text.slice(at), end: text.length, isOpen: true };
    value += text.slice(at, quote);
    if (text[quote + 1] !== '"') return { value, end: quote + 1, isOpen: false };
    value += '"';
    at = quote + 2;
  }
}
