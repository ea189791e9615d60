// Fixed vocabularies of a help request (依頼). Stored as these codes; shown
// through the message catalog (helpRequests.status.*, helpRequests.referrer.* …).

/** 受付 → 調整中 → マッチング済 → 活動中 → 終了, or 対応できず. */
export const helpRequestStatuses = ['received', 'coordinating', 'matched', 'active', 'closed', 'unmet'] as const;
export type HelpRequestStatus = (typeof helpRequestStatuses)[number];

/** Why a request could not be answered: data for finding what the area lacks. */
export const unmetReasons = ['no_volunteer', 'outside_area', 'needs_formal_service', 'resident_declined', 'other'] as const;
export type UnmetReason = (typeof unmetReasons)[number];

/** Who phoned: 本人, 家族, 地域包括支援センター, ケアマネジャー, 民生委員 … */
export const referrerTypes = ['self', 'family', 'houkatsu', 'care_manager', 'minsei', 'neighbour', 'other'] as const;
export type ReferrerType = (typeof referrerTypes)[number];

export const urgencies = ['urgent', 'normal', 'low'] as const;
export type Urgency = (typeof urgencies)[number];

export const frequencies = ['once', 'recurring'] as const;
export type Frequency = (typeof frequencies)[number];

export const households = ['alone', 'couple', 'with_family', 'other'] as const;
export type Household = (typeof households)[number];

export const requestSources = ['phone', 'public'] as const;
export type RequestSource = (typeof requestSources)[number];

/** How a request ended for the resident: 助かった, 連絡がつかない, 対象外, 不要になった … */
export const outcomes = ['helped', 'unreachable', 'not_eligible', 'no_longer_needed', 'other'] as const;
export type Outcome = (typeof outcomes)[number];

/** How a contact about a request was made. */
export const contactMeans = ['phone', 'visit', 'mail'] as const;
