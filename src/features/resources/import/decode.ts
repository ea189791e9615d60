// Bytes of an uploaded file to a table of strings. Coordinators bring CSV
// saved by Excel (Shift_JIS, or UTF-8 with a BOM), CSV downloaded from open
// data portals (UTF-8), "Unicode テキスト" (UTF-16 with tabs) and XLSX.
import ExcelJS from 'exceljs';
import { readCsvRecords, type CsvRecord } from './csv-records.ts';
import { decodeText, startsWith, type TableEncoding } from './decode-text.ts';
import { ImportFileError } from './import-file-error.ts';

export type { TableEncoding } from './decode-text.ts';

/** Why the last row of a file is not whole: it has fewer cells than the header and no line break, a quote is left open, or the bytes end inside a character. */
export type IncompleteReason = 'fewerCells' | 'openQuote' | 'brokenCharacter';

/** A decoded file: the header row and its row number, the non-empty data rows below it, each with its spreadsheet row number, and why the last row is cut short, if it is. */
export type DecodedTable = {
  headerLine: number;
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
  encoding: TableEncoding;
  format: 'csv' | 'xlsx';
  incompleteLastRow: IncompleteReason | null;
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// .xls (Excel 97–2003) is an OLE2 compound file; exceljs cannot read it.
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Chooses the header among the first non-blank rows (a title and a date often sit above it); returns its index in candidates. */
export type HeaderPicker = (candidates: string[][]) => number;

/** How many non-blank rows a header may be preceded by title rows within. */
export const HEADER_CANDIDATES = 10;
const firstRow: HeaderPicker = () => 0;

/** Reads CSV/TSV (UTF-8, UTF-8 with BOM, UTF-16LE, CP932) or the first sheet of an XLSX; throws ImportFileError if unreadable. */
export async function decodeTable(bytes: Buffer, fileName: string, pickHeader: HeaderPicker = firstRow): Promise<DecodedTable> {
  if (bytes.length === 0) throw new ImportFileError('fileEmpty');
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes, pickHeader);
  if (startsWith(bytes, OLE2)) throw new ImportFileError('fileOldExcel');
  const { text, encoding, hasBrokenEnd } = decodeText(bytes);
  const delimiter = encoding === 'utf-16le' || /\.(tsv|txt)$/i.test(fileName) || looksTabSeparated(text) ? '\t' : ',';
  const { records, openQuote } = readCsvRecords(text, delimiter);
  const table = toTable(records.map((record) => record.cells), pickHeader);
  if (openQuote && swallowsRows(records.at(-1)!, delimiter, table.headers.length)) {
    throw new ImportFileError('fileOpenQuote', { line: recordNumberAt(records, openQuote.line), found: openQuote.text });
  }
  const last = records.at(-1)!;
  const isLastARow = table.rowNumbers.at(-1) === records.length;
  const isShort = !last.hasLineBreak && last.cells.length < table.headers.length;
  const reason: IncompleteReason | null = openQuote ? 'openQuote' : hasBrokenEnd ? 'brokenCharacter' : isShort ? 'fewerCells' : null;
  return { ...table, encoding, format: 'csv', incompleteLastRow: isLastARow ? reason : null };
}

// A download cut inside a quoted note leaves the quote open in the last row;
// a stray quote earlier on holds what look like whole rows after it.
function swallowsRows(last: CsvRecord, delimiter: string, columns: number): boolean {
  const [, ...swallowed] = (last.cells.at(-1) ?? '').split(/\r\n|\r|\n/);
  return swallowed.some((line) => line.split(delimiter).length >= Math.max(2, columns));
}

// JSON (RFC 8259) is always UTF-8; a BOM is tolerated because Windows editors add one.
const JSON_OPENERS = new Set([0x5b, 0x7b]); // [ {
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** True when the file is JSON by its content: the first non-space byte, after an optional UTF-8 BOM, is [ or {. */
export function looksLikeJson(bytes: Buffer): boolean {
  let i = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (i < bytes.length && JSON_SPACE.has(bytes[i])) i++;
  return JSON_OPENERS.has(bytes[i]);
}

/** Parses a UTF-8 JSON file (with or without BOM); throws ImportFileError when it is not valid JSON. */
export function decodeJson(bytes: Buffer): { value: unknown; encoding: 'utf-8' | 'utf-8-bom' } {
  const hasBom = startsWith(bytes, UTF8_BOM);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(UTF8_BOM.length) : bytes);
    return { value: JSON.parse(text) as unknown, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    throw new ImportFileError('fileUnreadable');
  }
}

function looksTabSeparated(text: string): boolean {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0);
}

// The row Excel shows a line in: a quoted line break does not start a row.
function recordNumberAt(records: { line: number }[], line: number): number {
  let index = records.length - 1;
  while (index > 0 && records[index].line > line) index--;
  return index + 1;
}

function isBlankRow(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function toTable(records: string[][], pickHeader: HeaderPicker, rowNumberOf: (index: number) => number = (i) => i + 1): Pick<DecodedTable, 'headerLine' | 'headers' | 'rows' | 'rowNumbers'> {
  const filled = records.flatMap((cells, index) => (isBlankRow(cells) ? [] : [index]));
  if (filled.length === 0) throw new ImportFileError('fileNoHeader');
  const candidates = filled.slice(0, HEADER_CANDIDATES);
  const headerIndex = candidates[pickHeader(candidates.map((index) => records[index]))] ?? candidates[0];
  const dataIndexes = filled.filter((index) => index > headerIndex);
  return {
    headerLine: rowNumberOf(headerIndex),
    headers: records[headerIndex].map((h) => h.trim()),
    rows: dataIndexes.map((index) => records[index]),
    rowNumbers: dataIndexes.map(rowNumberOf),
  };
}

async function readWorkbook(bytes: Buffer, pickHeader: HeaderPicker): Promise<DecodedTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new ImportFileError('fileUnreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('fileNoHeader');
  const records: string[][] = [];
  const numbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    records.push(Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1).value)));
    numbers.push(rowNumber);
  });
  return { ...toTable(records, pickHeader, (i) => numbers[i]), encoding: 'utf-8', format: 'xlsx', incompleteLastRow: null };
}

/** One XLSX cell as the text a CSV export of it would hold; dates as YYYY-MM-DD, time-only cells as HH:MM. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue) || value.hyperlink;
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return ''; // error values (#N/A …) carry nothing to import
}

function dateText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  // Excel stores a time of day as a fraction of its day zero, 1899-12-30.
  if (date.getUTCFullYear() < 1900) return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
