import { describe, expect, it } from 'vitest';
import { buildNameGrams, buildSearchGrams, buildSearchText } from './search-text.ts';

describe('search text', () => {
  it('puts the normalised name on the first line and folds kana and variants in the rest', () => {
    const text = buildSearchText({ name: 'ユキカキ隊', nameReading: 'ゆきかきたい', rest: ['雪はね・ゴミ出しを手伝います'] });
    const [head, body] = text.split('\n');
    expect(head).toContain('除雪');
    expect(body).toContain('除雪');
    expect(body).toContain('ごみ出し');
  });

  it('indexes every one- and two-character gram but none across spaces', () => {
    const grams = buildSearchGrams('囲碁 配食');
    expect(grams).toEqual(expect.arrayContaining(['囲', '碁', '囲碁', '配', '食', '配食']));
    expect(grams).not.toContain('碁 ');
    expect(grams).not.toContain('碁配');
  });

  it('keeps the grams of the name line apart from those of the rest', () => {
    const grams = buildNameGrams(buildSearchText({ name: '囲碁クラブ', nameReading: 'いごくらぶ', rest: ['配食もあります'] }));
    expect(grams).toEqual(expect.arrayContaining(['囲碁', 'くら', 'い']));
    expect(grams).not.toContain('配食');
    expect(grams).not.toContain('');
  });
});
