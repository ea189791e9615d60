import { describe, expect, it } from 'vitest';
import { buildSchedule, extractSeasonalNotice, normalizeTime } from './clean-schedule.ts';

describe('normalizeTime', () => {
  it.each([
    ['9:00', '09:00'],
    ['09:00:00', '09:00'],
    ['９時', '09:00'],
    ['9時30分', '09:30'],
    ['0930', '09:30'],
    ['24:00', '23:59'],
  ])('reads %s as %s', (text, expected) => {
    expect(normalizeTime(text)).toBe(expected);
  });

  it('returns null for what is not a time', () => {
    expect(normalizeTime('')).toBeNull();
    expect(normalizeTime('25:00')).toBeNull();
    expect(normalizeTime('朝')).toBeNull();
  });
});

describe('buildSchedule', () => {
  it('reads 利用可能曜日 with parseScheduleText and gives it the times of 開始時間/終了時間', () => {
    const { schedule } = buildSchedule([{ dayText: '月火水木金土', startTime: '9:00', endTime: '21:00' }], []);
    expect(schedule.rules).toEqual([{ kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6], startTime: '09:00', endTime: '21:00' }]);
  });

  it('keeps times already in the 曜日 text rather than overwriting them', () => {
    const { schedule } = buildSchedule([{ dayText: '毎週水曜 10:00〜12:00', startTime: '09:00', endTime: '17:00' }], []);
    expect(schedule.rules).toEqual([{ kind: 'weekly', weekdays: [3], startTime: '10:00', endTime: '12:00' }]);
  });

  it('builds weekly rules from explicit weekdays and merges those with the same hours', () => {
    const { schedule } = buildSchedule(
      [
        { weekdays: [1, 2, 3, 4, 5], startTime: '11:00', endTime: '13:00' },
        { weekdays: [6], startTime: '11:00', endTime: '13:00' },
        { weekdays: [0], startTime: '13:00', endTime: '16:00' },
      ],
      [],
    );
    expect(schedule.rules).toEqual([
      { kind: 'weekly', weekdays: [1, 2, 3, 4, 5, 6], startTime: '11:00', endTime: '13:00' },
      { kind: 'weekly', weekdays: [0], startTime: '13:00', endTime: '16:00' },
    ]);
  });

  it('says hours with no day in the note, 00:00–23:59 as 24時間', () => {
    expect(buildSchedule([{ startTime: '00:00', endTime: '23:59' }], []).schedule).toEqual({ rules: [], season: null, note: '24時間' });
    expect(buildSchedule([{ dayText: '', startTime: '09:00', endTime: '17:00' }], []).schedule.note).toBe('09:00〜17:00');
  });

  it('takes plain-weekday 定休日 out of the rules and keeps other closing days as words', () => {
    const closedWednesday = buildSchedule([{ weekdays: [1, 2, 3, 4, 5], startTime: '10:00' }], [], '水曜日');
    expect(closedWednesday.schedule.rules).toEqual([{ kind: 'weekly', weekdays: [1, 2, 4, 5], startTime: '10:00' }]);
    expect(buildSchedule([{ weekdays: [0] }], [], '年末年始').schedule.note).toBe('定休日: 年末年始');
  });

  it('adds the special-notes columns to the note', () => {
    const { schedule } = buildSchedule([{ dayText: '月〜金' }], ['祝日も営業', '']);
    expect(schedule.note).toBe('祝日も営業');
  });

  it('cuts a note longer than the model allows and returns the whole of it as overflow', () => {
    const long = 'あ'.repeat(250);
    const { schedule, overflow } = buildSchedule([], [long]);
    expect(schedule.note).toHaveLength(200);
    expect(schedule.note.endsWith('…')).toBe(true);
    expect(overflow).toBe(long);
  });
});

describe('extractSeasonalNotice', () => {
  it('moves 冬季閉鎖 out of the 備考 and keeps the other remarks', () => {
    expect(extractSeasonalNotice('冬季閉鎖 / 原データ多機能トイレ数=0')).toEqual({ notice: '冬季閉鎖', rest: '原データ多機能トイレ数=0' });
  });

  it.each(['冬期閉鎖', '冬季休止', '冬期間は閉館', '冬季休止（1月〜2月）'])('recognises %s', (remark) => {
    expect(extractSeasonalNotice(remark).notice).toBe(remark);
  });

  it('leaves hours of closing and remarks that only mention winter alone', () => {
    expect(extractSeasonalNotice('12～3月　17時～9時閉鎖').notice).toBe('');
    expect(extractSeasonalNotice('冬季も開館しています').notice).toBe('');
  });
});
