import { CsrfField, ErrorSummary, SelectField, TextField, type FormState } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../../platform/wareki/wareki.ts';
import type { RegistrationRow } from '../../registrations/schema.ts';
import type { EventRow } from '../../schema.ts';

type Mail = { subject: string; sentAt: Date };
type VolunteerChoice = { id: string; label: string; suggested: boolean };

/** One application as staff see it: everything typed, payment, attendance, and the mails sent. */
export function ParticipantPage({ page, event, registration, mails, form, volunteers }: { page: PageContext; event: EventRow; registration: RegistrationRow; mails: Mail[]; form: FormState; volunteers: VolunteerChoice[] }) {
  const { t, locale } = page;
  const r = registration;
  const base = `/staff/events/${event.id}`;
  const canManage = page.actor?.role === 'admin' || page.actor?.role === 'coordinator';
  const labels = { paymentStatus: t('events.application.payment'), paidOn: t('events.payment.paidOn'), amountYen: t('events.payment.amount'), note: t('events.payment.note') };
  return (
    <Layout page={page} title={`${r.name}（${r.reference}）`} staff>
      <p>
        <a href={`${base}/participants`}>{t('events.participants.back', { title: event.title })}</a>
      </p>
      <h1>{`${r.name}（${r.reference}）`}</h1>
      <dl class="facts">
        <dt>{t('events.application.status')}</dt>
        <dd>{t(`events.registrationStatus.${r.status}`)}</dd>
        <dt>{t('events.apply.nameReading')}</dt>
        <dd>{r.nameReading}</dd>
        <dt>{t('events.apply.organisation')}</dt>
        <dd>{r.organisation}</dd>
        <dt>{t('events.apply.role')}</dt>
        <dd>{r.role ? t(`events.role.${r.role}`) : ''}</dd>
        <dt>{t('events.apply.prefecture')}</dt>
        <dd>{`${r.prefecture}${r.municipality}`}</dd>
        <dt>{t('events.apply.email')}</dt>
        <dd>{r.email}</dd>
        <dt>{t('events.apply.phone')}</dt>
        <dd>{r.phone}</dd>
        {event.questions.map((q) => (
          <>
            <dt>{q.label}</dt>
            <dd>{r.answers[q.id] ?? ''}</dd>
          </>
        ))}
        <dt>{t('events.participants.appliedAt')}</dt>
        <dd>{formatWarekiDateTime(r.createdAt, { locale })}</dd>
        <dt>{t('events.participants.attended')}</dt>
        <dd>{r.checkedInAt ? formatWarekiDateTime(r.checkedInAt, { locale }) : '—'}</dd>
      </dl>
      {r.feeYen > 0 && canManage ? (
        <section aria-labelledby="payment-title">
          <h2 id="payment-title">{`${t('events.application.payment')}: ${t('events.feeYen', { fee: r.feeYen.toLocaleString('ja-JP') })}・${t(`events.payment.${r.paymentStatus}`)}`}</h2>
          <form method="post" action={`${base}/participants/${r.id}/payment`} class="stacked" novalidate>
            <CsrfField page={page} />
            <ErrorSummary page={page} form={form} labels={labels} />
            <SelectField page={page} form={{ ...form, values: { paymentStatus: 'paid', ...form.values } }} name="paymentStatus" label={labels.paymentStatus} required options={(['paid', 'waived', 'refunded', 'unpaid'] as const).map((s) => ({ value: s, label: t(`events.payment.${s}`) }))} />
            <TextField page={page} form={form} name="paidOn" type="date" label={labels.paidOn} />
            <TextField page={page} form={form} name="amountYen" label={labels.amountYen} inputMode="numeric" maxLength={10} />
            <TextField page={page} form={form} name="note" label={labels.note} maxLength={200} />
            <div class="actions">
              <button type="submit">{t('events.payment.record')}</button>
            </div>
          </form>
        </section>
      ) : null}
      {event.isVolunteerTraining && canManage ? <VolunteerLink page={page} action={`${base}/participants/${r.id}/volunteer`} linked={r.volunteerId} volunteers={volunteers} /> : null}
      {mails.length ? (
        <section aria-labelledby="mails-title">
          <h2 id="mails-title">{t('events.participants.mails')}</h2>
          <ul>
            {mails.map((m) => (
              <li>{`${formatWarekiDateTime(m.sentAt, { locale })} ${m.subject}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

/** Links a training application to the registered volunteer it is, so the training shows on their profile. */
function VolunteerLink({ page, action, linked, volunteers }: { page: PageContext; action: string; linked: string | null; volunteers: VolunteerChoice[] }) {
  const { t } = page;
  return (
    <section aria-labelledby="volunteer-link-title">
      <h2 id="volunteer-link-title">{t('events.participants.volunteerLink')}</h2>
      <form method="post" action={action} class="inline-form">
        <CsrfField page={page} />
        <label for="field-volunteerId">{t('events.participants.volunteer')}</label>
        <select id="field-volunteerId" name="volunteerId">
          <option value="">{t('events.participants.notAVolunteer')}</option>
          {volunteers.map((v) => (
            <option value={v.id} selected={v.id === linked}>
              {v.suggested ? `★ ${v.label}` : v.label}
            </option>
          ))}
        </select>
        <button type="submit">{t('form.save')}</button>
      </form>
    </section>
  );
}
