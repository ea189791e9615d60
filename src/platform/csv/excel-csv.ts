import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { formulaSafeCell } from './formula-cells.ts';

export const excelEncodings = ['utf-8', 'cp932'] as const;
export type ExcelEncoding = (typeof excelEncodings)[number];

/**
 * Rows as a CSV file that Excel opens as it is: CRLF line ends, and UTF-8
 * with a BOM (so Excel does not guess Shift_JIS) or Shift_JIS (CP932) for
 * older tools that only read that. No cell can run as a formula.
 */
export function excelCsv(rows: unknown[][], encoding: ExcelEncoding): Buffer {
  const text = stringify(rows.map((row) => row.map(formulaSafeCell)), { record_delimiter: '\r\n' });
  return encoding === 'cp932' ? iconv.encode(text, 'cp932') : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** The Content-Type that names the encoding, for a download. */
export function excelCsvContentType(encoding: ExcelEncoding): string {
  return `text/csv; charset=${encoding === 'cp932' ? 'Shift_JIS' : 'utf-8'}`;
}
