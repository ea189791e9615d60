import { describe, expect, it } from 'vitest';
import { canChangeStatus, fiscalYearsSince, insuranceExpiry, insuranceState, registrationFigures, type StatusChange } from './volunteer-rules.ts';

const at = (iso: string) => new Date(`${iso}T03:00:00+09:00`);

describe('volunteer status transitions', () => {
  it('moves forward through 応募, 面談済 and 登録, and lets a registered volunteer pause and come back', () => {
    expect(canChangeStatus('applied', 'interviewed')).toBe(true);
    expect(canChangeStatus('interviewed', 'registered')).toBe(true);
    expect(canChangeStatus('registered', 'paused')).toBe(true);
    expect(canChangeStatus('paused', 'registered')).toBe(true);
  });

  it('never skips the interview and never leaves 退会', () => {
    expect(canChangeStatus('applied', 'registered')).toBe(false);
    expect(canChangeStatus('applied', 'paused')).toBe(false);
    expect(canChangeStatus('withdrawn', 'registered')).toBe(false);
    expect(canChangeStatus('withdrawn', 'applied')).toBe(false);
  });

  it('lets anyone withdraw at any stage before 退会', () => {
    for (const from of ['applied', 'interviewed', 'registered', 'paused'] as const) expect(canChangeStatus(from, 'withdrawn')).toBe(true);
  });
});

describe('ボランティア活動保険 by 年度', () => {
  it('runs to 31 March of the 年度 it was taken out in', () => {
    expect(insuranceExpiry('2026-04-01')).toBe('2027-03-31');
    expect(insuranceExpiry('2027-03-31')).toBe('2027-03-31');
    expect(insuranceExpiry('2027-01-15')).toBe('2027-03-31');
    expect(insuranceExpiry('2027-04-01')).toBe('2028-03-31');
  });

  it('is valid well before the end of March, expiring in its last thirty days, expired from 1 April', () => {
    expect(insuranceState('2026-05-10', at('2026-11-23'))).toEqual({ state: 'valid', expiresOn: '2027-03-31' });
    expect(insuranceState('2026-05-10', at('2027-03-01'))).toEqual({ state: 'expiring', expiresOn: '2027-03-31' });
    expect(insuranceState('2026-05-10', at('2027-03-31'))).toEqual({ state: 'expiring', expiresOn: '2027-03-31' });
    expect(insuranceState('2026-05-10', at('2027-04-01'))).toEqual({ state: 'expired', expiresOn: '2027-03-31' });
  });

  it('takes the day in Japan: 31 March 23:30 JST is still covered though it is already 1 April nowhere', () => {
    expect(insuranceState('2026-05-10', new Date('2027-03-31T14:30:00Z')).state).toBe('expiring');
    expect(insuranceState('2026-05-10', new Date('2027-03-31T15:30:00Z')).state).toBe('expired');
  });

  it('reports no insurance when none was recorded', () => {
    expect(insuranceState(null, at('2026-11-23'))).toEqual({ state: 'none' });
  });
});

describe('registration counts per 年度', () => {
  const changes: StatusChange[] = [
    { volunteerId: 'a', fromStatus: null, toStatus: 'applied', onDate: '2020-05-01' },
    { volunteerId: 'a', fromStatus: 'applied', toStatus: 'interviewed', onDate: '2020-05-10' },
    { volunteerId: 'a', fromStatus: 'interviewed', toStatus: 'registered', onDate: '2020-06-01' },
    { volunteerId: 'b', fromStatus: null, toStatus: 'applied', onDate: '2021-03-01' },
    { volunteerId: 'b', fromStatus: 'applied', toStatus: 'interviewed', onDate: '2021-03-10' },
    { volunteerId: 'b', fromStatus: 'interviewed', toStatus: 'registered', onDate: '2021-03-31' },
    { volunteerId: 'b', fromStatus: 'registered', toStatus: 'paused', onDate: '2021-08-01' },
    { volunteerId: 'b', fromStatus: 'paused', toStatus: 'registered', onDate: '2021-10-01' },
    { volunteerId: 'a', fromStatus: 'registered', toStatus: 'withdrawn', onDate: '2021-12-01' },
    { volunteerId: 'c', fromStatus: null, toStatus: 'applied', onDate: '2021-04-02' },
  ];

  it('counts registered (and paused) volunteers at each 年度 end, first registrations and withdrawals in it', () => {
    expect(registrationFigures(changes, [2021, 2020])).toEqual([
      { fiscalYear: 2021, registeredAtEnd: 1, newRegistrations: 0, withdrawals: 1 },
      { fiscalYear: 2020, registeredAtEnd: 2, newRegistrations: 2, withdrawals: 0 },
    ]);
  });

  it('lists the 年度 from the first change to the current one, newest first', () => {
    expect(fiscalYearsSince(changes, at('2022-04-01'))).toEqual([2022, 2021, 2020]);
    expect(fiscalYearsSince([], at('2026-11-23'))).toEqual([2026]);
  });
});
