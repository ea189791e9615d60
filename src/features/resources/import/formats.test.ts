import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sasaeaiCsvColumns } from './format-sasaeai.ts';
import { detectFormat, importFormats, normalizeHeader, readRow } from './formats.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '');
const headerOf = (name: string) => fixture(name).split(/\r?\n/)[0].split(',');

describe('normalizeHeader', () => {
  it('folds width, brackets, spaces and dashes', () => {
    expect(normalizeHeader(' 料金（基本） ')).toBe(normalizeHeader('料金(基本)'));
    expect(normalizeHeader('名称＿カナ')).toBe(normalizeHeader('名称_カナ'));
    expect(normalizeHeader('運営日（平日）－開始')).toBe(normalizeHeader('運営日(平日)-開始'));
    expect(normalizeHeader('建物名等 (方書)')).toBe(normalizeHeader('建物名等（方書）'));
  });

  it('treats 市町村コード and 市区町村コード, and NO and No, alike', () => {
    expect(normalizeHeader('都道府県コード又は市町村コード')).toBe(normalizeHeader('都道府県コード又は市区町村コード'));
    expect(normalizeHeader('NO')).toBe(normalizeHeader('No'));
  });
});

describe('detectFormat', () => {
  it.each([
    ['hakodate-public-toilet-excerpt.csv', 'municipal-standard'],
    ['sasaeai-utf8-bom.csv', 'sasaeai'],
    ['public-facilities.csv', 'public-facilities'],
    ['care-offices.csv', 'care-offices'],
    ['mhlw-care.csv', 'mhlw-care'],
    ['kayoinoba.csv', 'mhlw-kayoinoba'],
    ['hsds-services.csv', 'hsds-services'],
    ['wamnet-disability.csv', 'wamnet-disability'],
  ])('recognises %s as %s', (file, id) => {
    expect(detectFormat(headerOf(file))?.format.id).toBe(id);
  });

  it('recognises every format from its own published column list', () => {
    for (const format of importFormats) expect(detectFormat([...format.columns])?.format.id).toBe(format.id);
  });

  it('tells 公共施設一覧 from the 自治体標準 block, which shares 名称, 名称_カナ, 緯度 and 経度', () => {
    expect(detectFormat(['名称', '名称_カナ', '住所', '緯度', '経度'])?.format.id).toBe('public-facilities');
  });

  it('prefers Sasaeai’s CSV, whose columns include 公共施設一覧’s required ones', () => {
    expect(detectFormat([...sasaeaiCsvColumns])?.format.id).toBe('sasaeai');
    expect(detectFormat(['名称', '困りごと', '住所'])?.format.id).toBe('sasaeai');
  });

  it('matches messy real-world headers', () => {
    const match = detectFormat([' 事業所名 ', '事業所名カナ', 'サービスの種類', '住所', '事業所番号', '方書(ビル名等)', '都道府県コード又は市町村コード']);
    expect(match?.format.id).toBe('mhlw-care');
    expect(match?.columnIndex.get('方書（ビル名等）')).toBe(5);
    expect(match?.columnIndex.get('都道府県コード又は市町村コード')).toBe(6);
  });

  it('accepts another spelling a publisher uses for a column', () => {
    expect(detectFormat(headerOf('public-facilities.csv'))?.columnIndex.get('名称_英語')).toBe(6);
  });

  it('reports missing required columns and unknown columns', () => {
    const match = detectFormat(['名称', '名称_カナ', '電話番号', '区', 'カテゴリー']);
    expect(match?.format.id).toBe('public-facilities');
    expect(match?.missingColumns).toEqual(['住所']);
    expect(match?.unknownColumns.map((c) => c.header)).toEqual(['区', 'カテゴリー']);
  });

  it('reports the columns of the 自治体標準 公衆トイレ that are not in the common block as unknown', () => {
    const match = detectFormat(headerOf('hakodate-public-toilet-excerpt.csv'));
    expect(match?.missingColumns).toEqual([]);
    expect(match?.unknownColumns.map((c) => c.header)).toContain('男性トイレ総数');
    expect(match?.unknownColumns.map((c) => c.header)).not.toContain('利用開始時間');
  });

  it('returns null for a header row no format knows', () => {
    expect(detectFormat(['氏名', '生年月日', '性別'])).toBeNull();
  });
});

describe('readRow', () => {
  const match = detectFormat(['名称', '名称_カナ', '住所', '都道府県名', '内線番号', '区', ''])!;
  const cells = ['サロン', 'サロン', '旭川市', '北海道', '12', '中央', '見出しなし'];

  it('reads cells by column name in any spelling of it', () => {
    const { row } = readRow(cells, match);
    expect(row.get('名称＿カナ')).toBe('サロン');
    expect(row.get('説明')).toBe('');
  });

  it('keeps known columns the format did not read in notes, except those it ignores', () => {
    const { row, notes } = readRow(cells, match);
    row.get('名称');
    expect(notes()).toEqual([
      { label: '名称_カナ', value: 'サロン' },
      { label: '住所', value: '旭川市' },
      { label: '内線番号', value: '12' },
    ]);
  });

  it('keeps unknown and unnamed columns in extra notes, skipping values that say none', () => {
    expect(readRow(cells, match).extraNotes()).toEqual([
      { label: '区', value: '中央' },
      { label: '7列目', value: '見出しなし' },
    ]);
    expect(readRow(['サロン', '', '', '', '', '0', '無'], match).extraNotes()).toEqual([]);
  });
});

describe('format definitions', () => {
  it('read only columns they declare, so a typo in a mapper cannot lose a column silently', () => {
    for (const format of importFormats) {
      const match = detectFormat([...format.columns])!;
      const read: string[] = [];
      format.toDraft({ get: (column) => (read.push(column), '') });
      expect(read.filter((column) => !match.names.has(normalizeHeader(column))), format.id).toEqual([]);
    }
  });

  it('declare their required and ignored columns among their columns', () => {
    for (const format of importFormats) {
      for (const column of [...format.required, ...(format.ignored ?? [])]) expect(format.columns, `${format.id}: ${column}`).toContain(column);
    }
  });
});
