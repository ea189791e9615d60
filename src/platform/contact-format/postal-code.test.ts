import { describe, it, expect } from 'vitest';
import { formatPostalCode, parsePostalCode, postalCodeSchema } from './postal-code.ts';

describe('parsePostalCode', () => {
  it('reads seven digits with or without hyphen and 〒 mark', () => {
    for (const typed of ['0700000', '070-0000', '〒070-0000', '〒0700000', '〒 070-0000', ' 070 0000 ']) {
      expect(parsePostalCode(typed)).toEqual({ ok: true, value: '070-0000' });
    }
  });

  it('reads full-width digits, full-width hyphens and the long vowel mark used as a hyphen', () => {
    expect(parsePostalCode('０７０－００００')).toEqual({ ok: true, value: '070-0000' });
    expect(parsePostalCode('〒０７０ー００００')).toEqual({ ok: true, value: '070-0000' });
  });

  it('rejects anything that is not exactly seven digits', () => {
    for (const typed of ['', '070-000', '070-00000', '07000000', '070-000a', 'abc-defg', '0700-000', '〒〒070-0000']) {
      expect(parsePostalCode(typed)).toEqual({ ok: false });
    }
  });
});

describe('formatPostalCode', () => {
  it('shows a stored postal code with the 〒 mark', () => {
    expect(formatPostalCode('070-0000')).toBe('〒070-0000');
    expect(formatPostalCode('0700000')).toBe('〒070-0000');
  });

  it('shows text that is not a postal code unchanged', () => {
    expect(formatPostalCode('不明')).toBe('不明');
  });
});

describe('postalCodeSchema', () => {
  it('outputs the postal code as 070-0000', () => {
    expect(postalCodeSchema.parse('〒０７０００００')).toBe('070-0000');
  });

  it('reports an invalid postal code with the validation.postalCode message key', () => {
    const result = postalCodeSchema.safeParse('070-000');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.postalCode']);
  });

  it('reports a value that is not text with the same message key', () => {
    const result = postalCodeSchema.safeParse(700000);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.postalCode']);
  });
});
