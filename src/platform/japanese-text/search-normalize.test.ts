import { describe, it, expect } from 'vitest';
import { toHiragana } from 'wanakana';
import { katakanaToHiragana, normalizeForSearch, searchTerms } from './search-normalize.ts';
import { variantGroups } from './variant-map.ts';

describe('normalizeForSearch', () => {
  it('folds snow clearing written in hiragana, katakana, half-width katakana or kanji to one form', () => {
    const forms = ['ゆきかき', 'ユキカキ', 'ﾕｷｶｷ', '雪かき', '雪はね', '雪掻き', '除雪'].map(normalizeForSearch);
    expect(new Set(forms).size).toBe(1);
    expect(forms[0]).toBe('除雪');
  });

  it('turns full-width letters and digits into lower-case ASCII', () => {
    expect(normalizeForSearch('全角ＡＢＣ１２３')).toBe('全角abc123');
    expect(normalizeForSearch('ＡＢＣ１２３')).toBe('abc123');
  });

  it('matches ゴミ出し with ごみ出し', () => {
    expect(normalizeForSearch('ゴミ出し')).toBe(normalizeForSearch('ごみ出し'));
  });

  it('matches 買物支援 with 買い物支援', () => {
    expect(normalizeForSearch('買物支援')).toBe(normalizeForSearch('買い物支援'));
    expect(normalizeForSearch('買物支援')).toBe('買い物支援');
  });

  it('turns half-width katakana with a voiced mark into hiragana and keeps the long vowel mark', () => {
    expect(normalizeForSearch('ｸﾞﾘｰﾝ')).toBe('ぐりーん');
    expect(normalizeForSearch('スーパー')).toBe(normalizeForSearch('すーぱー'));
  });

  it('leaves romaji and kanji as they are', () => {
    expect(normalizeForSearch('Kaimono 旭川 NPO')).toBe('kaimono 旭川 npo');
  });

  it('collapses every kind of whitespace to one space and trims the ends', () => {
    expect(normalizeForSearch('\u3000見守り\t\t配食\n サロン  ')).toBe('見守り 配食 さろん');
  });

  it('removes control and zero-width characters', () => {
    expect(normalizeForSearch('配\u0000食\u200B')).toBe('配食');
  });

  it('drops unpaired surrogates that the database would refuse', () => {
    expect(normalizeForSearch('見守り\uD800')).toBe('見守り');
  });

  it('passes emoji and SQL-looking input through without throwing', () => {
    expect(normalizeForSearch('😀 雪かき 👍🏽')).toBe('😀 除雪 👍🏽');
    expect(normalizeForSearch("'; DROP TABLE resources; --")).toBe("'; drop table resources; --");
    expect(normalizeForSearch('%_\\')).toBe('%_\\');
  });

  it('gives the same result when applied twice', () => {
    for (const text of ['ユキカキ ゴミ出し 買物', 'ｸﾞﾘｰﾝ　ＡＢＣ', '宅配弁当のみまもり']) {
      const once = normalizeForSearch(text);
      expect(normalizeForSearch(once)).toBe(once);
    }
  });

  it('leaves every canonical form of the variant map unchanged', () => {
    for (const group of variantGroups) {
      const canonical = normalizeForSearch(group.canonical);
      expect(normalizeForSearch(canonical)).toBe(canonical);
      for (const variant of group.variants) expect(normalizeForSearch(variant)).toBe(canonical);
    }
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeForSearch(' \u3000\n')).toBe('');
  });
});

describe('searchTerms', () => {
  it('splits a normalised query on spaces, dropping empties and duplicates', () => {
    expect(searchTerms('  ゴミ出し　ごみ出し  ユキカキ ')).toEqual(['ごみ出し', '除雪']);
  });

  it('returns no terms for a blank query', () => {
    expect(searchTerms('　 ')).toEqual([]);
  });

  it('keeps at most 10 terms of at most 100 characters from a 10,000-character query', () => {
    const words = Array.from({ length: 1_000 }, (_, i) => `語${i}`).join(' ');
    const query = `${'あ'.repeat(5_000)} ${words}`.slice(0, 10_000);
    const terms = searchTerms(query);
    expect(terms.length).toBeLessThanOrEqual(10);
    expect(terms.every((term) => Array.from(term).length <= 100)).toBe(true);
    expect(terms[0]).toBe('あ'.repeat(100));
  });

  it('cuts a long term between code points, never inside an emoji', () => {
    const [term] = searchTerms('😀'.repeat(150));
    expect(Array.from(term)).toHaveLength(100);
    expect(term).toBe('😀'.repeat(100));
  });
});

describe('katakanaToHiragana', () => {
  it('converts every kana, mark and symbol exactly as wanakana does with passRomaji and no long-vowel conversion', () => {
    const kanaBlock = Array.from({ length: 0x3100 - 0x3000 }, (_, i) => String.fromCharCode(0x3000 + i)).join('');
    const samples = [kanaBlock, `ー${kanaBlock}`, 'スーパー・マーケット ヶ月 ヵ所 ヴァイオリン kaimono ＡＢＣ 𠮷野家 雪かき'];
    for (const text of samples) expect(katakanaToHiragana(text)).toBe(toHiragana(text, { passRomaji: true, convertLongVowelMark: false }));
  });
});
