import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cellText, decodeTable } from './decode.ts';
import { ImportFileError } from './import-file-error.ts';

const csv = '名称,住所,備考\r\nサロンあさひ,"旭川市東光9条5丁目, 東光会館","お茶会\r\n見学歓迎"\r\n';

async function fileProblem(bytes: Buffer, fileName = 'file.csv'): Promise<string> {
  const error = await decodeTable(bytes, fileName).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as ImportFileError).problem;
}

describe('decodeTable: text encodings', () => {
  it('reads plain UTF-8', async () => {
    const table = await decodeTable(Buffer.from(csv), 'a.csv');
    expect(table).toMatchObject({ encoding: 'utf-8', format: 'csv', headers: ['名称', '住所', '備考'] });
  });

  it('strips the BOM Excel writes, so the first header matches', async () => {
    const table = await decodeTable(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]), 'a.csv');
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.headers[0]).toBe('名称');
  });

  it('decodes bytes that are not UTF-8 as CP932, including NEC and IBM extension characters', async () => {
    const bytes = iconv.encode('名称,備考\r\n㈱髙砂ケア,月～金①\r\n', 'CP932');
    const table = await decodeTable(bytes, 'a.csv');
    expect(table.encoding).toBe('cp932');
    expect(table.rows).toEqual([['㈱髙砂ケア', '月～金①']]);
  });

  it('reads Excel “Unicode テキスト”: UTF-16LE with a BOM, tab-separated', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('名称\t住所\r\nサロン\t旭川市, 東光\r\n', 'utf16le')]);
    const table = await decodeTable(bytes, 'a.txt');
    expect(table).toMatchObject({ encoding: 'utf-16le', headers: ['名称', '住所'], rows: [['サロン', '旭川市, 東光']] });
  });

  it('detects tab-separated UTF-8 from the header line', async () => {
    const table = await decodeTable(Buffer.from('名称\t住所\nサロン\t旭川市\n'), 'a.csv');
    expect(table.rows).toEqual([['サロン', '旭川市']]);
  });
});

describe('decodeTable: CSV structure', () => {
  it('keeps quoted commas and line breaks inside their cell', async () => {
    const table = await decodeTable(Buffer.from(csv), 'a.csv');
    expect(table.rows).toEqual([['サロンあさひ', '旭川市東光9条5丁目, 東光会館', 'お茶会\r\n見学歓迎']]);
  });

  it('trims spaces around fields but nothing inside quotes', async () => {
    const table = await decodeTable(Buffer.from('名称 , 住所\n  サロン ,"  東光  "\n'), 'a.csv');
    expect(table.headers).toEqual(['名称', '住所']);
    expect(table.rows).toEqual([['サロン', '  東光  ']]);
  });

  it('skips empty lines and blank rows but numbers rows as a spreadsheet does', async () => {
    const table = await decodeTable(Buffer.from('\n名称,住所\nA,1\n\n,\nB,2\n'), 'a.csv');
    expect(table.rows).toEqual([['A', '1'], ['B', '2']]);
    expect(table.rowNumbers).toEqual([3, 6]);
  });

  it('accepts CRLF, LF and CR in any mix, as CKAN portals write a CRLF header above LF rows', async () => {
    const table = await decodeTable(Buffer.from('名称,住所,備考\r\nA,1,x\nB,2,y\rC,3,z\r\n'), 'a.csv');
    expect(table.rows).toEqual([['A', '1', 'x'], ['B', '2', 'y'], ['C', '3', 'z']]);
    expect(table.rowNumbers).toEqual([2, 3, 4]);
  });

  it('keeps line breaks of any kind inside quotes, and reads "" as an empty cell and a doubled quote', async () => {
    const table = await decodeTable(Buffer.from('名称,住所,備考\r\n"A\nB","",""\nC,"1""2","x\r\ny"\n'), 'a.csv');
    expect(table.rows).toEqual([['A\nB', '', ''], ['C', '1"2', 'x\r\ny']]);
    expect(table.rowNumbers).toEqual([2, 3]);
  });

  it('keeps text after a closing quote in its cell, as LibreOffice does', async () => {
    const table = await decodeTable(Buffer.from('名称,日時\nA,"10時"から\n'), 'a.csv');
    expect(table.rows).toEqual([['A', '10時から']]);
  });

  it('accepts rows with fewer or more cells than the header', async () => {
    const table = await decodeTable(Buffer.from('名称,住所,電話番号\nA\nB,2,3,4\n'), 'a.csv');
    expect(table.rows).toEqual([['A'], ['B', '2', '3', '4']]);
  });
});

describe('decodeTable: files cut short', () => {
  const header = '名称,住所,電話番号\r\n';

  it('marks a last row with fewer cells than the header and no line break', async () => {
    const table = await decodeTable(Buffer.from(`${header}A,1,2\r\nB,旭川市東`), 'a.csv');
    expect(table).toMatchObject({ rows: [['A', '1', '2'], ['B', '旭川市東']], incompleteLastRow: 'fewerCells' });
  });

  it('leaves alone a whole last row without a line break, and a short row that ends in one', async () => {
    expect((await decodeTable(Buffer.from(`${header}A,1,2`), 'a.csv')).incompleteLastRow).toBeNull();
    expect((await decodeTable(Buffer.from(`${header}A,1\r\n`), 'a.csv')).incompleteLastRow).toBeNull();
  });

  it('marks a last row whose quote is never closed', async () => {
    const table = await decodeTable(Buffer.from(`${header}A,"閉じていない\r\n見学歓迎`), 'a.csv');
    expect(table).toMatchObject({ rows: [['A', '閉じていない\r\n見学歓迎']], incompleteLastRow: 'openQuote' });
  });

  it('marks a UTF-8 file cut inside its last character, without reading it as Shift_JIS or storing 「�」', async () => {
    const bytes = Buffer.from(`${header}A,1,2\r\nB,旭川市東光`);
    const table = await decodeTable(bytes.subarray(0, bytes.length - 1), 'a.csv');
    expect(table).toMatchObject({ encoding: 'utf-8', incompleteLastRow: 'brokenCharacter', rows: [['A', '1', '2'], ['B', '旭川市東']] });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes.subarray(0, bytes.length - 2)]);
    expect(await decodeTable(withBom, 'a.csv')).toMatchObject({ encoding: 'utf-8-bom', incompleteLastRow: 'brokenCharacter', rows: [['A', '1', '2'], ['B', '旭川市東']] });
  });

  it('marks Shift_JIS and UTF-16 files cut inside their last character', async () => {
    const sjis = iconv.encode(`${header}A,1,2\r\nB,旭川市,0166-23-0742 髙`, 'CP932');
    expect(await decodeTable(sjis.subarray(0, sjis.length - 1), 'a.csv')).toMatchObject({ encoding: 'cp932', incompleteLastRow: 'brokenCharacter', rows: [['A', '1', '2'], ['B', '旭川市', '0166-23-0742']] });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('名称\t住所\r\nサロン\t東光', 'utf16le')]);
    expect(await decodeTable(utf16.subarray(0, utf16.length - 1), 'a.txt')).toMatchObject({ encoding: 'utf-16le', incompleteLastRow: 'brokenCharacter', rows: [['サロン', '東']] });
  });
});

describe('decodeTable: unreadable files', () => {
  it('refuses an empty file', async () => {
    expect(await fileProblem(Buffer.alloc(0))).toBe('fileEmpty');
  });

  it('refuses a file with no header row', async () => {
    expect(await fileProblem(Buffer.from('\r\n , \r\n'))).toBe('fileNoHeader');
  });

  it('refuses binary files such as images', async () => {
    expect(await fileProblem(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 'map.png')).toBe('fileBinary');
  });

  it('asks for .xlsx or CSV when given an old .xls workbook', async () => {
    expect(await fileProblem(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')).toBe('fileOldExcel');
  });

  it('refuses a zip that is not a workbook', async () => {
    expect(await fileProblem(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), 'a.xlsx')).toBe('fileUnreadable');
  });

  it('refuses a quote that swallows the rows after it, naming the row it opens in and what is there', async () => {
    const error = (await decodeTable(Buffer.from('名称,説明\r\nA,"見学歓迎\r\nB,説明\r\nC,閉じていない\r\n'), 'a.csv').catch((e: unknown) => e)) as ImportFileError;
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error.problem).toBe('fileOpenQuote');
    expect(error.params).toEqual({ line: 2, found: '"見学歓迎' });
  });
});

describe('decodeTable: XLSX', () => {
  async function workbookBytes(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('一覧');
    sheet.getRow(2).values = ['名称', '確認日', '開始時間', '電話番号', '説明', 'URL', '合計'];
    sheet.getRow(3).values = [
      'サロン',
      new Date(Date.UTC(2021, 8, 18)),
      new Date(Date.UTC(1899, 11, 30, 9, 30)),
      166230742,
      { richText: [{ text: 'お茶と' }, { font: { bold: true }, text: 'おしゃべり' }] },
      { text: 'ホームページ', hyperlink: 'https://example.jp/' },
      { formula: '1+1', result: 2 },
    ];
    sheet.getCell('C3').numFmt = 'h:mm';
    workbook.addWorksheet('メモ').getCell('A1').value = '二枚目は読まない';
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('reads the first worksheet, with cell values as text and Excel row numbers', async () => {
    const table = await decodeTable(await workbookBytes(), 'list.xlsx');
    expect(table).toMatchObject({ format: 'xlsx', headers: ['名称', '確認日', '開始時間', '電話番号', '説明', 'URL', '合計'], rowNumbers: [3] });
    expect(table.rows[0]).toEqual(['サロン', '2021-09-18', '09:30', '166230742', 'お茶とおしゃべり', 'ホームページ', '2']);
  });

  it('uses the link of a hyperlink cell whose text is empty', () => {
    expect(cellText({ text: '', hyperlink: 'https://example.jp/' })).toBe('https://example.jp/');
    expect(cellText(null)).toBe('');
  });
});
