import { describe, expect, it } from 'vitest';
import { buildNameGrams, buildSearchGrams, buildSearchKeys, buildSearchText, filterKey } from './search-text.ts';

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

  it('adds one key per filter value to the grams, each longer than any gram', () => {
    const category = 'A1B2C3D4-0000-4000-8000-000000000001';
    const keys = buildSearchKeys('囲碁', { needCategoryIds: [category], weekdays: [3, 3], costKind: 'free', attributes: ['transport'], areaId: 'aaaaaaaa-0000-4000-8000-000000000001', districtId: null });
    expect(keys).toEqual(['囲', '囲碁', '碁', filterKey.category(category.toLowerCase()), 'w:3', 'cost:free', 'attr:transport', 'a:aaaaaaaa-0000-4000-8000-000000000001']);
    expect(keys.filter((k) => [...k].length > 2)).toHaveLength(5);
    expect(buildSearchKeys('囲碁', { needCategoryIds: [], weekdays: [], costKind: 'yen', attributes: [], areaId: null, districtId: null })).toEqual(buildSearchGrams('囲碁'));
  });
});
