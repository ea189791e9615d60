// XLSForm rows to and from an .xlsx workbook (exceljs). Headers are matched
// without case, and `label::日本語 (ja)` style columns count as the label.
import ExcelJS from 'exceljs';
import type { ChoiceRow, SurveyRow, XlsForm } from './xlsform.ts';

const surveyColumns: (keyof SurveyRow)[] = ['type', 'name', 'label', 'hint', 'required', 'relevant', 'appearance', 'constraint', 'calculation', 'parameters', 'unit'];
const choiceColumns: (keyof ChoiceRow)[] = ['list_name', 'name', 'label'];

export async function writeXlsFormWorkbook(form: XlsForm): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const survey = workbook.addWorksheet('survey');
  survey.addRow(surveyColumns);
  for (const row of form.survey) survey.addRow(surveyColumns.map((c) => row[c]));
  const choices = workbook.addWorksheet('choices');
  choices.addRow(choiceColumns);
  for (const row of form.choices) choices.addRow(choiceColumns.map((c) => row[c]));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return String(value);
}

function headerKey(text: string): string {
  const key = text.trim().toLowerCase().replace(/\s+/g, '_');
  return key.startsWith('label::') || key.startsWith('label:') ? 'label' : key.startsWith('hint::') ? 'hint' : key === 'list name' ? 'list_name' : key;
}

function sheetRows<K extends string>(sheet: ExcelJS.Worksheet | undefined, columns: K[]): Record<K, string>[] {
  if (!sheet) return [];
  const rows: Record<K, string>[] = [];
  let header: (string | null)[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
    if (number === 1) {
      // The first label column wins: a translated form keeps the first language it lists.
      const taken = new Set<string>();
      header = values.map((v) => {
        const key = headerKey(v);
        if (taken.has(key)) return null;
        taken.add(key);
        return key;
      });
      return;
    }
    const record = Object.fromEntries(columns.map((c) => [c, ''])) as Record<K, string>;
    header.forEach((key, i) => {
      if (key && (columns as string[]).includes(key)) record[key as K] = (values[i] ?? '').trim();
    });
    rows.push(record);
  });
  return rows;
}

/** Reads the survey and choices sheets; null when the file is not such a workbook. */
export async function readXlsFormWorkbook(bytes: Uint8Array): Promise<XlsForm | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const find = (name: string) => workbook.worksheets.find((w) => w.name.trim().toLowerCase() === name);
  if (!find('survey')) return null;
  return { survey: sheetRows(find('survey'), surveyColumns), choices: sheetRows(find('choices'), choiceColumns) };
}
