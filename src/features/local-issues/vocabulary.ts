// Fixed vocabularies of the register of local issues (地域課題), stored as
// these codes and shown through the message catalog (localIssues.status.* …).

/** 把握 → 検討中 → 取組中 → 資源化・解決, or 継続課題 / 見送り. */
export const issueStatuses = ['identified', 'discussing', 'working', 'resolved', 'carried_over', 'set_aside'] as const;
export type IssueStatus = (typeof issueStatuses)[number];

/** Where an issue was first heard. */
export const issueSources = ['council_meeting', 'needs_survey', 'unmet_requests', 'coordinator_activity', 'care_meeting', 'resident_suggestion'] as const;
export type IssueSource = (typeof issueSources)[number];

/** A timeline entry: a note, a change of status, raised to the 第1層 council, answered back. */
export const updateKinds = ['note', 'status', 'raised', 'answered'] as const;
export type UpdateKind = (typeof updateKinds)[number];

/** What was built for an issue (資源開発). */
export const outcomeKinds = ['listing_created', 'listing_changed', 'training', 'volunteer', 'activity'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];
