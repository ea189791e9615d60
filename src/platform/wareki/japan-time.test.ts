import { describe, expect, it } from 'vitest';
import { instantToJapanDateTime, japanDateOf, japanDateTimeToInstant, japanMonthOf, japanTimeOf } from './japan-time.ts';

describe('Japan time', () => {
  it('reads a typed Japan date-time as the instant nine hours earlier in UTC', () => {
    expect(japanDateTimeToInstant('2021-09-18T14:30')?.toISOString()).toBe('2021-09-18T05:30:00.000Z');
    expect(japanDateTimeToInstant('2026-03-26 10:00')?.toISOString()).toBe('2026-03-26T01:00:00.000Z');
  });

  it('crosses the date line backwards for early-morning times', () => {
    expect(japanDateTimeToInstant('2026-04-01T08:00')?.toISOString()).toBe('2026-03-31T23:00:00.000Z');
  });

  it('accepts full-width digits as typed with a Japanese input method', () => {
    expect(japanDateTimeToInstant('２０２１-０９-１８T１４:３０')?.toISOString()).toBe('2021-09-18T05:30:00.000Z');
  });

  it('refuses dates and times that do not exist or are not in the expected shape', () => {
    for (const text of ['2021-04-31T10:00', '2021-02-29T10:00', '2021-13-01T10:00', '2021-09-18T24:00', '2021-09-18T10:60', '2021-09-18', '令和3年9月18日', '']) {
      expect(japanDateTimeToInstant(text), text).toBeNull();
    }
    expect(japanDateTimeToInstant('2024-02-29T10:00')).not.toBeNull();
  });

  it('shows an instant back on the Japan wall clock', () => {
    const instant = new Date('2026-03-31T23:00:00Z');
    expect(instantToJapanDateTime(instant)).toBe('2026-04-01T08:00');
    expect(japanDateOf(instant)).toBe('2026-04-01');
    expect(japanTimeOf(instant)).toBe('08:00');
  });

  it('round-trips every quarter hour of a day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
      const text = `2021-09-18T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      expect(instantToJapanDateTime(japanDateTimeToInstant(text)!)).toBe(text);
    }
  });

  it('puts an instant in the month of the Japan calendar, which starts nine hours before UTC midnight', () => {
    const december = japanMonthOf(new Date('2026-11-30T15:30:00Z'));
    expect(december.firstDay).toBe('2026-12-01');
    expect(december.lastDay).toBe('2026-12-31');
    expect(december.start.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    expect(december.end.toISOString()).toBe('2026-12-31T15:00:00.000Z');
    expect(japanMonthOf(new Date('2026-11-30T14:59:59Z')).firstDay).toBe('2026-11-01');
    const february = japanMonthOf(new Date('2028-02-10T00:00:00Z'));
    expect(february.lastDay).toBe('2028-02-29');
    expect(japanMonthOf(new Date('2026-12-31T15:00:00Z')).firstDay).toBe('2027-01-01');
  });
});
