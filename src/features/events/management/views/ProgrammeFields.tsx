import { SelectField, TextArea, TextField, type FormState } from '../../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { sessionRowCount, speakerRowCount } from '../form-input.ts';
import { sessionDeliveries } from '../validation.ts';

type Props = { page: PageContext; form: FormState };

/** A button that posts the form back with one more row in `group`; nothing is saved. */
export function AddRowButton({ page, group, label }: { page: PageContext; group: string; label: string }) {
  return (
    <button type="submit" name="addRow" value={group} class="button button--quiet" formnovalidate>
      {page.t('events.mgmt.addRow')}
      <span class="visually-hidden">{`（${label}）`}</span>
    </button>
  );
}

function SpeakerRow({ page, form, session, index }: Props & { session: number; index: number }) {
  const { t } = page;
  const name = (field: string) => `sessions.${session}.speakers.${index}.${field}`;
  return (
    <fieldset class="field speaker-row">
      <legend>{t('events.mgmt.speakerRow', { number: index + 1 })}</legend>
      <TextField page={page} form={form} name={name('role')} label={t('events.mgmt.field.speakerRole')} maxLength={50} />
      <TextField page={page} form={form} name={name('name')} label={t('events.mgmt.field.speakerName')} maxLength={100} />
      <TextField page={page} form={form} name={name('affiliation')} label={t('events.mgmt.field.speakerAffiliation')} maxLength={200} />
    </fieldset>
  );
}

function SessionRow({ page, form, index }: Props & { index: number }) {
  const { t } = page;
  const name = (field: string) => `sessions.${index}.${field}`;
  const speakers = speakerRowCount(form.values, index);
  const legend = t('events.mgmt.sessionRow', { number: index + 1 });
  return (
    <fieldset class="field session-row" data-row="session">
      <legend>{legend}</legend>
      <input type="hidden" name={`rows.sessions.${index}.speakers`} value={String(speakers)} />
      <SelectField page={page} form={form} name={name('delivery')} label={t('events.mgmt.field.sessionDelivery')} options={sessionDeliveries.map((d) => ({ value: d, label: t(`events.mgmt.delivery.${d}`) }))} />
      <TextField page={page} form={form} name={name('startsAt')} type="datetime-local" label={t('events.mgmt.field.sessionStartsAt')} />
      <TextField page={page} form={form} name={name('endsAt')} type="datetime-local" label={t('events.mgmt.field.sessionEndsAt')} />
      <TextField page={page} form={form} name={name('durationMinutes')} type="number" inputMode="numeric" label={t('events.mgmt.field.sessionDuration')} />
      <TextField page={page} form={form} name={name('title')} label={t('events.mgmt.field.sessionTitle')} maxLength={200} />
      <TextArea page={page} form={form} name={name('description')} label={t('events.mgmt.field.sessionDescription')} rows={3} maxLength={4000} />
      {Array.from({ length: speakers }, (_, j) => (
        <SpeakerRow page={page} form={form} session={index} index={j} />
      ))}
      <AddRowButton page={page} group={`sessions.${index}.speakers`} label={`${legend} ${t('events.mgmt.speakerRow', { number: speakers + 1 })}`} />
    </fieldset>
  );
}

/** The programme: a few rows, each a part with its time, title and speakers; 「行を追加」 posts back for one more. */
export function ProgrammeFields({ page, form }: Props) {
  const { t } = page;
  const count = sessionRowCount(form.values);
  return (
    <section aria-labelledby="programme-title" class="programme-fields">
      <h2 id="programme-title">{t('events.mgmt.section.programme')}</h2>
      <p class="field-hint">{t('events.mgmt.programmeHint')}</p>
      <input type="hidden" name="rows.sessions" value={String(count)} />
      {Array.from({ length: count }, (_, i) => (
        <SessionRow page={page} form={form} index={i} />
      ))}
      <AddRowButton page={page} group="sessions" label={t('events.mgmt.sessionRow', { number: count + 1 })} />
    </section>
  );
}
