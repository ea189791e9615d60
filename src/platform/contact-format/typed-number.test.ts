import { describe, it, expect } from 'vitest';
import { normalizeTypedNumber } from './typed-number.ts';

describe('normalizeTypedNumber', () => {
  it('turns full-width digits and full-width hyphens into ASCII', () => {
    expect(normalizeTypedNumber('０１６６－２３－０７４２')).toBe('0166-23-0742');
  });

  it('turns the long vowel mark, minus sign and typographic dashes into hyphens', () => {
    expect(normalizeTypedNumber('0166ー23−0742')).toBe('0166-23-0742');
    expect(normalizeTypedNumber('070‐0000')).toBe('070-0000');
    expect(normalizeTypedNumber('070–0000')).toBe('070-0000');
  });

  it('trims and collapses full-width and half-width spaces', () => {
    expect(normalizeTypedNumber('\u3000〒０７０\u3000 ００００ ')).toBe('〒070 0000');
  });
});
