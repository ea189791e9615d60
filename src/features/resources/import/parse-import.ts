// The importer's parsing layer: file bytes (CSV, XLSX or HSDS JSON) in,
// cleaned rows with their problems out. No database: matching 困りごと names
// to ids, areas to tenants' areas and externalId to existing listings
// happens in the service.
import type { ImportedResource, ImportProblem } from './imported-resource.ts';
import type { IncompleteReason, TableEncoding } from './decode.ts';
import { decodeJson, decodeTable, looksLikeJson } from './decode.ts';
import { encodingNames, looksGarbled } from './decode-text.ts';
import { ImportFileError } from './import-file-error.ts';
import { detectFormat, readRow } from './formats.ts';
import { unusedColumnNotices, warnDamagedCells, warnSameNameOtherId } from './file-checks.ts';
import { emptyDraft } from './row-draft.ts';
import { buildResource, type BuildOptions } from './build-resource.ts';
import { buildHsdsRows, hsdsJsonFormatId } from './format-hsds-json.ts';
import { defaultNeedCategoryNames, needCategoryMatcher } from './vocabulary-text.ts';

/** One data row: its spreadsheet row number (the header is row 1) or a JSON service's position (from 1), the resource or null on error, and every problem found. */
export type ParsedImportRow = { line: number; resource: ImportedResource | null; problems: ImportProblem[] };

/** Something the dry run says about the whole file rather than one row (the header row it took …). */
export type FileNotice = { messageKey: string; params?: Record<string, string | number> };

/** A parsed file: which format and encoding it was, its rows, required columns it lacks or columns nobody knows (none for JSON), and notices about the whole file. */
export type ParsedImport = {
  format: string;
  encoding: TableEncoding;
  fileType: 'csv' | 'xlsx' | 'json';
  rows: ParsedImportRow[];
  missingColumns: string[];
  unknownColumns: string[];
  notices: FileNotice[];
};

/** The tenant's 困りごと names to match against; the defaults of vocabulary.ts when not given. */
export type ParseImportOptions = { needCategoryNames?: readonly string[] };

/** Reads an uploaded CSV/XLSX/HSDS JSON file into cleaned resources with per-row problems; throws ImportFileError when the file itself is unusable. */
export async function parseImport(bytes: Buffer, fileName: string, options: ParseImportOptions = {}): Promise<ParsedImport> {
  const buildOptions = { matchNeedCategories: needCategoryMatcher(options.needCategoryNames ?? defaultNeedCategoryNames) };
  const parsed = looksLikeJson(bytes) ? parseJsonFile(bytes, buildOptions) : await parseTableFile(bytes, fileName, buildOptions);
  warnDuplicateExternalIds(parsed.rows);
  warnSameNameOtherId(parsed.rows);
  return parsed;
}

async function parseTableFile(bytes: Buffer, fileName: string, buildOptions: BuildOptions): Promise<ParsedImport> {
  const table = await decodeTable(bytes, fileName, pickKnownHeader);
  const match = detectFormat(table.headers);
  if (!match) throw unknownHeaderError(table.headers, table.encoding);
  const readColumns = new Set<string>();
  const rows = table.rows.map((cells, i): ParsedImportRow => {
    const { row, notes, extraNotes } = readRow(cells, match, readColumns);
    const draft = { ...emptyDraft(), ...match.format.toDraft(row) };
    // notes() after toDraft: it lists the known columns the format did not read.
    const built = buildResource({ ...draft, notes: [...draft.notes, ...notes()] }, extraNotes(), buildOptions);
    return { line: table.rowNumbers[i], ...built };
  });
  warnDamagedCells(rows, table.rows, table.headers);
  if (table.incompleteLastRow) refuseIncompleteRow(rows.at(-1)!, table.incompleteLastRow, { found: table.rows.at(-1)!.length, expected: table.headers.length });
  return {
    format: match.format.kinds?.find((kind) => kind.matches(table.headers))?.id ?? match.format.id,
    encoding: table.encoding,
    fileType: table.format,
    rows,
    missingColumns: match.missingColumns,
    unknownColumns: match.unknownColumns.map(({ header }) => header),
    notices: [...(table.headerLine > 1 ? [{ messageKey: 'import.headerRowTaken', params: { line: table.headerLine } }] : []), ...unusedColumnNotices(match, readColumns)],
  };
}

// Headings no format knows are often headings in the wrong encoding: say that, and which encoding was tried.
function unknownHeaderError(headers: string[], encoding: TableEncoding): ImportFileError {
  const found = headers.join(',');
  if (!looksGarbled(found)) return new ImportFileError('fileUnknownFormat');
  return new ImportFileError('fileGarbled', { encoding: encodingNames[encoding], found: found.slice(0, 40) });
}

// Municipal lists put a title and a date above the header: the header is the first row a format knows.
function pickKnownHeader(candidates: string[][]): number {
  return Math.max(0, candidates.findIndex((cells) => detectFormat(cells) !== null));
}

// JSON has no columns: the only JSON format is HSDS, whose fields are fixed.
function parseJsonFile(bytes: Buffer, buildOptions: BuildOptions): ParsedImport {
  const { value, encoding } = decodeJson(bytes);
  return { format: hsdsJsonFormatId, encoding, fileType: 'json', rows: buildHsdsRows(value, buildOptions), missingColumns: [], unknownColumns: [], notices: [] };
}

const incompleteKeys: Record<IncompleteReason, string> = {
  fewerCells: 'import.truncatedFewerCells',
  openQuote: 'import.truncatedOpenQuote',
  brokenCharacter: 'import.truncatedCharacter',
};

// A file cut short (a download or a copy that stopped) ends in half a row:
// what it holds is shown, but it is not imported as if it were whole.
function refuseIncompleteRow(row: ParsedImportRow, reason: IncompleteReason, cells: { found: number; expected: number }): void {
  row.problems.unshift({ field: '_row', messageKey: incompleteKeys[reason], severity: 'error', ...(reason === 'fewerCells' && { params: cells }) });
}

function warnDuplicateExternalIds(rows: ParsedImportRow[]): void {
  const seenIds = new Set<string>();
  for (const { resource, problems } of rows) {
    const externalId = resource?.externalId;
    if (externalId && seenIds.has(externalId)) problems.push({ field: 'externalId', messageKey: 'import.duplicateExternalId', severity: 'warning', params: { value: externalId } });
    if (externalId) seenIds.add(externalId);
  }
}
