import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { IssueUpdateRow } from '../service.ts';

type Props = {
  page: PageContext;
  updates: (Pick<IssueUpdateRow, 'happenedOn' | 'kind' | 'body' | 'meetingId' | 'councilId' | 'statusAfter' | 'progressAfter'> & { authorId?: string })[];
  councilName: (id: string | null) => string;
  meetingName: (id: string | null) => string;
  /** Staff pages say who wrote each entry; public pages do not. */
  authorName?: (id: string) => string;
};

/** The dated story of an issue, oldest first: what happened, at which meeting, and where it left the issue. */
export function IssueTimeline({ page, updates, councilName, meetingName, authorName }: Props) {
  const { t, locale } = page;
  if (updates.length === 0) return <p>{t('localIssues.timelineEmpty')}</p>;
  return (
    <ol class="timeline">
      {updates.map((u) => {
        const headline =
          u.kind === 'raised'
            ? t('localIssues.timeline.raised', { council: councilName(u.councilId) })
            : u.kind === 'answered'
              ? t('localIssues.timeline.answered', { council: councilName(u.councilId) })
              : u.statusAfter
                ? t('localIssues.timeline.status', { status: t(`localIssues.status.${u.statusAfter}`), progress: u.progressAfter ?? 0 })
                : t('localIssues.timeline.note');
        const meeting = meetingName(u.meetingId);
        return (
          <li>
            <p class="timeline__head">
              <time datetime={u.happenedOn}>{formatWarekiDate(u.happenedOn, { locale })}</time> {headline}
            </p>
            {meeting ? <p class="timeline__meeting">{t('localIssues.timeline.atMeeting', { meeting })}</p> : null}
            {u.body ? <p class="preserve-lines">{u.body}</p> : null}
            {authorName && u.authorId ? <p class="muted">{t('localIssues.timeline.by', { name: authorName(u.authorId) })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}
