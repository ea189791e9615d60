import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatFiscalYear, formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { CouncilRow, MeetingRow } from '../service.ts';

/** 「東光地域懇談会 令和8年度 第2回（令和8年10月5日）」: how a meeting is named wherever it is chosen or cited. */
export function meetingLabel(page: PageContext, meeting: MeetingRow, councils: readonly CouncilRow[]): string {
  const council = councils.find((c) => c.id === meeting.councilId)?.name ?? '';
  const date = formatWarekiDate(meeting.startsAt, { locale: page.locale });
  return page.t('localIssues.meetingLabel', { council, fiscalYear: formatFiscalYear(meeting.fiscalYear), number: meeting.number, date });
}
