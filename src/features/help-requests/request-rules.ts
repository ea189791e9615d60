import type { HelpRequestStatus } from './vocabulary.ts';

/** Which status may follow which; 対応できず can end any open request. */
export const requestTransitions: Record<HelpRequestStatus, readonly HelpRequestStatus[]> = {
  received: ['coordinating', 'unmet'],
  coordinating: ['matched', 'unmet'],
  matched: ['active', 'coordinating', 'unmet'],
  active: ['closed', 'coordinating'],
  closed: [],
  unmet: [],
};

export function canChangeRequestStatus(from: HelpRequestStatus, to: HelpRequestStatus): boolean {
  return requestTransitions[from].includes(to);
}

/** A request is open until it is 終了 or 対応できず. */
export function isOpenRequest(status: string): boolean {
  return status !== 'closed' && status !== 'unmet';
}
