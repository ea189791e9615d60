import { japanToday } from '../../platform/context/service-context.ts';
import { fiscalYearOf, fiscalYearRange } from '../../platform/wareki/wareki.ts';
import type { VolunteerStatus } from './vocabulary.ts';

/** Which status may follow which: the only place the volunteer lifecycle is decided. */
export const statusTransitions: Record<VolunteerStatus, readonly VolunteerStatus[]> = {
  applied: ['interviewed', 'withdrawn'],
  interviewed: ['registered', 'withdrawn'],
  registered: ['paused', 'withdrawn'],
  paused: ['registered', 'withdrawn'],
  withdrawn: [],
};

export function canChangeStatus(from: VolunteerStatus, to: VolunteerStatus): boolean {
  return statusTransitions[from].includes(to);
}

/** Days before expiry from which insurance is flagged as expiring. */
export const insuranceWarningDays = 30;

export type InsuranceState = { state: 'none' } | { state: 'valid' | 'expiring' | 'expired'; expiresOn: string };

/** ボランティア活動保険 runs to 31 March of the 年度 it was taken out in. */
export function insuranceExpiry(enrolledOn: string): string {
  return fiscalYearRange(fiscalYearOf(enrolledOn)).end;
}

/** Whether the insurance taken out on `enrolledOn` still covers today (in Japan), soon ends, or has ended. */
export function insuranceState(enrolledOn: string | null, now: Date): InsuranceState {
  if (!enrolledOn) return { state: 'none' };
  const expiresOn = insuranceExpiry(enrolledOn);
  const today = japanToday(now);
  if (today > expiresOn) return { state: 'expired', expiresOn };
  const daysLeft = (Date.parse(`${expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return { state: daysLeft <= insuranceWarningDays ? 'expiring' : 'valid', expiresOn };
}

/** Statuses that count as ボランティア登録者 (a paused volunteer is still registered). */
const countedAsRegistered: readonly VolunteerStatus[] = ['registered', 'paused'];

export type StatusChange = { volunteerId: string; fromStatus: VolunteerStatus | null; toStatus: VolunteerStatus; onDate: string };
export type RegistrationFigure = { fiscalYear: number; registeredAtEnd: number; newRegistrations: number; withdrawals: number };

/**
 * Registration counts per 年度: registered at the end of the 年度 (as the
 * newsletter's 「令和2年度末時点で251名」), first registrations and withdrawals in it.
 */
export function registrationFigures(changes: StatusChange[], fiscalYears: number[]): RegistrationFigure[] {
  const ordered = [...changes].sort((a, b) => a.onDate.localeCompare(b.onDate));
  return fiscalYears.map((fiscalYear) => {
    const { start, end } = fiscalYearRange(fiscalYear);
    const statusAtEnd = new Map<string, VolunteerStatus>();
    const registeredBefore = new Set<string>();
    let newRegistrations = 0;
    let withdrawals = 0;
    for (const change of ordered) {
      if (change.onDate > end) break;
      statusAtEnd.set(change.volunteerId, change.toStatus);
      const inYear = change.onDate >= start;
      if (change.toStatus === 'registered' && !registeredBefore.has(change.volunteerId)) {
        registeredBefore.add(change.volunteerId);
        if (inYear) newRegistrations += 1;
      }
      if (change.toStatus === 'withdrawn' && inYear) withdrawals += 1;
    }
    const registeredAtEnd = [...statusAtEnd.values()].filter((s) => countedAsRegistered.includes(s)).length;
    return { fiscalYear, registeredAtEnd, newRegistrations, withdrawals };
  });
}

/** The 年度 from the first recorded change up to the one `now` is in, newest first. */
export function fiscalYearsSince(changes: StatusChange[], now: Date): number[] {
  const current = fiscalYearOf(japanToday(now));
  const first = changes.reduce((min, c) => Math.min(min, fiscalYearOf(c.onDate)), current);
  return Array.from({ length: current - first + 1 }, (_, i) => current - i);
}
