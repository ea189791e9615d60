import { describe, expect, it } from 'vitest';
import { cleanEmail, cleanPhone, cleanPostalCode, sortWebAddress } from './clean-contact.ts';

describe('cleanPhone', () => {
  it('formats a valid number through parseJapanesePhone, whatever width and dashes it was typed in', () => {
    expect(cleanPhone('０１６６ー２３ー０７４２')).toEqual({ value: '0166-23-0742', leftover: '' });
    expect(cleanPhone('TEL: 0166-23-0742（代表）')).toEqual({ value: '0166-23-0742', leftover: '' });
  });

  it('restores the leading 0 a spreadsheet dropped when it stored the number as a number', () => {
    expect(cleanPhone('166230742').value).toBe('0166-23-0742');
  });

  it('uses the first valid number of several and keeps the rest', () => {
    expect(cleanPhone('0166-23-0742 / 090-1234-5678')).toEqual({ value: '0166-23-0742', leftover: '090-1234-5678' });
  });

  it('keeps an invalid number whole as leftover rather than dropping it', () => {
    expect(cleanPhone('内線なし')).toEqual({ value: '', leftover: '内線なし' });
    expect(cleanPhone('')).toEqual({ value: '', leftover: '' });
  });
});

describe('cleanEmail', () => {
  it('lower-cases and narrows an address, dropping mailto:', () => {
    expect(cleanEmail('ＩＧＯ＠ＥＸＡＭＰＬＥ.JP').value).toBe('igo@example.jp');
    expect(cleanEmail('mailto:Salon@Example.jp').value).toBe('salon@example.jp');
  });

  it('keeps what is not an address as leftover', () => {
    expect(cleanEmail('窓口にお問い合わせ')).toEqual({ value: '', leftover: '窓口にお問い合わせ' });
  });
});

describe('sortWebAddress', () => {
  it('keeps a web address as the URL', () => {
    expect(sortWebAddress('https://example.jp/salon').url).toBe('https://example.jp/salon');
  });

  it('adds http:// to an address that starts with www.', () => {
    expect(sortWebAddress('www.example.jp/igo').url).toBe('http://www.example.jp/igo');
  });

  it('moves an e-mail address or a phone number out of the URL column (MHLW data)', () => {
    expect(sortWebAddress('hotto@example.jp')).toEqual({ url: '', email: 'hotto@example.jp', phone: '', leftover: '' });
    expect(sortWebAddress('0166-55-1234')).toEqual({ url: '', email: '', phone: '0166-55-1234', leftover: '' });
  });

  it('keeps anything else as leftover', () => {
    expect(sortWebAddress('ホームページ準備中').leftover).toBe('ホームページ準備中');
  });
});

describe('cleanPostalCode', () => {
  it('formats a postal code as 070-0000', () => {
    expect(cleanPostalCode('〒０７８－８３５９').value).toBe('078-8359');
    expect(cleanPostalCode('0788359').value).toBe('078-8359');
  });

  it('restores the leading zero of a 7-digit code stored as a number', () => {
    expect(cleanPostalCode('788359').value).toBe('078-8359');
  });

  it('keeps what is not a postal code as leftover', () => {
    expect(cleanPostalCode('未定')).toEqual({ value: '', leftover: '未定' });
  });
});
