// Answers as a table for a spreadsheet: one row per response, one column per
// question (a multiple choice as one 0/1 column per choice, a matrix as one
// column per row of it), and a codebook that names every column and code.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { formulaSafeCell } from '../../platform/csv/formula-cells.ts';
import { matrixKey, otherKey } from './answers.ts';
import { allQuestions, indicatorHolds, type Question, type SurveyDefinition } from './definition.ts';
import type { Labels } from './results.ts';
import { categoriesOf } from './results.ts';

export type ExportedResponse = {
  number: number;
  submittedAt: string;
  method: string;
  respondentType: string;
  area: string;
  target: string;
  version: number;
  answers: Record<string, unknown>;
};

type Column = { name: string; label: string; kind: string; value: (answers: Record<string, unknown>) => unknown; codes: { code: string; label: string }[] };

function columnsOf(q: Question, labels: Labels): Column[] {
  const categories = categoriesOf(q, labels) ?? [];
  const codes = categories.map((c) => ({ code: c.key, label: c.label }));
  const label = (value: unknown) => categories.find((c) => c.key === value)?.label ?? (value ?? '');
  switch (q.kind) {
    case 'multiple':
      return [
        ...categories.map((c) => ({
          name: `${q.name}.${c.key}`,
          label: `${q.label}: ${c.label}`,
          kind: 'multiple',
          codes: [{ code: '1', label: c.label }, { code: '0', label: '' }],
          value: (a: Record<string, unknown>) => (Array.isArray(a[q.name]) ? ((a[q.name] as string[]).includes(c.key) ? 1 : 0) : ''),
        })),
        ...(q.allowOther ? [{ name: otherKey(q.name), label: `${q.label}: ${labels.other}`, kind: 'text', codes: [], value: (a: Record<string, unknown>) => a[otherKey(q.name)] ?? '' }] : []),
      ];
    case 'single':
      return [
        { name: q.name, label: q.label, kind: q.kind, codes, value: (a) => label(a[q.name]) },
        ...(q.allowOther ? [{ name: otherKey(q.name), label: `${q.label}: ${labels.other}`, kind: 'text', codes: [], value: (a: Record<string, unknown>) => a[otherKey(q.name)] ?? '' }] : []),
      ];
    case 'yesno':
    case 'district':
      return [{ name: q.name, label: q.label, kind: q.kind, codes, value: (a) => label(a[q.name]) }];
    case 'scale':
      return [{ name: q.name, label: q.label, kind: q.kind, codes, value: (a) => (a[q.name] === undefined ? '' : Number(a[q.name])) }];
    case 'matrix':
      return q.items.map((item) => ({
        name: matrixKey(q.name, item.name),
        label: `${q.label}: ${item.label}`,
        kind: 'matrix',
        codes: q.scale.map((s) => ({ code: s.name, label: s.label })),
        value: (a: Record<string, unknown>) => q.scale.find((s) => s.name === a[matrixKey(q.name, item.name)])?.label ?? '',
      }));
    default:
      return [{ name: q.name, label: q.label, kind: q.kind, codes: [], value: (a) => a[q.name] ?? '' }];
  }
}

export type ResponseTable = { header: string[]; rows: unknown[][]; codebook: unknown[][] };

/** The table of every response, with fixed columns first; `fixed` names them in the reader's language. */
export function responseTable(definition: SurveyDefinition, responses: readonly ExportedResponse[], labels: Labels, fixed: { header: string[]; codebookHeader: string[]; indicator: string }): ResponseTable {
  const columns = [
    ...allQuestions(definition).flatMap((q) => columnsOf(q, labels)),
    ...definition.indicators.map((ind) => ({ name: ind.name, label: ind.label, kind: fixed.indicator, codes: [{ code: '1', label: ind.label }, { code: '0', label: '' }], value: (a: Record<string, unknown>) => (indicatorHolds(ind, a as never) ? 1 : 0) })),
  ];
  const header = [...fixed.header, ...columns.map((c) => c.name)];
  const rows = responses.map((r) => [r.number, r.submittedAt, r.method, r.respondentType, r.area, r.target, r.version, ...columns.map((c) => formulaSafeCell(c.value(r.answers)))]);
  const codebook: unknown[][] = [fixed.codebookHeader];
  for (const c of columns) {
    if (c.codes.length === 0) codebook.push([c.name, c.label, c.kind, '', '']);
    for (const code of c.codes) codebook.push([c.name, c.label, c.kind, code.code, code.label]);
  }
  return { header, rows, codebook: codebook.map((row) => row.map(formulaSafeCell)) };
}

/** The table as an .xlsx with a data sheet and a codebook sheet, written as a stream so a large survey stays small in memory. */
export async function responseWorkbook(table: ResponseTable, sheetNames: { data: string; codebook: string }): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: false });
  const data = workbook.addWorksheet(sheetNames.data);
  data.addRow(table.header).commit();
  for (const row of table.rows) data.addRow(row).commit();
  data.commit();
  const codebook = workbook.addWorksheet(sheetNames.codebook);
  for (const row of table.codebook) codebook.addRow(row).commit();
  codebook.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
