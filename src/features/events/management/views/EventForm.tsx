import { CheckboxField, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { eventKinds } from '../../schema.ts';
import { groupRowCount } from '../form-input.ts';
import { AddRowButton, ProgrammeFields } from './ProgrammeFields.tsx';
import { fieldLabels } from './field-labels.ts';

type Props = { page: PageContext; form: FormState; action: string };

function Section({ title, id, children }: { title: string; id: string; children: unknown }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function ParticipantTypeRows({ page, form }: Omit<Props, 'action'>) {
  const { t } = page;
  const count = groupRowCount(form.values, 'participantTypes');
  return (
    <>
      <input type="hidden" name="rows.participantTypes" value={String(count)} />
      {Array.from({ length: count }, (_, i) => (
        <fieldset class="field">
          <legend>{t('events.mgmt.participantTypeRow', { number: i + 1 })}</legend>
          <input type="hidden" name={`participantTypes.${i}.id`} value={form.values[`participantTypes.${i}.id`] ?? ''} />
          <TextField page={page} form={form} name={`participantTypes.${i}.label`} label={t('events.mgmt.field.participantTypeLabel')} maxLength={100} />
          <TextField page={page} form={form} name={`participantTypes.${i}.feeYen`} type="number" inputMode="numeric" label={t('events.mgmt.field.participantTypeFee')} />
        </fieldset>
      ))}
      <AddRowButton page={page} group="participantTypes" label={t('events.mgmt.participantTypeRow', { number: count + 1 })} />
    </>
  );
}

function QuestionRows({ page, form }: Omit<Props, 'action'>) {
  const { t } = page;
  const count = groupRowCount(form.values, 'questions');
  return (
    <>
      <input type="hidden" name="rows.questions" value={String(count)} />
      {Array.from({ length: count }, (_, i) => (
        <fieldset class="field">
          <legend>{t('events.mgmt.questionRow', { number: i + 1 })}</legend>
          <input type="hidden" name={`questions.${i}.id`} value={form.values[`questions.${i}.id`] ?? ''} />
          <TextField page={page} form={form} name={`questions.${i}.label`} label={t('events.mgmt.field.questionLabel')} maxLength={200} />
          <SelectField page={page} form={form} name={`questions.${i}.kind`} label={t('events.mgmt.field.questionKind')} options={(['text', 'choice'] as const).map((k) => ({ value: k, label: t(`events.mgmt.field.questionKind.${k}`) }))} />
          <TextArea page={page} form={form} name={`questions.${i}.options`} label={t('events.mgmt.field.questionOptions')} rows={3} />
          <CheckboxField page={page} form={form} name={`questions.${i}.required`} label={t('events.mgmt.field.questionRequired')} />
        </fieldset>
      ))}
      <AddRowButton page={page} group="questions" label={t('events.mgmt.questionRow', { number: count + 1 })} />
    </>
  );
}

type Fields = ReturnType<typeof fieldMakers>;

// Small makers for the plain fields, so each section reads as a list of names.
function fieldMakers(page: PageContext, form: FormState, labels: Record<string, string>) {
  const text = (name: string, extra: Record<string, unknown> = {}) => <TextField page={page} form={form} name={name} label={labels[name]!} {...extra} />;
  return {
    text,
    area: (name: string, rows = 4) => <TextArea page={page} form={form} name={name} label={labels[name]!} rows={rows} />,
    check: (name: string) => <CheckboxField page={page} form={form} name={name} label={labels[name]!} />,
    when: (name: string, required = false) => text(name, { type: 'datetime-local', required, hint: page.t('events.mgmt.field.dateTimeHint') }),
    number: (name: string, hint?: string) => text(name, { type: 'number', inputMode: 'numeric', hint }),
  };
}

function BasicsSection({ page, form, labels, f }: { page: PageContext; form: FormState; labels: Record<string, string>; f: Fields }) {
  const { t } = page;
  return (
    <Section title={t('events.mgmt.section.basics')} id="section-basics">
      {f.text('title', { required: true, maxLength: 200 })}
      {f.text('titleReading', { maxLength: 200 })}
      <SelectField page={page} form={form} name="kind" label={labels.kind!} required options={eventKinds.map((k) => ({ value: k, label: t(`events.mgmt.kind.${k}`) }))} />
      {f.check('isVolunteerTraining')}
      {f.text('organiser', { maxLength: 200 })}
      {f.area('description', 8)}
      {f.area('targetAudience', 3)}
    </Section>
  );
}

function DeliverySection({ page, f }: { page: PageContext; f: Fields }) {
  return (
    <Section title={page.t('events.mgmt.section.delivery')} id="section-delivery">
      {f.check('inPerson')}
      {f.text('venueName', { maxLength: 200 })}
      {f.text('venueAddress', { maxLength: 300 })}
      {f.area('venueAccess', 2)}
      {f.check('liveOnline')}
      {f.text('liveUrl', { maxLength: 500 })}
      {f.area('liveNotes', 4)}
      {f.check('onDemand')}
      {f.text('onDemandUrl', { maxLength: 500 })}
      {f.text('onDemandMaterialsUrl', { maxLength: 500 })}
      {f.when('onDemandFrom')}
      {f.when('onDemandUntil')}
    </Section>
  );
}

function ApplicationSection({ page, f }: { page: PageContext; f: Fields }) {
  return (
    <Section title={page.t('events.mgmt.section.application')} id="section-application">
      {f.when('applicationOpensAt', true)}
      {f.when('applicationClosesAt', true)}
      {f.when('paymentDueAt')}
      {f.area('paymentInstructions', 3)}
      {f.area('cancellationPolicy', 2)}
      {f.number('selfCancelHours')}
      {f.number('offerHours')}
    </Section>
  );
}

/** The event form, to add and to edit: every field, the programme and the repeated rows, usable without JavaScript. */
export function EventForm({ page, form, action }: Props) {
  const { t } = page;
  const labels = fieldLabels(page, form);
  const f = fieldMakers(page, form, labels);
  return (
    <form method="post" action={action} class="stacked event-form" novalidate>
      <CsrfField page={page} />
      <ErrorSummary page={page} form={form} labels={labels} />
      {/* First in the form, so Enter in any field saves rather than adding a row. */}
      <p class="actions">
        <button type="submit">{t('form.save')}</button>
      </p>
      <BasicsSection page={page} form={form} labels={labels} f={f} />
      <Section title={t('events.mgmt.section.dates')} id="section-dates">
        {f.when('startsAt', true)}
        {f.when('endsAt', true)}
      </Section>
      <DeliverySection page={page} f={f} />
      <Section title={t('events.mgmt.section.fees')} id="section-fees">
        {f.number('capacity', t('events.mgmt.field.capacityHint'))}
        {f.number('feeYen', t('events.mgmt.field.feeHint'))}
        <ParticipantTypeRows page={page} form={form} />
      </Section>
      <ApplicationSection page={page} f={f} />
      <Section title={t('events.mgmt.section.questions')} id="section-questions">
        <QuestionRows page={page} form={form} />
      </Section>
      <Section title={t('events.mgmt.section.contact')} id="section-contact">
        {f.text('contactName', { maxLength: 200 })}
        {f.text('contactPhone', { type: 'tel', inputMode: 'tel' })}
        {f.text('contactFax', { type: 'tel', inputMode: 'tel' })}
        {f.text('contactEmail', { type: 'email' })}
      </Section>
      <ProgrammeFields page={page} form={form} />
      <div class="actions">
        <button type="submit">{t('form.save')}</button>
        <a href="/staff/events">{t('form.cancel')}</a>
      </div>
    </form>
  );
}
