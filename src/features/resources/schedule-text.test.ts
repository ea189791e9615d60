import { describe, it, expect } from 'vitest';
import type { Schedule, ScheduleRule } from './schedule.ts';
import { describeSchedule, scheduleFromHsds, scheduleToHsds, scheduleWeekdays } from './schedule-text.ts';

const scheduleOf = (rules: ScheduleRule[], extra: Partial<Schedule> = {}): Schedule => ({ rules, season: null, note: '', ...extra });
const monThu: ScheduleRule = { kind: 'weekly', weekdays: [4, 1], startTime: '10:00', endTime: '12:00' };
const secondAndFourthWed: ScheduleRule = { kind: 'monthly', weeksOfMonth: [4, 2], weekday: 3, startTime: '10:00', endTime: '12:00' };
const ids = { serviceId: 'ac148810-d857-441c-9679-408f346de14b', makeId: (index: number) => `00000000-0000-4000-8000-00000000000${index}` };

describe('describeSchedule in Japanese', () => {
  it('writes a weekly rule with its days Monday first and the time joined by a wave dash', () => {
    expect(describeSchedule(scheduleOf([monThu]))).toBe('毎週月・木曜日 10:00〜12:00');
  });

  it('puts Sunday last and writes a single day on its own', () => {
    expect(describeSchedule(scheduleOf([{ kind: 'weekly', weekdays: [0, 6] }]))).toBe('毎週土・日曜日');
    expect(describeSchedule(scheduleOf([{ kind: 'weekly', weekdays: [3] }]))).toBe('毎週水曜日');
  });

  it('calls all seven days 毎日', () => {
    expect(describeSchedule(scheduleOf([{ kind: 'weekly', weekdays: [0, 1, 2, 3, 4, 5, 6] }]))).toBe('毎日');
  });

  it('writes a monthly rule with each week of the month as 第N', () => {
    expect(describeSchedule(scheduleOf([secondAndFourthWed]))).toBe('毎月第2・第4水曜日 10:00〜12:00');
  });

  it('writes a start time alone as open-ended and drops the leading zero of the hour', () => {
    expect(describeSchedule(scheduleOf([{ kind: 'weekly', weekdays: [2], startTime: '09:30' }]))).toBe('毎週火曜日 9:30〜');
    expect(describeSchedule(scheduleOf([{ kind: 'weekly', weekdays: [2], endTime: '12:00' }]))).toBe('毎週火曜日 〜12:00');
  });

  it('writes an irregular rule as 不定期 with its note in brackets', () => {
    expect(describeSchedule(scheduleOf([{ kind: 'irregular', note: '雪の日の朝' }]))).toBe('不定期（雪の日の朝）');
    expect(describeSchedule(scheduleOf([{ kind: 'irregular', note: '' }]))).toBe('不定期');
  });

  it('joins several rules with a Japanese comma', () => {
    expect(describeSchedule(scheduleOf([monThu, secondAndFourthWed]))).toBe('毎週月・木曜日 10:00〜12:00、毎月第2・第4水曜日 10:00〜12:00');
  });

  it('calls a season from November or December to March 冬季 and shows its months', () => {
    const weekly = scheduleOf([{ kind: 'weekly', weekdays: [1] }], { season: { fromMonth: 12, toMonth: 3 } });
    expect(describeSchedule(weekly)).toBe('冬季のみ（12月〜3月） 毎週月曜日');
    expect(describeSchedule(scheduleOf([], { season: { fromMonth: 11, toMonth: 3 } }))).toBe('冬季のみ（11月〜3月）');
  });

  it('writes any other season as a month range followed by のみ', () => {
    const summer = scheduleOf([{ kind: 'weekly', weekdays: [5] }], { season: { fromMonth: 4, toMonth: 10 } });
    expect(describeSchedule(summer)).toBe('4月〜10月のみ 毎週金曜日');
    expect(describeSchedule(scheduleOf([], { season: { fromMonth: 8, toMonth: 8 } }))).toBe('8月のみ');
  });

  it('appends the schedule note in brackets', () => {
    expect(describeSchedule(scheduleOf([monThu], { note: '祝日は休み' }))).toBe('毎週月・木曜日 10:00〜12:00（祝日は休み）');
  });

  it('returns an empty string for an empty schedule so the page can show its own placeholder', () => {
    expect(describeSchedule(scheduleOf([]))).toBe('');
  });
});

describe('describeSchedule in English', () => {
  it('writes weekly and monthly rules with short day names and an en dash between times', () => {
    expect(describeSchedule(scheduleOf([monThu]), 'en')).toBe('Every Mon and Thu, 10:00–12:00');
    expect(describeSchedule(scheduleOf([secondAndFourthWed]), 'en')).toBe('2nd and 4th Wed of every month, 10:00–12:00');
  });

  it('lists three or more days with commas and a final and', () => {
    expect(describeSchedule(scheduleOf([{ kind: 'weekly', weekdays: [5, 1, 3] }]), 'en')).toBe('Every Mon, Wed and Fri');
  });

  it('writes an open start as from and an open end as until', () => {
    expect(describeSchedule(scheduleOf([{ kind: 'weekly', weekdays: [1], startTime: '13:00' }]), 'en')).toBe('Every Mon, from 13:00');
    expect(describeSchedule(scheduleOf([{ kind: 'weekly', weekdays: [1], endTime: '12:00' }]), 'en')).toBe('Every Mon, until 12:00');
  });

  it('writes irregular rules, seasons and notes', () => {
    const snow = scheduleOf([{ kind: 'irregular', note: 'after snowfall' }], { season: { fromMonth: 12, toMonth: 3 }, note: 'call first' });
    expect(describeSchedule(snow, 'en')).toBe('December–March only: Irregular (after snowfall) (call first)');
    expect(describeSchedule(scheduleOf([], { season: { fromMonth: 12, toMonth: 3 } }), 'en')).toBe('December–March only');
  });

  it('joins several rules with semicolons', () => {
    expect(describeSchedule(scheduleOf([monThu, { kind: 'irregular', note: '' }]), 'en')).toBe('Every Mon and Thu, 10:00–12:00; Irregular');
  });
});

describe('scheduleWeekdays', () => {
  it('collects the days of weekly and monthly rules, sorted and without repeats', () => {
    const rules: ScheduleRule[] = [monThu, secondAndFourthWed, { kind: 'weekly', weekdays: [4, 0] }, { kind: 'irregular', note: '' }];
    expect(scheduleWeekdays(scheduleOf(rules))).toEqual([0, 1, 3, 4]);
  });

  it('gives no days for an irregular schedule', () => {
    expect(scheduleWeekdays(scheduleOf([{ kind: 'irregular', note: '随時' }]))).toEqual([]);
  });
});

describe('scheduleToHsds', () => {
  it('writes a weekly rule as a WEEKLY recurrence in Japan time with the Japanese text as description', () => {
    const [weekly] = scheduleToHsds(scheduleOf([monThu], { note: '祝日は休み' }), ids);
    expect(weekly).toEqual({
      id: ids.makeId(0),
      service_id: ids.serviceId,
      freq: 'WEEKLY',
      interval: 1,
      byday: 'MO,TH',
      wkst: 'MO',
      opens_at: '10:00',
      closes_at: '12:00',
      timezone: 9,
      description: '毎週月・木曜日 10:00〜12:00',
      notes: '祝日は休み',
    });
  });

  it('leaves out times and notes it does not have rather than writing null', () => {
    const [open] = scheduleToHsds(scheduleOf([{ kind: 'weekly', weekdays: [2], startTime: '13:00' }]), ids);
    expect(open).not.toHaveProperty('closes_at');
    expect(open).not.toHaveProperty('notes');
    expect(Object.values(open)).not.toContain(null);
  });

  it('writes a monthly rule with the week of the month before each day', () => {
    const [monthly] = scheduleToHsds(scheduleOf([secondAndFourthWed]), ids);
    expect(monthly).toMatchObject({ freq: 'MONTHLY', byday: '2WE,4WE', description: '毎月第2・第4水曜日 10:00〜12:00' });
  });

  it('writes an irregular rule with a description and no recurrence', () => {
    const [irregular] = scheduleToHsds(scheduleOf([{ kind: 'irregular', note: '雪の日の朝' }]), ids);
    expect(irregular).toEqual({ id: ids.makeId(0), service_id: ids.serviceId, description: '不定期（雪の日の朝）' });
  });

  it('numbers the ids by rule and puts the season in every description, since HSDS has no month rule', () => {
    const winter = scheduleOf([monThu, { kind: 'irregular', note: '' }], { season: { fromMonth: 12, toMonth: 3 } });
    const objects = scheduleToHsds(winter, ids);
    expect(objects.map((object) => object.id)).toEqual([ids.makeId(0), ids.makeId(1)]);
    expect(objects.map((object) => object.description)).toEqual(['冬季のみ（12月〜3月） 毎週月・木曜日 10:00〜12:00', '冬季のみ（12月〜3月） 不定期']);
  });

  it('writes nothing for a schedule with no rules, season or note', () => {
    expect(scheduleToHsds(scheduleOf([]), ids)).toEqual([]);
  });
});

describe('scheduleFromHsds', () => {
  it('reads back what scheduleToHsds wrote', () => {
    const schedules: Schedule[] = [
      scheduleOf([{ kind: 'weekly', weekdays: [1, 4], startTime: '10:00', endTime: '12:00' }], { note: '祝日は休み' }),
      scheduleOf([{ kind: 'monthly', weeksOfMonth: [2, 4], weekday: 3 }, { kind: 'irregular', note: '雪の日の朝' }], { season: { fromMonth: 12, toMonth: 3 } }),
      scheduleOf([{ kind: 'weekly', weekdays: [5], startTime: '13:30' }], { season: { fromMonth: 4, toMonth: 10 } }),
      scheduleOf([], { season: { fromMonth: 12, toMonth: 3 }, note: '要予約' }),
      scheduleOf([]),
    ];
    for (const schedule of schedules) expect(scheduleFromHsds(scheduleToHsds(schedule, ids))).toEqual(schedule);
  });

  it('reads times with seconds or an offset and byday in any order or case', () => {
    const schedule = scheduleFromHsds([{ id: 'x', freq: 'WEEKLY', byday: 'th, mo', opens_at: '9:00:00', closes_at: '12:00+09:00' }]);
    expect(schedule.rules).toEqual([{ kind: 'weekly', weekdays: [1, 4], startTime: '09:00', endTime: '12:00' }]);
  });

  it('splits a monthly byday over several weekdays into one rule per weekday', () => {
    const schedule = scheduleFromHsds([{ id: 'x', freq: 'MONTHLY', byday: '1TU,3TU,2FR' }]);
    expect(schedule.rules).toEqual([
      { kind: 'monthly', weeksOfMonth: [1, 3], weekday: 2 },
      { kind: 'monthly', weeksOfMonth: [2], weekday: 5 },
    ]);
  });

  it('falls back to the description for recurrences it cannot hold, such as fortnightly or the last Friday', () => {
    const fortnightly = scheduleFromHsds([{ id: 'x', freq: 'WEEKLY', interval: 2, byday: 'MO', description: '隔週月曜日' }]);
    expect(fortnightly.rules).toEqual([{ kind: 'irregular', note: '隔週月曜日' }]);
    const lastFriday = scheduleFromHsds([{ id: 'x', freq: 'MONTHLY', byday: '-1FR', description: '毎月最終金曜日' }]);
    expect(lastFriday.rules).toEqual([{ kind: 'irregular', note: '毎月最終金曜日' }]);
  });

  it('reads a description without a recurrence as free Japanese text', () => {
    expect(scheduleFromHsds([{ id: 'x', description: '毎週水曜日 10時〜12時' }]).rules).toEqual([
      { kind: 'weekly', weekdays: [3], startTime: '10:00', endTime: '12:00' },
    ]);
  });

  it('ignores an English description when the recurrence is clear', () => {
    const schedule = scheduleFromHsds([{ id: 'x', freq: 'WEEKLY', byday: 'TH,FR', description: 'Open weekdays.', notes: 'Closed on holidays' }]);
    expect(schedule).toEqual({ rules: [{ kind: 'weekly', weekdays: [4, 5] }], season: null, note: 'Closed on holidays' });
  });
});
