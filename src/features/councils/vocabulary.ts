// Fixed vocabularies of councils, stored as these codes and shown through the
// message catalog (councils.role.*, councils.meetingStatus.* …). The kinds of
// council and of member are the tenant's own list (council_terms); these are
// the entries a tenant starts with.

export const memberRoles = ['chair', 'vice_chair', 'member', 'observer', 'secretariat'] as const;
export type MemberRole = (typeof memberRoles)[number];

export const meetingStatuses = ['scheduled', 'closed', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export const attendanceStatuses = ['present', 'absent', 'proxy'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const termLists = ['council_kind', 'member_type'] as const;
export type TermList = (typeof termLists)[number];

/** The kinds of council a tenant starts with. */
export const defaultCouncilKinds = [
  { code: 'tier1', name: '第1層協議体' },
  { code: 'tier2', name: '第2層協議体' },
  { code: 'roundtable', name: '地域懇談会' },
  { code: 'exchange', name: '交流会' },
  { code: 'care_meeting_issues', name: '地域ケア会議から上がった課題の検討会' },
  { code: 'other', name: 'その他' },
] as const;

/** The kinds of member (種別) a tenant starts with. */
export const defaultMemberTypes = [
  { code: 'houkatsu', name: '地域包括支援センター' },
  { code: 'shakyo', name: '社会福祉協議会' },
  { code: 'minsei', name: '民生委員・児童委員協議会' },
  { code: 'neighbourhood', name: '町内会・自治会' },
  { code: 'district_shakyo', name: '地区社協' },
  { code: 'seniors_club', name: '老人クラブ' },
  { code: 'volunteer_group', name: 'ボランティア団体' },
  { code: 'npo', name: 'NPO' },
  { code: 'care_provider', name: '介護保険サービス事業所' },
  { code: 'medical', name: '医療機関' },
  { code: 'business', name: '民間企業・商店街' },
  { code: 'cooperative', name: '協同組合' },
  { code: 'government', name: '行政' },
  { code: 'resident', name: '住民' },
  { code: 'academic', name: '学識経験者' },
  { code: 'other', name: 'その他' },
] as const;

/** Handouts (資料) people actually bring: PDF, Office files, images. Checked by content, not by name. */
export const handoutMediaTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'image/png',
  'image/jpeg',
] as const;
export const handoutMaxBytes = 10 * 1024 * 1024;
