import { describe, expect, it } from 'vitest';
import { formulaSafeCell } from './formula-cells.ts';

describe('formulaSafeCell', () => {
  it('puts a quote before text that a spreadsheet would run as a formula', () => {
    for (const hostile of ['=HYPERLINK("https://evil.example","押して")', '+1+1', '-1+1', '@SUM(1)', '＝1+1', '＋1', '－1', '＠SUM(1)', '\t=1', '\r=1']) {
      expect(formulaSafeCell(hostile)).toBe(`'${hostile}`);
    }
  });

  it('leaves ordinary text, phone numbers and numbers alone', () => {
    for (const plain of ['佐藤 一郎', '0166-23-0742', '-5', '-1.5', '', 'a=b', ' =1']) {
      expect(formulaSafeCell(plain)).toBe(plain);
    }
    expect(formulaSafeCell(-5)).toBe(-5);
    expect(formulaSafeCell(12.5)).toBe(12.5);
    expect(formulaSafeCell(null)).toBe(null);
  });
});
