import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { EditLink, NameWithReading, StaffTable } from '../../../../platform/layout/StaffTable.tsx';
import { formatWarekiDateTime } from '../../../../platform/wareki/wareki.ts';
import { eventStatuses } from '../../schema.ts';
import type { StaffEventListItem } from '../service.ts';
import type { StaffEventListQuery } from '../validation.ts';

type Props = { page: PageContext; query: StaffEventListQuery; events: StaffEventListItem[] };

function ApplicationCounts({ page, event }: { page: PageContext; event: StaffEventListItem }) {
  const { t } = page;
  return <>{t('events.mgmt.applicationCount', { confirmed: event.confirmed, capacity: event.capacity ?? t('events.mgmt.noLimit'), waitlisted: event.waitlisted })}</>;
}

/** Staff list of events, upcoming or past, filtered by status, with links to edit and to participants. */
export function StaffEventsPage({ page, query, events }: Props) {
  const { t, actor, locale } = page;
  const tab = (when: 'upcoming' | 'past') => (
    <a href={`/staff/events?when=${when}`} aria-current={query.when === when ? 'page' : undefined}>
      {t(`events.mgmt.${when}`)}
    </a>
  );
  return (
    <Layout page={page} title={t('events.mgmt.title')} staff>
      <h1>{t('events.mgmt.title')}</h1>
      <p class="actions">
        {actor?.role !== 'staff' ? (
          <a class="button" href="/staff/events/new">
            {t('events.mgmt.new')}
          </a>
        ) : null}
        <a href="/staff/events/figures">{t('events.mgmt.figures')}</a>
        {actor?.role === 'admin' ? <a href="/staff/outbox">{t('events.mgmt.outbox')}</a> : null}
        <a href="/events/export.csv">{t('events.mgmt.exportCsv', { encoding: 'UTF-8' })}</a>
        <a href="/events/export.csv?encoding=cp932">{t('events.mgmt.exportCsv', { encoding: 'Shift_JIS' })}</a>
        <a href="/events.ics">{t('events.mgmt.icsFeed')}</a>
      </p>
      <nav aria-label={t('events.mgmt.title')} class="actions">
        {tab('upcoming')}
        {tab('past')}
      </nav>
      <form method="get" action="/staff/events" class="inline-form">
        <input type="hidden" name="when" value={query.when} />
        <label for="status">{t('events.mgmt.filterStatus')}</label>
        <select id="status" name="status">
          <option value="">{t('events.mgmt.allStatuses')}</option>
          {eventStatuses.map((s) => (
            <option value={s} selected={query.status === s}>
              {t(`events.mgmt.status.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit">{t('events.mgmt.filter')}</button>
      </form>
      <StaffTable
        rows={events}
        empty={t('events.mgmt.empty')}
        columns={[
          { header: t('events.mgmt.when'), cell: (event) => formatWarekiDateTime(event.startsAt, { locale }) },
          { header: t('events.mgmt.field.title'), cell: (event) => <NameWithReading name={event.title} reading={t(`events.mgmt.kind.${event.kind}`)} /> },
          { header: t('events.mgmt.filterStatus'), cell: (event) => t(`events.mgmt.status.${event.status}`) },
          { header: t('events.mgmt.applications'), cell: (event) => <ApplicationCounts page={page} event={event} /> },
          {
            header: t('form.actions'),
            cellClass: 'actions',
            cell: (event) => (
              <>
                <EditLink page={page} href={`/staff/events/${event.id}`} name={event.title} />
                <a href={`/staff/events/${event.id}/participants`} aria-label={`${t('events.mgmt.participants')}: ${event.title}`}>
                  {t('events.mgmt.participants')}
                </a>
              </>
            ),
          },
        ]}
      />
    </Layout>
  );
}
