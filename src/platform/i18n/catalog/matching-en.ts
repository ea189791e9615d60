import type { matchingMessagesJa } from './matching-ja.ts';

// English for the matching page's candidate list; must have every key of the Japanese file.
export const matchingMessagesEn: Record<keyof typeof matchingMessagesJa, string> = {
  'matching.scoreExplained': 'The match score is the sum of the points of the reasons listed under each candidate. Living in the same district or area, being free at the wanted time, room in this month’s assignments and having helped this resident before raise it; living outside their travel range, not being free at the wanted time and another request at the same time lower it.',
  'matching.points': '({points} points)',
  'matching.leftOut': '{count} volunteer(s) who can do this help are left out, for these reasons:',
  'matching.leftOut.insuranceExpired': 'Insurance expired (not insured for this fiscal year): {count}',
  'matching.leftOut.uninsured': 'No volunteer insurance recorded: {count}',
  'matching.leftOut.monthlyLimit': 'At their limit for this month: {count}',
  'matching.leftOut.notRegistered': 'Applied, not yet registered: {count}',
  'matching.leftOut.paused': 'Paused: {count}',
  'matching.noVolunteersForHelp': 'No volunteer can do this help yet. Consider the local resources below.',
  'matching.candidate.proposed': 'Proposed',
  'matching.candidate.accepted': 'Accepted',
  'matching.needsPlace': 'There is no meeting point (or resident address) yet, so nobody can be proposed. Add a meeting point to the request first.',
  'helpRequests.meetingPointSaved': 'The meeting point was saved.',
};
