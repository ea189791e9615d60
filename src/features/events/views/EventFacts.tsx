import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDateTime, formatWarekiSpan } from '../../../platform/wareki/wareki.ts';
import type { EventRow } from '../schema.ts';

/** The facts people look for first: when, where, how, for whom, how many, how much, until when. */
export function EventFacts({ page, event }: { page: PageContext; event: EventRow }) {
  const { t, locale } = page;
  const fee = event.participantTypes.length
    ? event.participantTypes.map((p) => `${p.label} ${p.feeYen === 0 ? t('events.feeFree') : t('events.feeYen', { fee: p.feeYen.toLocaleString('ja-JP') })}`).join('、')
    : event.feeYen === 0
      ? t('events.feeFree')
      : t('events.feeYen', { fee: event.feeYen.toLocaleString('ja-JP') });
  const delivery = [
    event.inPerson ? t('events.delivery.inPerson') : '',
    event.liveOnline ? t('events.delivery.live') : '',
    event.onDemand ? t('events.delivery.onDemand') : '',
  ].filter(Boolean);
  return (
    <dl class="facts">
      <dt>{t('events.when')}</dt>
      <dd>{formatWarekiSpan(event.startsAt, event.endsAt, { locale })}</dd>
      {event.onDemand && event.onDemandFrom && event.onDemandUntil ? (
        <>
          <dt>{t('events.delivery.onDemand')}</dt>
          <dd>{t('events.onDemandWindow', { from: formatWarekiDateTime(event.onDemandFrom, { locale }), until: formatWarekiDateTime(event.onDemandUntil, { locale }) })}</dd>
        </>
      ) : null}
      <dt>{t('events.delivery')}</dt>
      <dd>{delivery.join('・')}</dd>
      {event.inPerson && event.venueName ? (
        <>
          <dt>{t('events.venue')}</dt>
          <dd>
            {event.venueName}
            {event.venueAddress ? `（${event.venueAddress}）` : ''}
          </dd>
        </>
      ) : null}
      {event.venueAccess ? (
        <>
          <dt>{t('events.access')}</dt>
          <dd>{event.venueAccess}</dd>
        </>
      ) : null}
      {event.targetAudience ? (
        <>
          <dt>{t('events.target')}</dt>
          <dd class="preserve-lines">{event.targetAudience}</dd>
        </>
      ) : null}
      <dt>{t('events.capacity')}</dt>
      <dd>{event.capacity === null ? t('events.capacityNone') : t('events.capacityValue', { capacity: event.capacity })}</dd>
      <dt>{t('events.fee')}</dt>
      <dd>{fee}</dd>
      <dt>{t('events.applicationPeriod')}</dt>
      <dd>{`${formatWarekiDateTime(event.applicationOpensAt, { locale })}〜${formatWarekiDateTime(event.applicationClosesAt, { locale })}`}</dd>
      {event.paymentDueAt && event.feeYen + event.participantTypes.reduce((sum, p) => sum + p.feeYen, 0) > 0 ? (
        <>
          <dt>{t('events.paymentDue')}</dt>
          <dd>{formatWarekiDateTime(event.paymentDueAt, { locale })}</dd>
        </>
      ) : null}
      {event.cancellationPolicy ? (
        <>
          <dt>{t('events.cancellationPolicy')}</dt>
          <dd class="preserve-lines">{event.cancellationPolicy}</dd>
        </>
      ) : null}
      {event.organiser ? (
        <>
          <dt>{t('events.organiser')}</dt>
          <dd>{event.organiser}</dd>
        </>
      ) : null}
      <EventContact page={page} event={event} />
    </dl>
  );
}

function EventContact({ page, event }: { page: PageContext; event: EventRow }) {
  const { t } = page;
  if (!event.contactName && !event.contactPhone && !event.contactEmail) return null;
  return (
    <>
      <dt>{t('events.contact')}</dt>
      <dd>
        {event.contactName ? <span>{event.contactName}</span> : null}
        {event.contactPhone ? <span> {t('layout.tel')}: <a href={`tel:${event.contactPhone}`}>{event.contactPhone}</a></span> : null}
        {event.contactFax ? <span> {t('layout.fax')}: {event.contactFax}</span> : null}
        {event.contactEmail ? <span> {t('layout.mail')}: <a href={`mailto:${event.contactEmail}`}>{event.contactEmail}</a></span> : null}
      </dd>
    </>
  );
}
