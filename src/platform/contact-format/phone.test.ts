import { emailAddress } from '../validation/fields.ts';
import { describe, it, expect } from 'vitest';
import { japanesePhoneSchema, parseJapanesePhone } from './phone.ts';

describe('parseJapanesePhone', () => {
  it('groups a bare number by its area code', () => {
    expect(parseJapanesePhone('0166230742')).toEqual({ ok: true, value: '0166-23-0742' });
    expect(parseJapanesePhone('0312345678')).toEqual({ ok: true, value: '03-1234-5678' });
  });

  it('accepts full-width digits and full-width hyphens', () => {
    expect(parseJapanesePhone('０１６６－２３－０７４２')).toEqual({ ok: true, value: '0166-23-0742' });
  });

  it('accepts any kind of hyphen, spaces and parentheses', () => {
    for (const typed of ['0166‐23‐0742', '0166ー23ー0742', '0166−23−0742', '0166 23 0742', '(0166)23-0742', '（０１６６）２３－０７４２']) {
      expect(parseJapanesePhone(typed)).toEqual({ ok: true, value: '0166-23-0742' });
    }
  });

  it('reads an international +81 number, with or without the (0)', () => {
    expect(parseJapanesePhone('+81 166-23-0742')).toEqual({ ok: true, value: '0166-23-0742' });
    expect(parseJapanesePhone('+81 (0)166-23-0742')).toEqual({ ok: true, value: '0166-23-0742' });
    expect(parseJapanesePhone('＋８１９０１２３４５６７８')).toEqual({ ok: true, value: '090-1234-5678' });
  });

  it('keeps Tokyo, mobile, toll-free and IP numbers in their usual grouping', () => {
    expect(parseJapanesePhone('03-1234-5678')).toEqual({ ok: true, value: '03-1234-5678' });
    expect(parseJapanesePhone('090-1234-5678')).toEqual({ ok: true, value: '090-1234-5678' });
    expect(parseJapanesePhone('0120-123-456')).toEqual({ ok: true, value: '0120-123-456' });
    expect(parseJapanesePhone('050-1234-5678')).toEqual({ ok: true, value: '050-1234-5678' });
  });

  it('rejects numbers that are too short or not Japanese', () => {
    expect(parseJapanesePhone('123')).toEqual({ ok: false });
    expect(parseJapanesePhone('0166-23-074')).toEqual({ ok: false });
    expect(parseJapanesePhone('+1 202-555-0123')).toEqual({ ok: false });
    expect(parseJapanesePhone('')).toEqual({ ok: false });
  });

  it('rejects letters, extensions and a missing leading zero', () => {
    expect(parseJapanesePhone('0120-ABC-DEF')).toEqual({ ok: false });
    expect(parseJapanesePhone('0166-23-0742 ext 5')).toEqual({ ok: false });
    expect(parseJapanesePhone('166230742')).toEqual({ ok: false });
  });

  it('rejects very long input without parsing it', () => {
    expect(parseJapanesePhone('0'.repeat(10_000))).toEqual({ ok: false });
  });
});

describe('japanesePhoneSchema', () => {
  it('outputs the number in national format', () => {
    expect(japanesePhoneSchema.parse('０１６６２３０７４２')).toBe('0166-23-0742');
  });

  it('reports an invalid number with the validation.phone message key', () => {
    const result = japanesePhoneSchema.safeParse('123');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.phone']);
  });

  it('asks for an empty or missing number to be filled in, rather than calling it malformed', () => {
    for (const value of ['', '  ', undefined]) expect(japanesePhoneSchema.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual(['validation.required']);
  });

  it('asks for an empty mail address to be filled in, and calls a wrong one malformed', () => {
    expect(emailAddress.safeParse(' ').error?.issues.map((issue) => issue.message)).toEqual(['validation.required']);
    expect(emailAddress.safeParse('name@').error?.issues.map((issue) => issue.message)).toEqual(['validation.email']);
  });

  it('reports a value that is not text with the same message key', () => {
    const result = japanesePhoneSchema.safeParse(166230742);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.phone']);
  });
});
