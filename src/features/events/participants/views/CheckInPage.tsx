import { CsrfField } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatJapanTime } from '../../../../platform/wareki/wareki.ts';
import type { RegistrationRow } from '../../registrations/schema.ts';
import type { EventRow } from '../../schema.ts';

/** Reception on a phone: the person from the QR code, or a search by name or reference; one large button each. */
export function CheckInPage({ page, event, matches, q, attended, confirmed }: { page: PageContext; event: EventRow; matches: RegistrationRow[]; q: string; attended: number; confirmed: number }) {
  const { t } = page;
  const base = `/staff/events/${event.id}/check-in`;
  return (
    <Layout page={page} title={t('events.checkIn.title')} staff>
      <h1>{t('events.checkIn.title')}</h1>
      <p>{event.title}</p>
      <p role="status">
        <strong>{t('events.checkIn.progress', { attended, confirmed })}</strong>
      </p>
      <form method="get" action={base} class="check-in-search">
        <label for="check-in-q">{t('events.checkIn.search')}</label>
        <input id="check-in-q" name="q" type="search" value={q} maxlength={100} autocomplete="off" />
        <button type="submit">{t('events.participants.filter')}</button>
      </form>
      {q && matches.length === 0 ? <p>{t('events.checkIn.none')}</p> : null}
      <ul class="check-in-list">
        {matches.map((r) => (
          <li class="card">
            <p class="card__title">
              {r.name}
              <small>{` ${r.nameReading}　${r.reference}`}</small>
            </p>
            <p>{[r.organisation, t(`events.registrationStatus.${r.status}`)].filter(Boolean).join('・')}</p>
            {r.status === 'confirmed' ? (
              <form method="post" action={`${base}/${r.id}`}>
                <CsrfField page={page} />
                <input type="hidden" name="arrived" value={r.checkedInAt ? 'no' : 'yes'} />
                <input type="hidden" name="q" value={q} />
                {r.checkedInAt ? (
                  <>
                    <p class="status-ok">{t('events.checkIn.done', { time: formatJapanTime(r.checkedInAt) })}</p>
                    <button type="submit" class="button--secondary">{t('events.checkIn.undo')}</button>
                  </>
                ) : (
                  <button type="submit" class="button--large">{t('events.checkIn.button')}</button>
                )}
              </form>
            ) : (
              <p class="status-notice">{t('events.checkIn.notConfirmed')}</p>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}
