// 圏域,町名 rows from a file an office keeps in Excel: UTF-8 (with or without
// a BOM) or Shift_JIS, a header row, one town a row.
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { Invalid } from '../../../platform/errors/app-error.ts';

export type TownCsvRow = { district: string; town: string };

const MAX_ROWS = 20_000;

function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'CP932');
  }
}

/** The rows of a towns file; Invalid when it has no 圏域 and 町名 columns or too many rows. */
export function parseTownsCsv(bytes: Buffer): TownCsvRow[] {
  const records = parse(decode(bytes), { skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  const [header, ...rows] = records;
  const districtColumn = header?.findIndex((h) => h === '圏域' || h.toLowerCase() === 'district') ?? -1;
  const townColumn = header?.findIndex((h) => h === '町名' || h === '町丁目' || h.toLowerCase() === 'town') ?? -1;
  if (districtColumn < 0 || townColumn < 0) throw new Invalid([{ path: 'file', message: 'areas.townsCsvHeader' }]);
  if (rows.length > MAX_ROWS) throw new Invalid([{ path: 'file', message: 'areas.townsCsvTooLong' }]);
  return rows.map((row) => ({ district: row[districtColumn] ?? '', town: row[townColumn] ?? '' })).filter((row) => row.district && row.town);
}
