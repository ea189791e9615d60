import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate, formatWarekiSpan } from '../../../platform/wareki/wareki.ts';
import type { CouncilMemberRow, CouncilTermRow } from '../service.ts';
import type { MeetingRow } from '../meetings-service.ts';

/** 「第2回 東光地区協議体」: how a meeting is named everywhere. */
export function meetingName(page: PageContext, meeting: Pick<MeetingRow, 'number' | 'title'>, councilName: string): string {
  const base = page.t('councils.meetingNumbered', { number: meeting.number, council: councilName });
  return meeting.title ? `${base}「${meeting.title}」` : base;
}

export function meetingWhen(page: PageContext, meeting: Pick<MeetingRow, 'startsAt' | 'endsAt'>): string {
  return formatWarekiSpan(meeting.startsAt, meeting.endsAt, { locale: page.locale });
}

/** A member as 委員名簿 names them: person (organisation), or the organisation alone. */
export function memberName(member: Pick<CouncilMemberRow, 'personName' | 'organisationName'>): string {
  if (member.personName && member.organisationName) return `${member.personName}（${member.organisationName}）`;
  return member.personName || member.organisationName || '';
}

export function termText(page: PageContext, member: Pick<CouncilMemberRow, 'termStart' | 'termEnd'>): string {
  const start = formatWarekiDate(member.termStart, { locale: page.locale });
  return member.termEnd ? `${start}〜${formatWarekiDate(member.termEnd, { locale: page.locale })}` : `${start}〜`;
}

export function termName(terms: readonly CouncilTermRow[], id: string): string {
  return terms.find((t) => t.id === id)?.name ?? '';
}

export function tiersText(page: PageContext, tiers: readonly number[]): string {
  return tiers.map((tier) => page.t(`councils.tier.${tier}`)).join('・');
}
