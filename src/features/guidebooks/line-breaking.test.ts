import { describe, expect, it } from 'vitest';
import { textMeasurer } from './guidebook-fonts.ts';
import { breakLines } from './line-breaking.ts';

const measure = textMeasurer(false, 10.5);
const text = '子どもから高齢者まで、だれでも一緒にごはんを食べられる地域食堂です。季節の行事もあり、毎回30人ほどが集まります（申込不要）。';

describe('breakLines', () => {
  it('fills each line up to the width and keeps every character', () => {
    const lines = breakLines(text, 120, measure);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    // Greedy: a line falls short by at most the two characters kept together with a comma or full stop.
    for (const line of lines.slice(0, -1)) expect(measure(line)).toBeGreaterThan(120 - 2 * 10.5 - 1);
  });

  it('never starts a line with closing punctuation or ends one with an opening bracket', () => {
    for (const width of [60, 73, 88, 101, 130]) {
      const lines = breakLines(text, width, measure);
      for (const line of lines.slice(1)) expect(line[0], line).not.toMatch(/[、。）]/);
      for (const line of lines) expect(line.at(-1), line).not.toBe('（');
    }
  });

  it('keeps the lines of the text and breaks at spaces in Latin text, cutting a word longer than a line', () => {
    expect(breakLines('TEL 0166-23-0742\nFAX 0166-23-0743', 200, measure)).toEqual(['TEL 0166-23-0742', 'FAX 0166-23-0743']);
    const url = 'https://www.example.jp/kurashi/guidebook/listings/very-long-address-without-any-break';
    const lines = breakLines(`詳しくは ${url}`, 100, measure);
    expect(lines.join('').replace(/\s/g, '')).toBe(`詳しくは${url}`);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('gives one empty line for empty text', () => {
    expect(breakLines('', 100, measure)).toEqual(['']);
  });
});
