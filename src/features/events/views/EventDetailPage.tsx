import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { EventRow, EventSessionRow } from '../schema.ts';
import type { applicationWindowState } from '../service.ts';
import { EventFacts } from './EventFacts.tsx';
import { EventProgramme } from './EventProgramme.tsx';

export type SeatSummary = { taken: number; remaining: number | null; waiting: number };

/** One event: what, when, where, programme, seats left or キャンセル待ち, and the way to apply. */
export function EventDetailPage(props: { page: PageContext; event: EventRow; sessions: EventSessionRow[]; seats: SeatSummary; window: ReturnType<typeof applicationWindowState> }) {
  const { page, event, sessions } = props;
  const { t } = page;
  return (
    <Layout page={page} title={event.title}>
      <p>
        <span class="tier-badge">{t(`events.kind.${event.kind}`)}</span>
        {event.status !== 'published' ? <strong class="status-notice">{t(`events.status.${event.status}`)}</strong> : null}
      </p>
      <h1>{event.title}</h1>
      {event.statusNotice ? (
        <p class="status-notice" role="note">
          {event.statusNotice}
        </p>
      ) : null}
      {event.description ? <p class="preserve-lines">{event.description}</p> : null}
      <EventFacts page={page} event={event} />
      <ApplyBox {...props} />
      <EventProgramme page={page} sessions={sessions} />
      {event.liveNotes ? (
        <section aria-labelledby="live-notes">
          <h2 id="live-notes">{t('events.delivery.live')}</h2>
          <p class="preserve-lines">{event.liveNotes}</p>
        </section>
      ) : null}
      <p class="no-print">
        <a href={`/events/${event.id}/event.ics`}>{t('events.downloadIcs')}</a>
      </p>
    </Layout>
  );
}

function ApplyBox({ page, event, seats, window }: { page: PageContext; event: EventRow; seats: SeatSummary; window: ReturnType<typeof applicationWindowState> }) {
  const { t, locale } = page;
  const seatText = seats.remaining === null ? t('events.seatsUnlimited') : seats.remaining > 0 ? t('events.seatsLeft', { remaining: seats.remaining }) : t('events.seatsFull', { waiting: seats.waiting });
  if (window !== 'open') {
    return (
      <div class="notice-box">
        <p>{t(`events.window.${window}`, { date: formatWarekiDateTime(event.applicationOpensAt, { locale }) })}</p>
      </div>
    );
  }
  return (
    <div class="notice-box no-print">
      <p>
        <strong>{seatText}</strong>
      </p>
      <p>
        <a class="button" href={`/events/${event.id}/apply`}>
          {seats.remaining === 0 ? t('events.applyWaitlist') : t('events.applyNow')}
        </a>
      </p>
    </div>
  );
}
