import { describe, expect, it } from 'vitest';
import { parseCost } from './clean-cost.ts';

describe('parseCost', () => {
  it.each(['無料', '参加費無料', '0円', '0'])('reads %s as free', (text) => {
    expect(parseCost(text)).toMatchObject({ kind: 'free', yen: null });
  });

  it.each([
    ['100円', 100],
    ['1回100円', 100],
    ['¥100', 100],
    ['￥１００', 100],
    ['月額1,000円', 1000],
    ['500', 500],
  ])('reads %s as an amount in yen', (text, yen) => {
    expect(parseCost(text)).toMatchObject({ kind: 'yen', yen });
  });

  it('keeps the file’s own words as the cost text', () => {
    expect(parseCost('1回100円（お茶代）')).toEqual({ kind: 'yen', yen: 100, text: '1回100円（お茶代）' });
    expect(parseCost('無料')).toEqual({ kind: 'free', yen: null, text: '無料' });
  });

  it('reads 実費 as actual cost', () => {
    expect(parseCost('材料費実費')).toMatchObject({ kind: 'actual', yen: null });
  });

  it('leaves several amounts, or mixed free and paid wording, as text rather than guess', () => {
    expect(parseCost('100円～300円')).toMatchObject({ kind: 'text', yen: null });
    expect(parseCost('無料（材料費実費）')).toMatchObject({ kind: 'text' });
    expect(parseCost('無料（お茶代100円）')).toMatchObject({ kind: 'text' });
    expect(parseCost('要問い合わせ')).toEqual({ kind: 'text', yen: null, text: '要問い合わせ' });
  });

  it('returns an empty text cost for an empty cell', () => {
    expect(parseCost('  ')).toEqual({ kind: 'text', yen: null, text: '' });
  });
});
