import { describe, it, expect } from 'vitest';
import {
  fiscalYearOf,
  fiscalYearRange,
  formatFiscalYear,
  formatWarekiDate,
  formatWarekiDateTime,
  formatWarekiYear,
} from './wareki.ts';

describe('formatWarekiDate', () => {
  it('writes an ISO date as era, year, month and day', () => {
    expect(formatWarekiDate('2021-09-18')).toBe('令和3年9月18日');
  });

  it('puts the weekday in full-width parentheses when asked', () => {
    expect(formatWarekiDate('2021-09-18', { weekday: true })).toBe('令和3年9月18日（土）');
  });

  it('switches from 平成 to 令和 on 1 May 2019 and writes the first year as 元年', () => {
    expect(formatWarekiDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWarekiDate('2019-05-01')).toBe('令和元年5月1日');
  });

  it('reads a Date in Tokyo time, so late evening UTC is already the next day', () => {
    const lateUtc = new Date('2021-09-17T15:30:00Z');
    expect(formatWarekiDate(lateUtc, { weekday: true })).toBe('令和3年9月18日（土）');
  });

  it('treats a date-only string as that calendar day in Japan, not UTC midnight', () => {
    expect(formatWarekiDate('2021-01-01')).toBe('令和3年1月1日');
    expect(formatWarekiDate('2021-12-31')).toBe('令和3年12月31日');
  });

  it('accepts an ISO timestamp that carries its offset', () => {
    expect(formatWarekiDate('2021-09-17T23:59:00-01:00')).toBe('令和3年9月18日');
  });

  it('rejects impossible dates and timestamps without an offset', () => {
    expect(() => formatWarekiDate('2021-02-30')).toThrow(RangeError);
    expect(() => formatWarekiDate('2021-09-18T10:00:00')).toThrow(RangeError);
    expect(() => formatWarekiDate('yesterday')).toThrow(RangeError);
    expect(() => formatWarekiDate(new Date('nonsense'))).toThrow(RangeError);
  });

  it('writes English with the era name in parentheses', () => {
    expect(formatWarekiDate('2021-09-18', { locale: 'en', weekday: true })).toBe(
      'Sat, 18 September 2021 (Reiwa 3)',
    );
    expect(formatWarekiDate('2019-05-01', { locale: 'en' })).toBe('1 May 2019 (Reiwa 1)');
  });
});

describe('formatWarekiDateTime', () => {
  it('adds the weekday and a 24-hour Tokyo time', () => {
    expect(formatWarekiDateTime(new Date('2021-09-18T05:30:00Z'))).toBe('令和3年9月18日（土）14:30');
  });

  it('shows midnight as 0:00 of the new day', () => {
    expect(formatWarekiDateTime(new Date('2021-09-17T15:00:00Z'))).toBe('令和3年9月18日（土）0:00');
  });

  it('writes English date and time', () => {
    expect(formatWarekiDateTime(new Date('2021-09-18T05:30:00Z'), { locale: 'en' })).toBe(
      'Sat, 18 September 2021 (Reiwa 3), 14:30',
    );
  });
});

describe('formatWarekiYear', () => {
  it('names a Gregorian year by its era', () => {
    expect(formatWarekiYear(2021)).toBe('令和3年');
    expect(formatWarekiYear(2018)).toBe('平成30年');
  });

  it('names the years an era changed in by the new era', () => {
    expect(formatWarekiYear(2019)).toBe('令和元年');
    expect(formatWarekiYear(1989)).toBe('平成元年');
  });

  it('rejects years that are not whole numbers in range', () => {
    expect(() => formatWarekiYear(2021.5)).toThrow(RangeError);
    expect(() => formatWarekiYear(1700)).toThrow(RangeError);
  });
});

describe('fiscalYearOf', () => {
  it('puts January to March in the 年度 that began the previous April', () => {
    expect(fiscalYearOf('2021-03-31')).toBe(2020);
    expect(fiscalYearOf('2021-04-01')).toBe(2021);
    expect(fiscalYearOf('2022-01-15')).toBe(2021);
  });

  it('decides by the Tokyo date, so 31 March 15:00 UTC is already the new 年度', () => {
    expect(fiscalYearOf(new Date('2021-03-31T14:59:59Z'))).toBe(2020);
    expect(fiscalYearOf(new Date('2021-03-31T15:00:00Z'))).toBe(2021);
  });
});

describe('formatFiscalYear', () => {
  it('names a 年度 by the era of its first day', () => {
    expect(formatFiscalYear(2021)).toBe('令和3年度');
    expect(formatFiscalYear(2018)).toBe('平成30年度');
    expect(formatFiscalYear(1988)).toBe('昭和63年度');
    expect(formatFiscalYear(1989)).toBe('平成元年度');
  });

  it('calls 2019年度 令和元年度, as everyone did once 令和 began', () => {
    expect(formatFiscalYear(2019)).toBe('令和元年度');
    expect(formatFiscalYear(2020)).toBe('令和2年度');
  });
});

describe('fiscalYearRange', () => {
  it('runs from 1 April to 31 March of the next year', () => {
    expect(fiscalYearRange(2021)).toEqual({ start: '2021-04-01', end: '2022-03-31' });
  });

  it('agrees with fiscalYearOf at both ends', () => {
    const { start, end } = fiscalYearRange(2023);
    expect(fiscalYearOf(start)).toBe(2023);
    expect(fiscalYearOf(end)).toBe(2023);
  });
});
