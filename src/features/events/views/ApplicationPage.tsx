import { CsrfField } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../platform/wareki/wareki.ts';
import type { ApplicationView } from '../registrations/service.ts';
import { EventFacts } from './EventFacts.tsx';

/** The applicant's own page, reached by their personal link: status, payment, access to live and on-demand parts, cancel. */
export function ApplicationPage({ page, view, checkInQr }: { page: PageContext; view: ApplicationView; checkInQr: string | null }) {
  const { t, locale } = page;
  const { event, registration } = view;
  const base = `/events/applications/${view.token}`;
  return (
    <Layout page={page} title={t('events.application.title')}>
      <h1>{t('events.application.title')}</h1>
      <p class="lead">{t('events.application.keepLink')}</p>
      <dl class="facts">
        <dt>{t('events.application.reference')}</dt>
        <dd>
          <strong class="reference">{registration.reference}</strong>
        </dd>
        <dt>{t('events.apply.name')}</dt>
        <dd>{registration.name}</dd>
        <dt>{t('events.application.status')}</dt>
        <dd>
          <strong>{t(`events.registrationStatus.${registration.status}`)}</strong>
        </dd>
        {registration.feeYen > 0 ? (
          <>
            <dt>{t('events.application.payment')}</dt>
            <dd>{`${t('events.feeYen', { fee: registration.feeYen.toLocaleString('ja-JP') })}・${t(`events.payment.${registration.paymentStatus}`)}`}</dd>
          </>
        ) : null}
      </dl>
      {view.waitlistPosition !== null ? <p class="notice-box">{t('events.application.waitlistPosition', { position: view.waitlistPosition })}</p> : null}
      {registration.status === 'offered' && registration.offerExpiresAt ? (
        <div class="notice-box">
          <p>{t('events.application.offer', { until: formatWarekiDateTime(registration.offerExpiresAt, { locale }) })}</p>
          <form method="post" action={`${base}/accept`} class="inline-form">
            <CsrfField page={page} />
            <button type="submit">{t('events.application.accept')}</button>
          </form>
          <form method="post" action={`${base}/decline`} class="inline-form">
            <CsrfField page={page} />
            <button type="submit" class="button--secondary">
              {t('events.application.decline')}
            </button>
          </form>
        </div>
      ) : null}
      {registration.feeYen > 0 && registration.paymentStatus === 'unpaid' && registration.status === 'confirmed' ? (
        <p class="notice-box">
          {event.paymentInstructions ? <span class="preserve-lines">{event.paymentInstructions}</span> : null} {t('events.application.paymentHint', { reference: registration.reference })}
        </p>
      ) : null}
      {registration.status === 'confirmed' ? <ParticipantAccess page={page} view={view} /> : null}
      {registration.status === 'confirmed' && event.inPerson && checkInQr ? (
        <section aria-labelledby="check-in-code">
          <h2 id="check-in-code">{t('events.application.checkInCode')}</h2>
          <img src={checkInQr} alt={`${t('events.application.checkInCode')} ${registration.reference}`} width={160} height={160} />
          <p>{t('events.application.checkInHint')}</p>
        </section>
      ) : null}
      <h2>{event.title}</h2>
      <EventFacts page={page} event={event} />
      <p>
        <a href={`/events/${event.id}`}>{t('events.detailsLink')}</a>
      </p>
      <CancelBox page={page} view={view} base={base} />
    </Layout>
  );
}

function CancelBox({ page, view, base }: { page: PageContext; view: ApplicationView; base: string }) {
  const { t, locale } = page;
  if (!view.canCancel) return null;
  const until = new Date(view.event.startsAt.getTime() - view.event.selfCancelHours * 3_600_000);
  return (
    <section aria-labelledby="cancel-title" class="no-print">
      <h2 id="cancel-title">{view.registration.status === 'waitlisted' ? t('events.application.leaveWaitlist') : t('events.application.cancel')}</h2>
      <p>{t('events.application.cancelUntil', { until: formatWarekiDateTime(until, { locale }) })}</p>
      {view.event.cancellationPolicy ? <p class="preserve-lines">{view.event.cancellationPolicy}</p> : null}
      <p>{t('events.application.cancelConfirm')}</p>
      <form method="post" action={`${base}/cancel`}>
        <CsrfField page={page} />
        <button type="submit" class="button--danger">
          {view.registration.status === 'waitlisted' ? t('events.application.leaveWaitlist') : t('events.application.cancel')}
        </button>
      </form>
    </section>
  );
}

/** Live and on-demand access for a confirmed participant: only once paid (or free), and on-demand only inside its window. */
function ParticipantAccess({ page, view }: { page: PageContext; view: ApplicationView }) {
  const { t } = page;
  const { event, registration } = view;
  const settled = registration.paymentStatus !== 'unpaid';
  return (
    <>
      {event.liveOnline ? (
        <section aria-labelledby="live-access">
          <h2 id="live-access">{t('events.application.live')}</h2>
          {settled ? (
            <>
              {event.liveUrl ? (
                <p>
                  <a href={event.liveUrl}>{event.liveUrl}</a>
                </p>
              ) : null}
              {event.liveNotes ? <p class="preserve-lines">{event.liveNotes}</p> : null}
            </>
          ) : (
            <p>{t('events.application.liveAfterPayment')}</p>
          )}
        </section>
      ) : null}
      {event.onDemand ? (
        <section aria-labelledby="on-demand-access">
          <h2 id="on-demand-access">{t('events.application.onDemand')}</h2>
          <OnDemandAccess page={page} view={view} />
        </section>
      ) : null}
    </>
  );
}

function OnDemandAccess({ page, view }: { page: PageContext; view: ApplicationView }) {
  const { t, locale, now } = page;
  const { event, registration } = view;
  if (!registration.accessIssuedAt) return <p>{t('events.application.onDemandAfterPayment')}</p>;
  const from = event.onDemandFrom ? formatWarekiDateTime(event.onDemandFrom, { locale }) : '';
  const until = event.onDemandUntil ? formatWarekiDateTime(event.onDemandUntil, { locale }) : '';
  if (event.onDemandUntil && now > event.onDemandUntil) return <p>{t('events.application.onDemandOver', { until })}</p>;
  if (event.onDemandFrom && now < event.onDemandFrom) return <p>{t('events.application.onDemandNotYet', { from, until })}</p>;
  return (
    <>
    {until ? <p>{t('events.onDemandWindow', { from, until })}</p> : null}
    <dl class="facts">
      {event.onDemandUrl ? (
        <>
          <dt>URL</dt>
          <dd>
            <a href={event.onDemandUrl}>{event.onDemandUrl}</a>
          </dd>
        </>
      ) : null}
      {event.onDemandMaterialsUrl ? (
        <>
          <dt>{t('events.application.materials')}</dt>
          <dd>
            <a href={event.onDemandMaterialsUrl}>{event.onDemandMaterialsUrl}</a>
          </dd>
        </>
      ) : null}
      <dt>{t('events.application.accessId')}</dt>
      <dd>
        <code>{registration.accessId}</code>
      </dd>
      <dt>{t('events.application.accessPassword')}</dt>
      <dd>
        <code>{registration.accessPassword}</code>
      </dd>
    </dl>
    </>
  );
}
