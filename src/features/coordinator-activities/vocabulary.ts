// The types of a coordinator's own work that municipalities ask about, in the
// order their reports list them. Stored as these codes; shown through the
// message catalog (coordinatorActivities.type.*).

/** ニーズ把握, 社会資源の把握, 資源開発, 関係者の情報共有, 民間企業との連携, 担い手の確保・養成, マッチング. */
export const activityTypes = ['needs', 'resources', 'development', 'sharing', 'business', 'workforce', 'matching'] as const;
export type ActivityType = (typeof activityTypes)[number];
