// Fixed vocabularies of surveys, stored as these codes and shown through the
// message catalog (surveys.method.*, surveys.targetStatus.* …).

export const surveyMethods = ['phone', 'visit', 'web', 'paper'] as const;
export type SurveyMethod = (typeof surveyMethods)[number];

export const audiences = ['organisations', 'residents'] as const;
export type Audience = (typeof audiences)[number];

/** 未実施 → 実施済 / 不在・再連絡 / 辞退. */
export const targetStatuses = ['pending', 'done', 'absent', 'declined'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** What one call ended in, chosen in one step on the phone screen: 答えた, 不在, 後日, 辞退. */
export const callOutcomes = ['answered', 'absent', 'later', 'declined'] as const;
export type CallOutcome = (typeof callOutcomes)[number];

export const targetStatusOfOutcome: Record<CallOutcome, TargetStatus> = { answered: 'done', absent: 'absent', later: 'absent', declined: 'declined' };

/**
 * Who answers, as the seed's hearing groups them: 専門職 and 活動団体, each
 * with its subtypes. The group is the code before the dot.
 */
export const respondentTypes = [
  'professional.houkatsu',
  'professional.care_service',
  'professional.disability',
  'group.district_council',
  'group.citizens_committee',
  'group.minsei',
  'group.seniors_club',
  'group.volunteer',
  'resident.resident',
] as const;
export type RespondentType = (typeof respondentTypes)[number];

export function respondentGroup(type: string): string {
  return type.split('.')[0] ?? '';
}

export const templates = ['hearing', 'area_needs', 'blank'] as const;
export type SurveyTemplate = (typeof templates)[number];
