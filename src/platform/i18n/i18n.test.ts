import { describe, expect, it } from 'vitest';
import { catalogKeys, translator } from './i18n.ts';

describe('message catalog', () => {
  it('has every Japanese key in English and no English key missing in Japanese', () => {
    const ja = new Set(catalogKeys('ja'));
    const en = new Set(catalogKeys('en'));
    expect([...ja].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !ja.has(k))).toEqual([]);
  });

  it('has no empty message in either language', () => {
    const ja = translator('ja');
    const en = translator('en');
    for (const key of catalogKeys('ja')) {
      expect(ja(key).trim(), key).not.toBe('');
      expect(en(key).trim(), key).not.toBe('');
    }
  });

  it('fills named parameters and leaves unknown ones visible', () => {
    const t = translator('ja');
    expect(t('validation.tooLong', { max: 100 })).toBe('100文字以内で入力してください。');
    expect(t('areas.period', { from: 'A' })).toBe('A〜{to}');
  });

  it('shows a key that is not in the catalog as literal text', () => {
    expect(translator('en')('そのまま表示')).toBe('そのまま表示');
  });
});
