import { CsrfField } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { ActionItemRow, MeetingRow } from '../meetings-service.ts';

/** The staff home's list of the signed-in person's open action items from meetings, soonest due first. */
export function ActionItemsSection({ page, items }: { page: PageContext; items: (ActionItemRow & { meeting: MeetingRow | undefined })[] }) {
  const { t, locale } = page;
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="action-items-title">
      <h2 id="action-items-title">{t('councils.homeActionItems')}</h2>
      <ul>
        {items.map((item) => (
          <li>
            <a href={`/staff/meetings/${item.meetingId}`}>{item.title}</a>
            {item.dueOn ? `（${t('councils.homeActionDue', { date: formatWarekiDate(item.dueOn, { locale }) })}）` : ''}
            <form method="post" action={`/staff/action-items/${item.id}/done`} class="inline-form">
              <CsrfField page={page} />
              <input type="hidden" name="done" value="1" />
              <button type="submit" class="button button--quiet" aria-label={t('councils.markDone', { title: item.title })}>
                {t('councils.markDoneShort')}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
