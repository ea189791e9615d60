import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatJapanTime } from '../../../platform/wareki/wareki.ts';
import type { EventSessionRow } from '../schema.ts';

/** The programme grouped by delivery (on demand first, as people watch it before the live day), with times and speakers. */
export function EventProgramme({ page, sessions }: { page: PageContext; sessions: EventSessionRow[] }) {
  const { t } = page;
  if (sessions.length === 0) return null;
  const groups = (['on_demand', 'live', 'in_person'] as const)
    .map((delivery) => ({ delivery, items: sessions.filter((s) => s.delivery === delivery) }))
    .filter((g) => g.items.length > 0);
  const heading = { on_demand: t('events.delivery.onDemand'), live: t('events.delivery.live'), in_person: t('events.delivery.inPerson') };
  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">{t('events.programme')}</h2>
      {groups.map((group) => (
        <>
          {groups.length > 1 ? <h3>{heading[group.delivery]}</h3> : null}
          <ol class="programme">
            {group.items.map((session) => (
              <li>
                <p class="programme__time">{sessionTime(page, session)}</p>
                <p class="programme__title">{session.title}</p>
                {session.description ? <p class="preserve-lines">{session.description}</p> : null}
                {session.speakers.length ? (
                  <ul class="programme__speakers">
                    {session.speakers.map((speaker) => (
                      <li>
                        {speaker.role ? `【${speaker.role}】` : ''}
                        {speaker.affiliation ? `${speaker.affiliation} ` : ''}
                        <strong>{speaker.name}</strong>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ))}
    </section>
  );
}

function sessionTime(page: PageContext, session: EventSessionRow): string {
  if (session.startsAt && session.endsAt) {
    const minutes = Math.round((session.endsAt.getTime() - session.startsAt.getTime()) / 60_000);
    return `${formatJapanTime(session.startsAt)}〜${formatJapanTime(session.endsAt)}（${page.t('events.minutes', { minutes })}）`;
  }
  return session.durationMinutes ? page.t('events.minutes', { minutes: session.durationMinutes }) : '';
}
