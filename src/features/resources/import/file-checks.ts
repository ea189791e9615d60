// Checks across the cells and rows of a whole file, for what a row on its own
// cannot show: a number Excel turned into 4.00E+12, one name under two IDs,
// and the columns the import did not use. Each is a warning or a notice in
// the dry run, never a refusal: the rows still import as they are.
import type { FormatMatch } from './formats.ts';
import type { FileNotice, ParsedImportRow } from './parse-import.ts';

// Excel shows a long number (法人番号, 事業所番号) as 4.00E+12 and saves it so: its digits are gone.
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?E\+?\d+$/i;

/** Warns, per row, of every cell Excel saved in exponent notation and every cell with bytes no encoding could read (「�」). */
export function warnDamagedCells(rows: ParsedImportRow[], cells: string[][], headers: string[]): void {
  rows.forEach((row, i) => {
    cells[i].forEach((value, index) => {
      const column = headers[index] || `${index + 1}列目`;
      if (SCIENTIFIC.test(value.trim())) row.problems.push({ field: column, messageKey: 'import.scientificNumber', severity: 'warning', params: { column, value: value.trim() } });
      if (value.includes('\uFFFD')) row.problems.push({ field: column, messageKey: 'import.replacementCharacter', severity: 'warning', params: { column, value: value.trim().slice(0, 40) } });
    });
  });
}

/** Warns on a row whose name an earlier row with another ID already has: two listings, or one listed twice? */
export function warnSameNameOtherId(rows: ParsedImportRow[]): void {
  const firstByName = new Map<string, { id: string; line: number }>();
  for (const { resource, problems, line } of rows) {
    if (!resource?.externalId) continue;
    const name = resource.name.normalize('NFKC');
    const first = firstByName.get(name);
    if (!first) firstByName.set(name, { id: resource.externalId, line });
    else if (first.id !== resource.externalId) {
      problems.push({ field: 'name', messageKey: 'import.sameNameOtherId', severity: 'warning', params: { value: resource.name, line: first.line, id: first.id } });
    }
  }
}

/** Notices naming the file's columns no field took: kept as 「見出し: 値」 in the staff note, or left out because other columns say the same. */
export function unusedColumnNotices(match: FormatMatch, readColumns: ReadonlySet<string>): FileNotice[] {
  const ignored = new Set(match.format.ignored ?? []);
  const present = [...match.columnIndex.keys()];
  const kept = [...present.filter((column) => !readColumns.has(column) && !ignored.has(column)), ...match.unknownColumns.map(({ header }) => header)];
  const repeated = present.filter((column) => ignored.has(column) && !readColumns.has(column));
  const notices: FileNotice[] = [];
  if (kept.length > 0) notices.push({ messageKey: 'import.columnsKeptInNote', params: { columns: kept.join('、') } });
  if (repeated.length > 0) notices.push({ messageKey: 'import.columnsRepeated', params: { columns: repeated.join('、') } });
  return notices;
}
