import { describe, it, expect } from 'vitest';
import { compareByReading, isValidReading, toReadingSortKey, isReadingHelpful } from './reading.ts';

describe('isValidReading', () => {
  it('accepts hiragana, katakana and the long vowel mark', () => {
    expect(isValidReading('あさひかわ')).toBe(true);
    expect(isValidReading('アサヒカワ')).toBe(true);
    expect(isValidReading('さろん・ど・ぐりーん')).toBe(true);
    expect(isValidReading('サロン')).toBe(true);
  });

  it('accepts half-width and full-width spaces between family and given names', () => {
    expect(isValidReading('やまだ たろう')).toBe(true);
    expect(isValidReading('やまだ\u3000たろう')).toBe(true);
  });

  it('accepts half-width katakana from older input methods', () => {
    expect(isValidReading('ﾔﾏﾀﾞ ﾀﾛｰ')).toBe(true);
  });

  it('accepts the small katakana of Ainu place names', () => {
    expect(isValidReading('カムイコタㇴ')).toBe(true);
  });

  it('rejects kanji, latin letters, digits and punctuation', () => {
    expect(isValidReading('山田')).toBe(false);
    expect(isValidReading('yamada')).toBe(false);
    expect(isValidReading('やまだ1')).toBe(false);
    expect(isValidReading('やまだ-たろう')).toBe(false);
  });

  it('rejects empty readings and readings of only spaces, dots or marks', () => {
    expect(isValidReading('')).toBe(false);
    expect(isValidReading(' \u3000')).toBe(false);
    expect(isValidReading('ー・')).toBe(false);
  });
});

describe('toReadingSortKey', () => {
  it('turns katakana and half-width katakana into hiragana', () => {
    expect(toReadingSortKey('ヤマダ')).toBe('やまだ');
    expect(toReadingSortKey('ﾔﾏﾀﾞ')).toBe('やまだ');
  });

  it('drops spaces and middle dots so names compare as one word', () => {
    expect(toReadingSortKey('やまだ　たろう')).toBe('やまだたろう');
    expect(toReadingSortKey('ヤマダ・タロウ')).toBe('やまだたろう');
  });

  it('keeps the long vowel mark as written', () => {
    expect(toReadingSortKey('サーロン')).toBe('さーろん');
  });
});

describe('compareByReading', () => {
  it('sorts readings in 五十音順 whatever script or width they were typed in', () => {
    const readings = ['スズキ', 'さとう', 'ｱﾍﾞ', 'かとう', 'ワタナベ', 'いとう'];
    expect([...readings].sort(compareByReading)).toEqual(['ｱﾍﾞ', 'いとう', 'かとう', 'さとう', 'スズキ', 'ワタナベ']);
  });

  it('treats the same reading in hiragana and katakana as equal', () => {
    expect(compareByReading('やまだ たろう', 'ヤマダ・タロウ')).toBe(0);
  });

  it('puts an unvoiced kana before its voiced and semi-voiced forms', () => {
    expect([...['ぱん', 'ばん', 'はん']].sort(compareByReading)).toEqual(['はん', 'ばん', 'ぱん']);
  });
});

describe('isReadingHelpful', () => {
  it('keeps a reading for a name with kanji and drops it for one in kana or Latin letters', () => {
    expect(isReadingHelpful('ボランティアセンター', 'ぼらんてぃあせんたー')).toBe(false);
    expect(isReadingHelpful('ふれあいサロン', 'ふれあいさろん')).toBe(false);
    expect(isReadingHelpful('NPOあおぞら', 'えぬぴーおーあおぞら')).toBe(false);
    expect(isReadingHelpful('ふれあいサロン東光', 'ふれあいさろんとうこう')).toBe(true);
    expect(isReadingHelpful('々木会', '')).toBe(false);
  });
});
