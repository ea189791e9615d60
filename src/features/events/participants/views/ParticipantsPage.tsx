import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../../platform/wareki/wareki.ts';
import { paymentStatuses } from '../../registrations/schema.ts';
import { registrationStatuses } from '../../registrations/status.ts';
import type { ParticipantList } from '../service.ts';
import type { ParticipantFilters } from '../validation.ts';

/** The organiser's participants list: filters, counts, attendance, and the ways to export, mail and check in. */
export function ParticipantsPage({ page, list, filters }: { page: PageContext; list: ParticipantList; filters: ParticipantFilters }) {
  const { t, locale } = page;
  const { event, participants, counts } = list;
  const base = `/staff/events/${event.id}`;
  const query = new URLSearchParams({ status: filters.status, payment: filters.payment, q: filters.q }).toString();
  const canManage = page.actor?.role === 'admin' || page.actor?.role === 'coordinator';
  const hasFee = event.feeYen > 0 || event.participantTypes.some((p) => p.feeYen > 0);
  return (
    <Layout page={page} title={t('events.participants.title', { title: event.title })} staff>
      <h1>{t('events.participants.title', { title: event.title })}</h1>
      <p>{formatWarekiDateTime(event.startsAt, { locale })}</p>
      <ul class="inline-list" aria-label={t('events.participants.counts')}>
        {registrationStatuses.map((s) => (
          <li>{`${t(`events.registrationStatus.${s}`)}: ${counts[s] ?? 0}`}</li>
        ))}
        <li>{`${t('events.participants.attended')}: ${list.attended}`}</li>
      </ul>
      <p class="no-print actions">
        <a href={`${base}/check-in`}>{t('events.checkIn.title')}</a>
        {canManage ? <a href={`${base}/announce?${query}`}>{t('events.announce.title')}</a> : null}
        {canManage && hasFee ? <a href={`${base}/payments/import`}>{t('events.bank.title')}</a> : null}
        {canManage ? <a href={`${base}/participants.csv?${query}`}>{t('events.participants.csv')}</a> : null}
        {canManage ? <a href={`${base}/participants.csv?${query}&encoding=cp932`}>{t('events.participants.csvCp932')}</a> : null}
      </p>
      <form method="get" action={`${base}/participants`} class="filters no-print">
        <label for="filter-q">{t('events.participants.search')}</label>
        <input id="filter-q" name="q" type="search" value={filters.q} maxlength={100} />
        <label for="filter-status">{t('events.application.status')}</label>
        <select id="filter-status" name="status">
          <option value="active" selected={filters.status === 'active'}>{t('events.participants.active')}</option>
          <option value="" selected={filters.status === ''}>{t('events.participants.all')}</option>
          {registrationStatuses.map((s) => (
            <option value={s} selected={filters.status === s}>{t(`events.registrationStatus.${s}`)}</option>
          ))}
        </select>
        {hasFee ? (
          <>
            <label for="filter-payment">{t('events.application.payment')}</label>
            <select id="filter-payment" name="payment">
              <option value="">{t('events.participants.all')}</option>
              {paymentStatuses.map((s) => (
                <option value={s} selected={filters.payment === s}>{t(`events.payment.${s}`)}</option>
              ))}
            </select>
          </>
        ) : null}
        <button type="submit">{t('events.participants.filter')}</button>
      </form>
      {event.paymentDueAt && page.now > event.paymentDueAt && hasFee ? (
        <p class="notice-box">
          <a href={`${base}/participants?status=confirmed&payment=unpaid`}>{t('events.participants.unpaidAfterDue')}</a>
        </p>
      ) : null}
      <div class="table-wrap">
        <table>
          <caption>{t('events.participants.caption', { count: participants.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('events.application.reference')}</th>
              <th scope="col">{t('events.apply.name')}</th>
              <th scope="col">{t('events.apply.organisation')}</th>
              <th scope="col">{t('events.application.status')}</th>
              {hasFee ? <th scope="col">{t('events.application.payment')}</th> : null}
              <th scope="col">{t('events.participants.attended')}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((r) => (
              <tr>
                <td>
                  <a href={`${base}/participants/${r.id}`}>{r.reference}</a>
                </td>
                <td>
                  {r.name}
                  <br />
                  <small>{r.nameReading}</small>
                </td>
                <td>{[r.organisation, r.prefecture + r.municipality].filter(Boolean).join(' / ')}</td>
                <td>{t(`events.registrationStatus.${r.status}`)}</td>
                {hasFee ? <td>{t(`events.payment.${r.paymentStatus}`)}</td> : null}
                <td>{r.checkedInAt ? t('events.participants.present') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
