// Bytes of an uploaded file to a table of strings. Coordinators bring CSV
// saved by Excel (Shift_JIS, or UTF-8 with a BOM), CSV downloaded from open
// data portals (UTF-8), "Unicode テキスト" (UTF-16 with tabs) and XLSX.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { readCsvRecords } from './csv-records.ts';
import { ImportFileError } from './import-file-error.ts';

export type TableEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'cp932';

/** A decoded file: the header row and the non-empty data rows, each with its spreadsheet row number (header row counts). */
export type DecodedTable = {
  headers: string[];
  rows: string[][];
  rowNumbers: number[];
  encoding: TableEncoding;
  format: 'csv' | 'xlsx';
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// .xls (Excel 97–2003) is an OLE2 compound file; exceljs cannot read it.
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const SNIFF_BYTES = 8192;

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** Reads CSV/TSV (UTF-8, UTF-8 with BOM, UTF-16LE, CP932) or the first sheet of an XLSX; throws ImportFileError if unreadable. */
export async function decodeTable(bytes: Buffer, fileName: string): Promise<DecodedTable> {
  if (bytes.length === 0) throw new ImportFileError('fileEmpty');
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes);
  if (startsWith(bytes, OLE2)) throw new ImportFileError('fileOldExcel');
  const { text, encoding } = decodeText(bytes);
  const delimiter = encoding === 'utf-16le' || /\.(tsv|txt)$/i.test(fileName) || looksTabSeparated(text) ? '\t' : ',';
  return { ...toTable(parseDelimited(text, delimiter)), encoding, format: 'csv' };
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

/** Finds the text encoding: a BOM wins; otherwise strict UTF-8, and Shift_JIS (CP932) when the bytes are not UTF-8. */
export function decodeText(bytes: Buffer): { text: string; encoding: TableEncoding } {
  if (startsWith(bytes, UTF16LE_BOM)) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  // Text files never hold NUL; images, PDFs and zips other than XLSX do.
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new ImportFileError('fileBinary');
  if (startsWith(bytes, UTF8_BOM)) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  let result: { text: string; encoding: TableEncoding };
  try {
    result = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // CP932 rather than plain Shift_JIS: Excel writes NEC and IBM extensions (①, ㈱, 髙).
    result = { text: iconv.decode(bytes, 'CP932'), encoding: 'cp932' };
  }
  if (hasManyControlCharacters(result.text)) throw new ImportFileError('fileBinary');
  return result;
}

function hasManyControlCharacters(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  const controls = sample.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F]/g)?.length ?? 0;
  return controls > sample.length / 100;
}

function looksTabSeparated(text: string): boolean {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  return (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0);
}

function parseDelimited(text: string, delimiter: string): string[][] {
  // Empty lines are kept here and dropped in toTable, so row numbers match Excel's.
  const { records, openQuote } = readCsvRecords(text, delimiter);
  if (openQuote) throw new ImportFileError('fileOpenQuote', { line: recordNumberAt(records, openQuote.line), found: openQuote.text });
  return records.map((record) => record.cells);
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

function toTable(records: string[][], rowNumberOf: (index: number) => number = (i) => i + 1): Pick<DecodedTable, 'headers' | 'rows' | 'rowNumbers'> {
  const headerIndex = records.findIndex((cells) => !isBlankRow(cells));
  if (headerIndex < 0) throw new ImportFileError('fileNoHeader');
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    if (isBlankRow(records[i])) continue;
    rows.push(records[i]);
    rowNumbers.push(rowNumberOf(i));
  }
  return { headers: records[headerIndex].map((h) => h.trim()), rows, rowNumbers };
}

async function readWorkbook(bytes: Buffer): Promise<DecodedTable> {
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
  return { ...toTable(records, (i) => numbers[i]), encoding: 'utf-8', format: 'xlsx' };
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
