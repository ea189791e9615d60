import { describe, expect, it } from 'vitest';
import { activeStatuses, allowedTransitions, canTransition, registrationStatuses, seatTakingStatuses, takesSeat } from './status.ts';

describe('application statuses', () => {
  it('holds a seat only while confirmed or offered', () => {
    expect(seatTakingStatuses).toEqual(['confirmed', 'offered']);
    expect(registrationStatuses.filter((s) => !takesSeat[s])).toEqual(['waitlisted', 'cancelled', 'declined', 'expired']);
  });

  it('lets a waiting applicant be confirmed, offered a seat or leave, and nothing else', () => {
    expect(allowedTransitions('waitlisted')).toEqual(['confirmed', 'offered', 'cancelled']);
    expect(canTransition('waitlisted', 'declined')).toBe(false);
  });

  it('never reopens an ended application', () => {
    for (const ended of registrationStatuses.filter((s) => !activeStatuses.includes(s))) {
      expect(allowedTransitions(ended), ended).toEqual([]);
    }
  });

  it('lets a confirmed participant only cancel', () => {
    expect(allowedTransitions('confirmed')).toEqual(['cancelled']);
    expect(canTransition('confirmed', 'waitlisted')).toBe(false);
  });
});
