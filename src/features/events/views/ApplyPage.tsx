import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, problemText, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { prefectures } from '../../../platform/japanese-text/prefectures.ts';
import { applicantRoles } from '../registrations/validation.ts';
import type { EventRow } from '../schema.ts';
import { EventFacts } from './EventFacts.tsx';

/** The application form: works without JavaScript; a refused form shows what was typed and why. */
export function ApplyPage({ page, event, form, submissionKey }: { page: PageContext; event: EventRow; form: FormState; submissionKey: string }) {
  const { t } = page;
  const labels: Record<string, string> = {
    name: t('events.apply.name'),
    nameReading: t('events.apply.nameReading'),
    organisation: t('events.apply.organisation'),
    role: t('events.apply.role'),
    prefecture: t('events.apply.prefecture'),
    municipality: t('events.apply.municipality'),
    email: t('events.apply.email'),
    phone: t('events.apply.phone'),
    participantTypeId: t('events.apply.participantType'),
    consent: t('events.apply.consent'),
  };
  for (const q of event.questions) labels[`q_${q.id}`] = q.label;
  const choose = { value: '', label: t('events.apply.choose') };
  return (
    <Layout page={page} title={t('events.apply.title', { title: event.title })}>
      <h1>{t('events.apply.title', { title: event.title })}</h1>
      <EventFacts page={page} event={event} />
      <p class="lead">{t('events.apply.lead')}</p>
      <form method="post" action={`/events/${event.id}/apply`} class="stacked" novalidate>
        <CsrfField page={page} />
        <input type="hidden" name="submissionKey" value={form.values.submissionKey || submissionKey} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="name" label={labels.name!} required autocomplete="name" maxLength={100} />
        <TextField page={page} form={form} name="nameReading" label={labels.nameReading!} required maxLength={100} />
        <TextField page={page} form={form} name="organisation" label={labels.organisation!} autocomplete="organization" maxLength={200} />
        <SelectField page={page} form={form} name="role" label={labels.role!} required options={[choose, ...applicantRoles.map((r) => ({ value: r, label: t(`events.role.${r}`) }))]} />
        <SelectField page={page} form={form} name="prefecture" label={labels.prefecture!} required options={[choose, ...prefectures.map((p) => ({ value: p, label: p }))]} />
        <TextField page={page} form={form} name="municipality" label={labels.municipality!} maxLength={50} />
        <TextField page={page} form={form} name="email" type="email" label={labels.email!} hint={t('events.apply.emailHint')} required autocomplete="email" maxLength={254} />
        <TextField page={page} form={form} name="phone" type="tel" label={labels.phone!} required autocomplete="tel" maxLength={20} inputMode="tel" />
        {event.participantTypes.length ? (
          <SelectField
            page={page}
            form={form}
            name="participantTypeId"
            label={labels.participantTypeId!}
            required
            options={[choose, ...event.participantTypes.map((p) => ({ value: p.id, label: `${p.label}（${p.feeYen === 0 ? t('events.feeFree') : t('events.feeYen', { fee: p.feeYen.toLocaleString('ja-JP') })}）` }))]}
          />
        ) : null}
        {event.questions.map((q) =>
          q.kind === 'choice' ? (
            <SelectField page={page} form={form} name={`q_${q.id}`} label={q.label} required={q.required} options={[choose, ...q.options.map((o) => ({ value: o, label: o }))]} />
          ) : (
            <TextArea page={page} form={form} name={`q_${q.id}`} label={q.label} required={q.required} rows={3} maxLength={2000} />
          ),
        )}
        <ConsentField page={page} form={form} label={labels.consent!} />
        <div class="actions">
          <button type="submit">{t('events.apply.submit')}</button>
          <a href={`/events/${event.id}`}>{t('form.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}

function ConsentField({ page, form, label }: { page: PageContext; form: FormState; label: string }) {
  const error = form.errors.consent;
  return (
    <div class={error ? 'field field--checkbox field--error' : 'field field--checkbox'}>
      {error ? (
        <p class="field-error" id="error-consent">
          {problemText(page, error)}
        </p>
      ) : null}
      <input id="field-consent" type="checkbox" name="consent" value="on" checked={form.values.consent === 'on'} aria-describedby={error ? 'error-consent' : undefined} aria-invalid={error ? 'true' : undefined} />
      <label for="field-consent">{label}</label>
    </div>
  );
}
