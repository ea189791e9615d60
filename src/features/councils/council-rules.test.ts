import { describe, expect, it } from 'vitest';
import { formatAgenda, parseAgenda, plannedMinutes, termCovers } from './council-rules.ts';

describe('the agenda as typed', () => {
  const typed = '開会（5分）\n報告事項\n  ・活動報告（10分）\n・ニーズ調査の結果（15分）\n協議「移動手段の問題」(40分)\n\n閉会 5分';

  it('reads items, sub-items and planned minutes', () => {
    expect(parseAgenda(typed)).toEqual([
      { depth: 0, title: '開会', durationMinutes: 5 },
      { depth: 0, title: '報告事項', durationMinutes: null },
      { depth: 1, title: '活動報告', durationMinutes: 10 },
      { depth: 1, title: 'ニーズ調査の結果', durationMinutes: 15 },
      { depth: 0, title: '協議「移動手段の問題」', durationMinutes: 40 },
      { depth: 0, title: '閉会', durationMinutes: 5 },
    ]);
  });

  it('counts a parent without its own length as the sum of its sub-items', () => {
    expect(plannedMinutes(parseAgenda(typed))).toBe(75);
    expect(plannedMinutes(parseAgenda('報告（20分）\n  ・活動報告（10分）'))).toBe(20);
  });

  it('does not make a first line a sub-item, and writes back what it read', () => {
    expect(parseAgenda('  ・開会')[0]).toEqual({ depth: 0, title: '開会', durationMinutes: null });
    expect(parseAgenda(formatAgenda(parseAgenda(typed)))).toEqual(parseAgenda(typed));
  });
});

describe('a member term', () => {
  it('covers the days from its start to its end, and every day after the start when open', () => {
    const term = { termStart: '2025-04-01', termEnd: '2027-03-31' };
    expect(termCovers(term, '2025-03-31')).toBe(false);
    expect(termCovers(term, '2025-04-01')).toBe(true);
    expect(termCovers(term, '2027-03-31')).toBe(true);
    expect(termCovers(term, '2027-04-01')).toBe(false);
    expect(termCovers({ termStart: '2025-04-01', termEnd: null }, '2040-01-01')).toBe(true);
  });
});
