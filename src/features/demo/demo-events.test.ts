import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../../platform/wareki/wareki.ts';
import { createEventInput, type CreateEventInput } from '../events/management/validation.ts';
import { demoEvents } from './demo-events.ts';

const parsed = demoEvents().map(({ input, status }) => ({ input: createEventInput.parse(input), status }));
const byTitle = (title: string): CreateEventInput => parsed.find((e) => e.input.title === title)!.input;

describe('demo events', () => {
  it('passes the event form schema', () => {
    const failures = demoEvents().flatMap(({ input }) => {
      const result = createEventInput.safeParse(input);
      return result.success ? [] : [JSON.stringify(result.error.issues)];
    });
    expect(failures).toEqual([]);
  });

  it('holds the volunteer trainings the newsletter counts: 3 in 平成30年度, 9 in 令和元年度, 10 in 令和2年度', () => {
    const counts = new Map<number, number>();
    for (const { input, status } of parsed) if (input.isVolunteerTraining && status !== 'cancelled') counts.set(fiscalYearOf(input.startsAt), (counts.get(fiscalYearOf(input.startsAt)) ?? 0) + 1);
    expect([counts.get(2018), counts.get(2019), counts.get(2020), counts.get(2021)]).toEqual([3, 9, 10, 1]);
  });

  it('has the 令和3年度 volunteer training with its real details', () => {
    const e = byTitle('令和３年度ボランティア研修「コロナ禍で光るささえ合い」');
    expect([e.startsAt.toISOString(), e.endsAt.toISOString()]).toEqual(['2021-09-18T05:30:00.000Z', '2021-09-18T07:00:00.000Z']);
    expect(e.venueName).toBe('旭川市大雪クリスタルホール 大会議室');
    expect(e.venueAddress).toContain('神楽３条７丁目');
    expect([e.capacity, e.feeYen]).toEqual([20, 0]);
    expect(e.applicationClosesAt.toISOString().slice(0, 10)).toBe('2021-09-13');
    expect(e.targetAudience).toContain('市内にお住まいの方');
    expect(e.description).toContain('急遽中止や延期となる場合がございます');
    expect([e.contactPhone, e.contactFax, e.contactEmail]).toEqual(['0166-23-0742', '0166-23-0746', 'seikatsu-shien@asahikawa-shakyo.or.jp']);
    expect(e.contactName).toContain('堀川・木戸場');
    expect(e.sessions[0]!.speakers.map((s) => `${s.role}:${s.name}`)).toEqual(['講師:齋藤 建児', '実践報告者:田中 誠康', '実践報告者:ボランティア活動者']);
  });

  it('has the national conference with its on-demand window, live programme, seats, fee and deadlines', () => {
    const e = byTitle('令和7年度生活支援コーディネーター研究協議会');
    expect(e.organiser).toBe('社会福祉法人 全国社会福祉協議会');
    expect([e.onDemand, e.liveOnline, e.inPerson]).toEqual([true, true, false]);
    expect(e.onDemandFrom!.toISOString().slice(0, 10)).toBe('2026-02-20');
    expect(e.onDemandUntil!.toISOString()).toBe('2026-04-30T14:59:00.000Z');
    expect([e.startsAt.toISOString(), e.endsAt.toISOString()]).toEqual(['2026-03-26T01:00:00.000Z', '2026-03-26T07:00:00.000Z']);
    expect([e.capacity, e.feeYen]).toEqual([500, 1000]);
    expect(e.applicationOpensAt.toISOString()).toBe('2026-02-01T15:00:00.000Z');
    expect(e.applicationClosesAt.getTime()).toBe(e.paymentDueAt!.getTime());
    expect(e.cancellationPolicy).toBe('ご入金後のキャンセルは返金できません。ご了承ください。');
    expect(e.liveNotes).toContain('https://zoom.us/test');
    const [onDemand, ...liveParts] = e.sessions;
    expect(onDemand).toMatchObject({ delivery: 'on_demand', durationMinutes: 40 });
    expect(onDemand!.speakers[0]).toMatchObject({ name: '佐藤 清和' });
    expect(onDemand!.speakers[0]!.affiliation).toContain('室長補佐');
    expect(liveParts.map((s) => s.title)).toEqual(['【オリエンテーション】', '【導入】', '【実践報告】', '昼休憩', '【グループワーク】', '【グループワークの発表】', '【研究協議会のまとめ】']);
    expect(liveParts.map((s) => (s.endsAt!.getTime() - s.startsAt!.getTime()) / 60_000)).toEqual([5, 25, 90, 60, 130, 20, 30]);
    expect(liveParts[2]!.speakers.map((s) => s.name)).toEqual(['渡辺 裕一', '川越 晃彦', '永濱 旭']);
  });

  it('has one small free training open to apply to after December 2026', () => {
    const open = parsed.filter(({ input, status }) => status === 'published' && input.startsAt > new Date('2026-12-01T00:00:00Z'));
    expect(open).toHaveLength(1);
    expect(open[0]!.input).toMatchObject({ feeYen: 0, isVolunteerTraining: true });
    expect(open[0]!.input.capacity).toBeLessThanOrEqual(30);
    expect(open[0]!.input.applicationOpensAt < new Date('2026-11-23T00:00:00Z')).toBe(true);
  });
});
