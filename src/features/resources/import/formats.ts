// Which import format a header row is, and reading its rows by column name.
// Real headers differ from the published lists in width (料金（基本） vs
// 料金(基本)), spaces, and words (市町村コード vs 市区町村コード), so both
// sides are folded before they are compared.
import type { ImportFormat, NoteEntry, SourceRow } from './row-draft.ts';
import { parseFlag } from './clean-text.ts';
import { hsdsServicesFormat } from './format-hsds.ts';
import { kayoinobaFormat } from './format-kayoinoba.ts';
import { sasaeaiFormat } from './format-sasaeai.ts';
import { wamnetDisabilityFormat } from './format-wamnet.ts';
import { careOfficesFormat, mhlwCareFormat, municipalStandardFormat, publicFacilitiesFormat } from './formats-open-data.ts';

/** Every format the importer reads; on a tie the earlier one wins. */
export const importFormats: readonly ImportFormat[] = [
  sasaeaiFormat,
  municipalStandardFormat,
  publicFacilitiesFormat,
  careOfficesFormat,
  mhlwCareFormat,
  kayoinobaFormat,
  wamnetDisabilityFormat,
  hsdsServicesFormat,
];

// Below this share of its required columns a header row is not that format.
const MIN_REQUIRED_SHARE = 0.5;

/** Folds a header for matching: NFKC (全角/半角, （）→()), no spaces, any dash to '-', ASCII lower case, 市町村コード → 市区町村コード. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/市町村コード/g, '市区町村コード')
    .toLowerCase();
}

/** A header row matched to one format: where each known column is, and what is missing or unknown. */
export type FormatMatch = {
  format: ImportFormat;
  columnIndex: Map<string, number>;
  names: Map<string, string>; // folded header → canonical column
  missingColumns: string[];
  unknownColumns: { index: number; header: string }[];
  requiredShare: number;
};

function canonicalNames(format: ImportFormat): Map<string, string> {
  const names = new Map<string, string>();
  for (const column of format.columns) names.set(normalizeHeader(column), column);
  // Mappers ask for columns by their canonical spelling; finding it unfolded saves an NFKC per cell.
  for (const column of format.columns) names.set(column, column);
  for (const [alias, column] of Object.entries(format.aliases ?? {})) names.set(normalizeHeader(alias), column);
  return names;
}

/** Matches a header row against one format. */
export function matchFormat(format: ImportFormat, headers: string[]): FormatMatch {
  const names = canonicalNames(format);
  const columnIndex = new Map<string, number>();
  const unknownColumns: FormatMatch['unknownColumns'] = [];
  headers.forEach((header, index) => {
    const key = normalizeHeader(header);
    if (key === '') return; // a blank header is reported per row, if it has values
    const column = names.get(key);
    // A repeated header keeps its first column; the repeat is unknown, not lost.
    if (column !== undefined && !columnIndex.has(column)) columnIndex.set(column, index);
    else unknownColumns.push({ index, header: header.trim() });
  });
  const missingColumns = format.required.filter((column) => !columnIndex.has(column));
  const requiredShare = (format.required.length - missingColumns.length) / format.required.length;
  return { format, columnIndex, names, missingColumns, unknownColumns, requiredShare };
}

/** Picks the format with the largest share of its required columns present (ties: most known columns); null when none has half. */
export function detectFormat(headers: string[]): FormatMatch | null {
  let best: FormatMatch | null = null;
  for (const format of importFormats) {
    const match = matchFormat(format, headers);
    // A share rather than a count: 公共施設一覧 needs 3 columns and the 自治体標準 block 6, and a file with all 3 is 公共施設一覧.
    const isBetter = !best || match.requiredShare > best.requiredShare || (match.requiredShare === best.requiredShare && match.columnIndex.size > best.columnIndex.size);
    if (isBetter) best = match;
  }
  return best && best.requiredShare >= MIN_REQUIRED_SHARE ? best : null;
}

// Values that say "none" (0, 無, なし) add nothing to notes.
function isWorthNoting(value: string): boolean {
  return value.trim() !== '' && parseFlag(value) !== false;
}

/** One row read through a format match: get() marks columns used (and adds them to readColumns when given); notes() lists the known columns left unread, extraNotes() the unknown ones. */
export function readRow(cells: string[], match: FormatMatch, readColumns?: Set<string>): { row: SourceRow; notes(): NoteEntry[]; extraNotes(): NoteEntry[] } {
  const { names } = match;
  const used = new Set<string>(match.format.ignored ?? []);
  const row: SourceRow = {
    get(column) {
      const canonical = names.get(column) ?? names.get(normalizeHeader(column)) ?? column;
      used.add(canonical);
      readColumns?.add(canonical);
      const index = match.columnIndex.get(canonical);
      return index === undefined ? '' : (cells[index] ?? '');
    },
  };
  const notes = () =>
    [...match.columnIndex]
      .filter(([column, index]) => !used.has(column) && isWorthNoting(cells[index] ?? ''))
      .map(([column, index]) => ({ label: column, value: cells[index] }));
  const named = new Set([...match.columnIndex.values(), ...match.unknownColumns.map(({ index }) => index)]);
  const extraNotes = () => {
    const entries: NoteEntry[] = match.unknownColumns.filter(({ index }) => isWorthNoting(cells[index] ?? '')).map(({ index, header }) => ({ label: header, value: cells[index] }));
    // Cells under a blank header, or beyond the header row, are kept too.
    cells.forEach((value, index) => {
      if (!named.has(index) && isWorthNoting(value)) entries.push({ label: `${index + 1}列目`, value });
    });
    return entries;
  };
  return { row, notes, extraNotes };
}
