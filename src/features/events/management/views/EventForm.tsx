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

/** The event form, to add and to edit: every field, the programme and the repeated rows, usable without JavaScript. */
export function EventForm({ page, form, action }: Props) {
  const { t } = page;
  const labels = fieldLabels(page, form);
  const text = (name: string, extra: Record<string, unknown> = {}) => <TextField page={page} form={form} name={name} label={labels[name]!} {...extra} />;
  const area = (name: string, rows = 4) => <TextArea page={page} form={form} name={name} label={labels[name]!} rows={rows} />;
  const check = (name: string) => <CheckboxField page={page} form={form} name={name} label={labels[name]!} />;
  const when = (name: string, required = false) => text(name, { type: 'datetime-local', required, hint: t('events.mgmt.field.dateTimeHint') });
  return (
    <form method="post" action={action} class="stacked event-form" novalidate>
      <CsrfField page={page} />
      <ErrorSummary page={page} form={form} labels={labels} />
      {/* First in the form, so Enter in any field saves rather than adding a row. */}
      <p class="actions">
        <button type="submit">{t('form.save')}</button>
      </p>
      <Section title={t('events.mgmt.section.basics')} id="section-basics">
        {text('title', { required: true, maxLength: 200 })}
        {text('titleReading', { maxLength: 200 })}
        <SelectField page={page} form={form} name="kind" label={labels.kind!} required options={eventKinds.map((k) => ({ value: k, label: t(`events.mgmt.kind.${k}`) }))} />
        {check('isVolunteerTraining')}
        {text('organiser', { maxLength: 200 })}
        {area('description', 8)}
        {area('targetAudience', 3)}
      </Section>
      <Section title={t('events.mgmt.section.dates')} id="section-dates">
        {when('startsAt', true)}
        {when('endsAt', true)}
      </Section>
      <Section title={t('events.mgmt.section.delivery')} id="section-delivery">
        {check('inPerson')}
        {text('venueName', { maxLength: 200 })}
        {text('venueAddress', { maxLength: 300 })}
        {area('venueAccess', 2)}
        {check('liveOnline')}
        {text('liveUrl', { maxLength: 500 })}
        {area('liveNotes', 4)}
        {check('onDemand')}
        {text('onDemandUrl', { maxLength: 500 })}
        {text('onDemandMaterialsUrl', { maxLength: 500 })}
        {when('onDemandFrom')}
        {when('onDemandUntil')}
      </Section>
      <Section title={t('events.mgmt.section.fees')} id="section-fees">
        {text('capacity', { type: 'number', inputMode: 'numeric', hint: t('events.mgmt.field.capacityHint') })}
        {text('feeYen', { type: 'number', inputMode: 'numeric', hint: t('events.mgmt.field.feeHint') })}
        <ParticipantTypeRows page={page} form={form} />
      </Section>
      <Section title={t('events.mgmt.section.application')} id="section-application">
        {when('applicationOpensAt', true)}
        {when('applicationClosesAt', true)}
        {when('paymentDueAt')}
        {area('paymentInstructions', 3)}
        {area('cancellationPolicy', 2)}
        {text('selfCancelHours', { type: 'number', inputMode: 'numeric' })}
        {text('offerHours', { type: 'number', inputMode: 'numeric' })}
      </Section>
      <Section title={t('events.mgmt.section.questions')} id="section-questions">
        <QuestionRows page={page} form={form} />
      </Section>
      <Section title={t('events.mgmt.section.contact')} id="section-contact">
        {text('contactName', { maxLength: 200 })}
        {text('contactPhone', { type: 'tel', inputMode: 'tel' })}
        {text('contactFax', { type: 'tel', inputMode: 'tel' })}
        {text('contactEmail', { type: 'email' })}
      </Section>
      <ProgrammeFields page={page} form={form} />
      <div class="actions">
        <button type="submit">{t('form.save')}</button>
        <a href="/staff/events">{t('form.cancel')}</a>
      </div>
    </form>
  );
}
