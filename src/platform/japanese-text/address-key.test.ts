import { describe, expect, it } from 'vitest';
import { addressKey } from './address-key.ts';

describe('addressKey', () => {
  it('writes an address typed with 漢数字, 全角 digits or spaces the same way', () => {
    expect(addressKey('東光三条五丁目')).toBe(addressKey('東光３条５丁目'));
    expect(addressKey('旭川市 東光 3条')).toBe('旭川市東光3条');
    expect(addressKey('東光十二条')).toBe('東光12条');
  });

  it('folds katakana to hiragana and the small ヶ to ケ', () => {
    expect(addressKey('緑ヶ丘')).toBe(addressKey('緑ケ丘'));
    expect(addressKey('カムイ')).toBe('かむい');
  });
});
