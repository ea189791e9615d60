import { formatPostalCode } from '../../../platform/contact-format/postal-code.ts';
import { CsrfField, emptyForm, ErrorSummary, SelectField, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { VolunteerStatusChangeRow, VolunteerRow } from '../service.ts';
import { statusTransitions } from '../volunteer-rules.ts';
import { timeSlots, weekdaysMondayFirst, slotKey, type VolunteerStatus } from '../vocabulary.ts';
import type { AttendedTraining } from '../../events/registrations/service.ts';
import { InsuranceText } from './InsuranceText.tsx';
import { TrainingsSection } from './TrainingsSection.tsx';

type Props = {
  page: PageContext;
  volunteer: VolunteerRow;
  districtName: string;
  helpTypeNames: string[];
  history: VolunteerStatusChangeRow[];
  statusForm?: FormState;
  insuranceForm?: FormState;
  totals: { count: number; minutes: number };
  trainings: AttendedTraining[];
};

/** One volunteer: details, status with its history, insurance. */
export function VolunteerProfilePage({ page, volunteer: v, districtName, helpTypeNames, history, statusForm = emptyForm, insuranceForm, totals, trainings }: Props) {
  const { t, locale } = page;
  const date = (d: string) => formatWarekiDate(d, { locale });
  return (
    <Layout page={page} title={v.name} staff>
      <h1>
        {v.name} <span class="reading">{v.nameReading}</span>
      </h1>
      <p>
        {t(`volunteers.status.${v.status}`)}（{t('volunteers.statusSince', { date: date(v.statusSince) })}）・{t(`volunteers.source.${v.source}`)}
      </p>
      <p>
        <a href={`/staff/volunteers/${v.id}/edit`}>{t('form.edit')}</a>
      </p>
      <h2>{t('volunteers.details')}</h2>
      <dl class="details">
        <dt>{t('volunteers.ageBand')}</dt>
        <dd>{t(`volunteers.ageBand.${v.ageBand}`)}</dd>
        <dt>{t('volunteers.phone')}</dt>
        <dd>{v.phone}</dd>
        <dt>{t('volunteers.email')}</dt>
        <dd>{v.email}</dd>
        <dt>{t('volunteers.address')}</dt>
        <dd>{[v.postalCode ? formatPostalCode(v.postalCode) : '', v.address].filter(Boolean).join(' ')}</dd>
        <dt>{t('volunteers.district')}</dt>
        <dd>{districtName}</dd>
        <dt>{t('volunteers.helpTypes')}</dt>
        <dd>{helpTypeNames.join('、')}</dd>
        <dt>{t('volunteers.availability')}</dt>
        <dd>{availabilityText(page, v.availability)}</dd>
        <dt>{t('volunteers.travelRange')}</dt>
        <dd>{t(`volunteers.travelRange.${v.travelRange}`)}</dd>
        <dt>{t('volunteers.travelMeans')}</dt>
        <dd>{v.travelMeans.map((m) => t(`volunteers.travelMeans.${m}`)).join('、')}</dd>
        <dt>{t('volunteers.monthlyLimit')}</dt>
        <dd>{v.monthlyAssignmentLimit}</dd>
        <dt>{t('volunteers.notes')}</dt>
        <dd class="preserve-lines">{v.notes}</dd>
      </dl>
      <section aria-labelledby="activity-totals">
        <h2 id="activity-totals">{t('volunteers.activityTotals')}</h2>
        <p>{t('volunteers.activityTotalsText', { count: totals.count, hours: Math.floor(totals.minutes / 60), minutes: totals.minutes % 60 })}</p>
        <form method="post" action={`/staff/volunteers/${v.id}/link`} class="inline-form">
          <CsrfField page={page} />
          <button type="submit" class="button button--secondary">
            {t('volunteers.issueLink')}
          </button>
        </form>
      </section>
      <TrainingsSection page={page} trainings={trainings} />
      <InsuranceSection page={page} volunteer={v} form={insuranceForm ?? { values: { insuranceEnrolledOn: v.insuranceEnrolledOn ?? '' }, errors: {} }} />
      <StatusSection page={page} volunteer={v} history={history} form={statusForm} />
    </Layout>
  );
}

function availabilityText(page: PageContext, cells: string[]): string {
  const set = new Set(cells);
  return weekdaysMondayFirst
    .map((day) => {
      const slots = timeSlots.filter((s) => set.has(slotKey(day, s)));
      return slots.length ? `${page.t(`volunteers.weekday.${day}`)}（${slots.map((s) => page.t(`volunteers.slot.${s}`)).join('・')}）` : '';
    })
    .filter(Boolean)
    .join('、');
}

function InsuranceSection({ page, volunteer, form }: { page: PageContext; volunteer: VolunteerRow; form: FormState }) {
  const { t } = page;
  return (
    <section aria-labelledby="insurance-title">
      <h2 id="insurance-title">{t('volunteers.insurance')}</h2>
      <p>
        <InsuranceText page={page} enrolledOn={volunteer.insuranceEnrolledOn} />
      </p>
      <form method="post" action={`/staff/volunteers/${volunteer.id}/insurance`} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={{ insuranceEnrolledOn: t('volunteers.insuranceEnrolledOn') }} />
        <TextField page={page} form={form} name="insuranceEnrolledOn" label={t('volunteers.insuranceEnrolledOn')} type="date" hint={t('volunteers.insuranceHint')} />
        <button type="submit" class="button button--secondary">
          {t('volunteers.insuranceSave')}
        </button>
      </form>
    </section>
  );
}

function StatusSection({ page, volunteer, history, form }: { page: PageContext; volunteer: VolunteerRow; history: VolunteerStatusChangeRow[]; form: FormState }) {
  const { t, locale } = page;
  const next = statusTransitions[volunteer.status as VolunteerStatus];
  return (
    <section aria-labelledby="status-title">
      <h2 id="status-title">{t('volunteers.statusHistory')}</h2>
      <ol class="status-history">
        {history.map((h) => (
          <li>
            {formatWarekiDate(h.onDate, { locale })} {t(`volunteers.status.${h.toStatus}`)}
            {h.note ? `（${h.note}）` : ''}
          </li>
        ))}
      </ol>
      {next.length === 0 ? (
        <p>{t('volunteers.noNextStatus')}</p>
      ) : (
        <form method="post" action={`/staff/volunteers/${volunteer.id}/status`} class="stacked" novalidate>
          <h3>{t('volunteers.changeStatus')}</h3>
          <CsrfField page={page} />
          <ErrorSummary page={page} form={form} labels={{ toStatus: t('volunteers.toStatus'), onDate: t('volunteers.onDate'), note: t('volunteers.statusNote') }} />
          <SelectField page={page} form={form} name="toStatus" label={t('volunteers.toStatus')} required options={next.map((s) => ({ value: s, label: t(`volunteers.status.${s}`) }))} />
          <TextField page={page} form={form} name="onDate" label={t('volunteers.onDate')} type="date" required />
          <TextField page={page} form={form} name="note" label={t('volunteers.statusNote')} maxLength={500} />
          <button type="submit">{t('volunteers.changeStatus')}</button>
        </form>
      )}
    </section>
  );
}
