import { describe, it, expect } from 'vitest';
import { schedule as scheduleSchema, type Schedule, type ScheduleRule } from './schedule.ts';
import { parseScheduleText } from './schedule-parse.ts';
import { describeSchedule } from './schedule-text.ts';

const rulesOf = (text: string) => parseScheduleText(text).rules;
const weekly = (weekdays: number[], startTime?: string, endTime?: string): ScheduleRule => ({
  kind: 'weekly',
  weekdays,
  ...(startTime && { startTime }),
  ...(endTime && { endTime }),
});

describe('parseScheduleText', () => {
  it('reads weekly days written with 毎週, middle dots, commas or bracketed day names', () => {
    expect(rulesOf('毎週水曜日')).toEqual([weekly([3])]);
    expect(rulesOf('毎週月・水・金')).toEqual([weekly([1, 3, 5])]);
    expect(rulesOf('月曜日、木曜日')).toEqual([weekly([1, 4])]);
    expect(rulesOf('(月)(木)')).toEqual([weekly([1, 4])]);
    expect(rulesOf('（月）（木）')).toEqual([weekly([1, 4])]);
    expect(rulesOf('㈪㈭')).toEqual([weekly([1, 4])]);
  });

  it('reads 平日 as Monday to Friday, 土日 as the weekend and 月〜金 as a range', () => {
    expect(rulesOf('平日')).toEqual([weekly([1, 2, 3, 4, 5])]);
    expect(rulesOf('土日')).toEqual([weekly([0, 6])]);
    expect(rulesOf('月曜〜金曜')).toEqual([weekly([1, 2, 3, 4, 5])]);
    expect(rulesOf('毎日')).toEqual([weekly([0, 1, 2, 3, 4, 5, 6])]);
  });

  it('reads weeks of the month as one monthly rule per weekday', () => {
    expect(rulesOf('第2・第4水曜')).toEqual([{ kind: 'monthly', weeksOfMonth: [2, 4], weekday: 3 }]);
    expect(rulesOf('第1・3週の火曜日')).toEqual([{ kind: 'monthly', weeksOfMonth: [1, 3], weekday: 2 }]);
    expect(rulesOf('毎月第1土曜日 10時〜12時')).toEqual([
      { kind: 'monthly', weeksOfMonth: [1], weekday: 6, startTime: '10:00', endTime: '12:00' },
    ]);
  });

  it('reads clock times in full-width digits, in 時 and 分, and with から', () => {
    expect(rulesOf('毎週火曜日 １０：００～１２：００')).toEqual([weekly([2], '10:00', '12:00')]);
    expect(rulesOf('毎週火曜日 10時30分から12時')).toEqual([weekly([2], '10:30', '12:00')]);
    expect(rulesOf('毎週火曜日 9時半〜11時まで')).toEqual([weekly([2], '09:30', '11:00')]);
    expect(rulesOf('毎週火曜日 10:00〜')).toEqual([weekly([2], '10:00')]);
  });

  it('reads an afternoon end hour written without 午後 as afternoon', () => {
    expect(rulesOf('毎週木曜日 午後1時〜3時')).toEqual([weekly([4], '13:00', '15:00')]);
    expect(rulesOf('毎週木曜日 10時〜3時')).toEqual([weekly([4], '10:00', '15:00')]);
    expect(rulesOf('毎週木曜日 午前10時〜正午')).toEqual([weekly([4], '10:00', '12:00')]);
  });

  it('reads several rules each with its own time', () => {
    expect(rulesOf('毎週月曜日 10時〜12時、毎月第2水曜日 13時〜15時')).toEqual([
      weekly([1], '10:00', '12:00'),
      { kind: 'monthly', weeksOfMonth: [2], weekday: 3, startTime: '13:00', endTime: '15:00' },
    ]);
  });

  it('gives a trailing time to every day listed before it', () => {
    expect(rulesOf('第2水曜・第4金曜 13:30～15:00')).toEqual([
      { kind: 'monthly', weeksOfMonth: [2], weekday: 3, startTime: '13:30', endTime: '15:00' },
      { kind: 'monthly', weeksOfMonth: [4], weekday: 5, startTime: '13:30', endTime: '15:00' },
    ]);
  });

  it('reads 冬季のみ and 冬期間 as December to March, and an explicit month range as the season', () => {
    expect(parseScheduleText('冬季のみ').season).toEqual({ fromMonth: 12, toMonth: 3 });
    expect(parseScheduleText('冬期間 随時')).toEqual({ rules: [{ kind: 'irregular', note: '随時' }], season: { fromMonth: 12, toMonth: 3 }, note: '' });
    expect(parseScheduleText('12月〜3月 毎週月曜日')).toEqual({ rules: [weekly([1])], season: { fromMonth: 12, toMonth: 3 }, note: '' });
    expect(parseScheduleText('冬季のみ（11月〜3月）').season).toEqual({ fromMonth: 11, toMonth: 3 });
  });

  it('keeps a bracketed remark after the schedule as its note', () => {
    expect(parseScheduleText('毎週月曜日 10時〜12時（祝日は休み）')).toEqual({ rules: [weekly([1], '10:00', '12:00')], season: null, note: '祝日は休み' });
  });

  it('reads 不定期, 随時 and 要問合せ as an irregular rule that keeps the wording', () => {
    expect(rulesOf('不定期')).toEqual([{ kind: 'irregular', note: '' }]);
    expect(rulesOf('不定期（雪の日の朝）')).toEqual([{ kind: 'irregular', note: '雪の日の朝' }]);
    expect(rulesOf('随時')).toEqual([{ kind: 'irregular', note: '随時' }]);
    expect(rulesOf('要問合せ')).toEqual([{ kind: 'irregular', note: '要問合せ' }]);
  });

  it('keeps text it does not fully understand whole, as one irregular rule', () => {
    for (const text of ['月に1回程度', '毎月15日', '土日祝', '隔週月曜日', '毎週月曜日、ほか不定期', '10時〜12時']) {
      expect(parseScheduleText(` ${text} `)).toEqual({ rules: [{ kind: 'irregular', note: text }], season: null, note: '' });
    }
  });

  it('cuts a long text it cannot read to 200 characters without splitting a character', () => {
    const long = `${'あ'.repeat(199)}𠮷${'い'.repeat(50)}`;
    const [rule] = rulesOf(long);
    expect(rule).toEqual({ kind: 'irregular', note: 'あ'.repeat(199) });
  });

  it('returns an empty schedule for empty text', () => {
    expect(parseScheduleText('  ')).toEqual({ rules: [], season: null, note: '' });
  });

  it('never throws and always returns a valid schedule, whatever the text', () => {
    const pieces = ['月', '水', '日', '曜日', '第', '2', '・', '、', '(', ')', '〜', '時', '10', ':', '00', '冬季', '不定期', '毎週', '毎月', '12月', ' ', '午後', 'x', '𠮷'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 2000; run++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(() => scheduleSchema.parse(parseScheduleText(text)), text).not.toThrow();
    }
  });
});

describe('parseScheduleText reading describeSchedule', () => {
  const schedules: Schedule[] = [
    { rules: [weekly([1, 4], '10:00', '12:00')], season: null, note: '' },
    { rules: [weekly([3])], season: null, note: '祝日は休み' },
    { rules: [weekly([0, 1, 2, 3, 4, 5, 6], '09:00', '17:00')], season: null, note: '' },
    { rules: [{ kind: 'monthly', weeksOfMonth: [2, 4], weekday: 3, startTime: '13:30', endTime: '15:00' }], season: null, note: '' },
    { rules: [weekly([6], '10:00'), { kind: 'monthly', weeksOfMonth: [1], weekday: 0 }], season: null, note: '' },
    { rules: [{ kind: 'monthly', weeksOfMonth: [1], weekday: 2 }, weekly([5], undefined, '12:00')], season: null, note: '' },
    { rules: [{ kind: 'irregular', note: '雪の日の朝' }], season: { fromMonth: 12, toMonth: 3 }, note: '要予約（前日まで）' },
    { rules: [{ kind: 'irregular', note: '' }, weekly([2])], season: { fromMonth: 4, toMonth: 10 }, note: '' },
    { rules: [], season: { fromMonth: 8, toMonth: 8 }, note: '' },
  ];

  it('gives back the same schedule for typical schedules', () => {
    for (const schedule of schedules) expect(parseScheduleText(describeSchedule(schedule))).toEqual(schedule);
  });
});
