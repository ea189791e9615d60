import { describe, expect, it } from 'vitest';
import { buildIndexGroups, kanaRowOf } from './gojuon-index.ts';
import { smallGuidebook } from './guidebook-fixture.ts';

describe('kanaRowOf', () => {
  it('files a reading under the row of its first kana', () => {
    expect(kanaRowOf('あさひかわ')).toBe('あ');
    expect(kanaRowOf('ゆきはね')).toBe('や');
    expect(kanaRowOf('わかば')).toBe('わ');
  });

  it('files voiced and half-voiced kana under their plain row', () => {
    expect(kanaRowOf('ごはんかい')).toBe('か');
    expect(kanaRowOf('ぱんきょうしつ')).toBe('は');
    expect(kanaRowOf('ゔぃおら')).toBe('あ');
  });

  it('reads katakana, half-width katakana and small kana like hiragana', () => {
    expect(kanaRowOf('サロン')).toBe('さ');
    expect(kanaRowOf('ﾃﾞｲｻｰﾋﾞｽ')).toBe('た');
    expect(kanaRowOf('ぁいうえ')).toBe('あ');
  });

  it('has no row for readings that start with digits or Latin letters', () => {
    expect(kanaRowOf('NPOほっと')).toBeNull();
    expect(kanaRowOf('3じょう')).toBeNull();
    expect(kanaRowOf('')).toBeNull();
  });
});

describe('buildIndexGroups', () => {
  it('groups entries by kana row in 五十音 order, sorted by reading within a row', () => {
    const groups = buildIndexGroups(smallGuidebook().sections);
    expect(groups.map((g) => g.row)).toEqual(['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や']);
    expect(groups.find((g) => g.row === 'か')?.lines.map((l) => l.name)).toEqual([
      '学生スノーバスターズ',
      'カラオケ同好会「ひまわり」',
      'ごはん会すえひろ',
    ]);
  });

  it('lists an entry printed in two sections once, with both places', () => {
    const lines = buildIndexGroups(smallGuidebook().sections).flatMap((g) => g.lines);
    const salon = lines.filter((l) => l.name === 'ふれあいサロン東光');
    expect(salon).toHaveLength(1);
    expect(salon[0].anchorIds).toEqual(['entry-1-3', 'entry-2-0']);
  });

  it('puts readings without a kana row last', () => {
    const doc = smallGuidebook();
    const odd = { ...doc.sections[0].entries[0], id: 'odd', name: 'ABCクラブ', nameReading: 'ABCくらぶ' };
    const groups = buildIndexGroups([{ heading: 'x', entries: [odd, ...doc.sections[0].entries] }]);
    expect(groups.at(-1)).toEqual({ row: null, lines: [{ name: 'ABCクラブ', nameReading: 'ABCくらぶ', anchorIds: ['entry-0-0'] }] });
  });
});
