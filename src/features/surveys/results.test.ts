import { describe, expect, it } from 'vitest';
import { crossTabulate, percent, publishedCount, tabulate, type Respondent } from './results.ts';
import { templateDefinitions } from './templates.ts';

const labels = { yes: 'はい', no: 'いいえ', other: 'その他', districts: new Map([['a', 'A地域'], ['b', 'B地域']]) };
const respondent = (answers: Respondent['answers'], respondentType = 'professional.houkatsu', areaId: string | null = 'a'): Respondent => ({ answers, respondentType, areaId, method: 'phone', version: 1 });

describe('tabulating a survey', () => {
  const people = [
    respondent({ changes: ['less_exchange', 'less_outings'], wants_support: 'yes' }),
    respondent({ changes: ['less_exchange'], wants_support: 'no' }, 'group.seniors_club'),
    respondent({ changes: ['less_exchange', 'other'], 'changes.other': '電話が増えた' }, 'group.seniors_club', 'b'),
    respondent({}, 'group.volunteer', 'b'),
  ];

  it('counts each choice of all respondents, keeping non-response in the denominator', () => {
    const { questions } = tabulate(templateDefinitions.hearing, people, labels);
    const changes = questions.find((q) => q.question.name === 'changes')!;
    expect(changes.kind).toBe('choices');
    if (changes.kind !== 'choices') return;
    expect(changes.n).toBe(4);
    expect(changes.noAnswer).toBe(1);
    expect(Object.fromEntries(changes.bars.map((b) => [b.key, b.count]))).toMatchObject({ less_exchange: 3, less_outings: 1, other: 1, none: 0 });
    expect(changes.otherTexts).toEqual(['電話が増えた']);
    expect(percent(3, changes.n)).toBe('75.0');
  });

  it('counts indicators that hold on enough of their conditions', () => {
    const needs = [respondent({ outings: 'none', fewer_outings: 'no' }), respondent({ outings: 'daily', fewer_outings: 'no', fell: 'yes' })];
    const { indicators } = tabulate(templateDefinitions.area_needs, needs, labels);
    expect(indicators).toEqual([{ label: '閉じこもり傾向', count: 1, n: 2 }, { label: '転倒リスク', count: 1, n: 2 }]);
  });

  it('cross-tabulates by respondent type, with each row’s own non-response', () => {
    const q = templateDefinitions.hearing.sections[1]!.questions.find((x) => x.name === 'wants_support')!;
    const table = crossTabulate(q, people, (r) => [r.respondentType], [{ key: 'professional.houkatsu', label: '包括' }, { key: 'group.seniors_club', label: '老人クラブ' }], labels)!;
    expect(table.columns.map((c) => c.key)).toEqual(['yes', 'no']);
    expect(table.rows.map((r) => [r.n, ...r.cells, r.noAnswer])).toEqual([[1, 1, 0, 0], [2, 0, 1, 1]]);
  });

  it('hides a published count under the threshold, but not a zero', () => {
    expect(publishedCount(3, 10)).toBe('＜10');
    expect(publishedCount(0, 10)).toBe('0');
    expect(publishedCount(12, 10)).toBe('12');
    expect(publishedCount(3, null)).toBe('3');
  });
});
