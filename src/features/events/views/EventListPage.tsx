import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiSpan } from '../../../platform/wareki/wareki.ts';
import type { EventRow } from '../schema.ts';

/** Upcoming events first, then the latest past ones; works as a plain printable list. */
export function EventListPage({ page, upcoming, past }: { page: PageContext; upcoming: EventRow[]; past: EventRow[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('events.title')}>
      <h1>{t('events.title')}</h1>
      <p class="lead">{t('events.lead')}</p>
      <p class="no-print">
        <a href="/events.ics">{t('events.calendarFeed')}</a>
      </p>
      {upcoming.length === 0 ? <p>{t('events.none')}</p> : <EventList page={page} events={upcoming} />}
      {past.length > 0 ? (
        <section aria-labelledby="past-events">
          <h2 id="past-events">{t('events.past')}</h2>
          <EventList page={page} events={past} />
        </section>
      ) : null}
    </Layout>
  );
}

function EventList({ page, events }: { page: PageContext; events: EventRow[] }) {
  const { t, locale } = page;
  return (
    <ul class="card-list">
      {events.map((event) => (
        <li class="card">
          <h3 class="card__title">
            <a href={`/events/${event.id}`}>{event.title}</a>
          </h3>
          <p>
            <span class="tier-badge">{t(`events.kind.${event.kind}`)}</span>
            {event.status !== 'published' ? <strong class="status-notice">{t(`events.status.${event.status}`)}</strong> : null}
          </p>
          <p>{formatWarekiSpan(event.startsAt, event.endsAt, { locale })}</p>
          {event.inPerson && event.venueName ? <p>{event.venueName}</p> : null}
          {event.statusNotice ? <p class="status-notice">{event.statusNotice}</p> : null}
        </li>
      ))}
    </ul>
  );
}
