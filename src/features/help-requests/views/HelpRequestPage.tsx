import type { Child } from 'hono/jsx';
import { formatPostalCode } from '../../../platform/contact-format/postal-code.ts';
import { CsrfField, emptyForm, ErrorSummary, SelectField, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import { requestTransitions } from '../request-rules.ts';
import type { HelpRequestDetail } from '../service.ts';
import { outcomes, unmetReasons, type HelpRequestStatus } from '../vocabulary.ts';
import { requestLabels } from './RequestFields.tsx';

type Props = { page: PageContext; detail: HelpRequestDetail; helpTypeName: string; districtName: string; statusForm?: FormState; children?: Child };

/** One request: the resident (audited), what they need, its history and the next step. */
export function HelpRequestPage({ page, detail, helpTypeName, districtName, statusForm = emptyForm, children }: Props) {
  const { t, locale } = page;
  const { request: r, resident } = detail;
  const date = (d: string) => formatWarekiDate(d, { locale });
  const when = [r.preferredOn ? date(r.preferredOn) : '', r.recurringWeekdays.map((d) => t(`volunteers.weekday.${d}`)).join('・'), r.timeSlot ? t(`volunteers.slot.${r.timeSlot}`) : ''].filter(Boolean).join(' ');
  return (
    <Layout page={page} title={`${t('helpRequests.detailTitle')}: ${helpTypeName}`} staff>
      <h1>
        {helpTypeName}（{resident.anonymisedAt ? t('helpRequests.anonymised') : resident.name}）
      </h1>
      <p>
        {t(`helpRequests.status.${r.status}`)}（{t('volunteers.statusSince', { date: date(r.statusSince) })}）
        {r.unmetReason ? `・${t(`helpRequests.unmetReason.${r.unmetReason}`)}` : ''}
        {r.outcome ? `・${t(`helpRequests.outcome.${r.outcome}`)}` : ''}・{t(`helpRequests.urgency.${r.urgency}`)}・{t(`helpRequests.source.${r.source}`)}
      </p>
      <h2>{t('helpRequests.residentSection')}</h2>
      <dl class="details">
        <dt>{t('helpRequests.residentName')}</dt>
        <dd>
          {resident.name} {resident.nameReading}
        </dd>
        <dt>{t('helpRequests.residentPhone')}</dt>
        <dd>{resident.phone}</dd>
        <dt>{t('helpRequests.residentAddress')}</dt>
        <dd>{[resident.postalCode ? formatPostalCode(resident.postalCode) : '', resident.address].filter(Boolean).join(' ')}</dd>
        <dt>{t('helpRequests.district')}</dt>
        <dd>{districtName}</dd>
        <dt>{t('helpRequests.household')}</dt>
        <dd>{resident.household ? t(`helpRequests.household.${resident.household}`) : ''}</dd>
        <dt>{t('helpRequests.situationNotes')}</dt>
        <dd class="preserve-lines">{resident.situationNotes}</dd>
      </dl>
      <h2>{t('helpRequests.requestSection')}</h2>
      <dl class="details">
        <dt>{t('helpRequests.referrerType')}</dt>
        <dd>
          {t(`helpRequests.referrer.${r.referrerType}`)} {r.referrerName} {r.referrerPhone}
        </dd>
        <dt>{t('helpRequests.description')}</dt>
        <dd class="preserve-lines">{r.description}</dd>
        <dt>{t('helpRequests.frequency')}</dt>
        <dd>
          {t(`helpRequests.frequency.${r.frequency}`)} {when}
        </dd>
        <dt>{t('helpRequests.meetingPoint')}</dt>
        <dd>{r.meetingPoint}</dd>
        <dt>{t('helpRequests.receivedOn')}</dt>
        <dd>{date(r.receivedOn)}</dd>
      </dl>
      <p>
        <a class="button" href={`/staff/help-requests/${r.id}/matches`}>
          {t('matching.openMatching')}
        </a>
      </p>
      {children}
      <StatusSection page={page} detail={detail} form={statusForm} />
    </Layout>
  );
}

function StatusSection({ page, detail, form }: { page: PageContext; detail: HelpRequestDetail; form: FormState }) {
  const { t, locale } = page;
  const next = requestTransitions[detail.request.status as HelpRequestStatus];
  return (
    <section aria-labelledby="request-status-title">
      <h2 id="request-status-title">{t('helpRequests.statusHistory')}</h2>
      <ol>
        {detail.history.map((h) => (
          <li>
            {formatWarekiDate(h.onDate, { locale })} {t(`helpRequests.status.${h.toStatus}`)}
            {h.reason ? `（${t(`helpRequests.unmetReason.${h.reason}`)}）` : ''}
          </li>
        ))}
      </ol>
      {next.length ? (
        <form method="post" action={`/staff/help-requests/${detail.request.id}/status`} class="stacked" novalidate>
          <h3>{t('helpRequests.changeStatus')}</h3>
          <CsrfField page={page} />
          <ErrorSummary page={page} form={form} labels={requestLabels(page)} />
          <SelectField page={page} form={form} name="toStatus" label={t('helpRequests.toStatus')} required options={next.map((s) => ({ value: s, label: t(`helpRequests.status.${s}`) }))} />
          <TextField page={page} form={form} name="onDate" label={t('helpRequests.onDate')} type="date" required />
          <SelectField page={page} form={form} name="unmetReason" label={t('helpRequests.unmetReason')} hint={t('helpRequests.unmetReasonHint')} options={[{ value: '', label: '' }, ...unmetReasons.map((u) => ({ value: u, label: t(`helpRequests.unmetReason.${u}`) }))]} />
          <SelectField page={page} form={form} name="outcome" label={t('helpRequests.outcome')} hint={t('helpRequests.outcomeHint')} options={[{ value: '', label: '' }, ...outcomes.map((o) => ({ value: o, label: t(`helpRequests.outcome.${o}`) }))]} />
          <button type="submit">{t('helpRequests.changeStatus')}</button>
        </form>
      ) : null}
    </section>
  );
}
