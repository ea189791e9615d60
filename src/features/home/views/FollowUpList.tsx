import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { FollowUpDue } from '../../help-requests/service.ts';

/** Follow-ups due today or overdue, for the coordinator's home page. */
export function FollowUpList({ page, followUps }: { page: PageContext; followUps: FollowUpDue[] }) {
  const { t, locale } = page;
  return (
    <section aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('helpRequests.followUpsDue')}</h2>
      {followUps.length === 0 ? (
        <p>{t('helpRequests.noFollowUps')}</p>
      ) : (
        <ul>
          {followUps.map((f) => (
            <li>
              <a href={`/staff/help-requests/${f.request.id}`}>{f.residentName}</a> {formatWarekiDate(f.contact.followUpOn!, { locale })} {f.contact.note}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
