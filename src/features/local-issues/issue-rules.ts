import type { IssueStatus } from './vocabulary.ts';

// The progress bar's usual value for each status; a coordinator may set their own
// in between, except that 資源化・解決 is always whole.
const usualProgress: Record<IssueStatus, number> = { identified: 10, discussing: 30, working: 60, resolved: 100, carried_over: 60, set_aside: 0 };

/** The progress to store: what was typed, else the status's usual value; resolved is always 100. */
export function progressFor(status: IssueStatus, typed: number | null): number {
  if (status === 'resolved') return 100;
  return typed ?? usualProgress[status];
}

/** The date an issue counts as resolved: set when it reaches 資源化・解決, kept when it stays there, cleared when it leaves. */
export function resolvedOnFor(status: IssueStatus, before: { status: string; resolvedOn: string | null } | null, today: string): string | null {
  if (status !== 'resolved') return null;
  return before?.status === 'resolved' && before.resolvedOn ? before.resolvedOn : today;
}

/** An issue can go up when a 第2層 council holds it and it is not already waiting for an answer. */
export function canRaise(issue: { councilId: string | null; raisedFromCouncilId: string | null }, holder: { tiers: number[] } | undefined): boolean {
  return Boolean(issue.councilId && !issue.raisedFromCouncilId && holder?.tiers.includes(2) && !holder.tiers.includes(1));
}

/** An issue can be answered back while it waits at the 第1層 council it was raised to. */
export function canAnswer(issue: { raisedFromCouncilId: string | null }): boolean {
  return Boolean(issue.raisedFromCouncilId);
}
