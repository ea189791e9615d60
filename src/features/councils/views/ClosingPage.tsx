import { CsrfField, ErrorSummary, TextArea, TextField, problemText, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { MeetingRecord } from '../meetings-service.ts';
import { actionRowCount } from '../validation.ts';
import { attendanceStatuses } from '../vocabulary.ts';
import { meetingName, meetingWhen, memberName } from './CouncilText.tsx';

type Props = { page: PageContext; record: MeetingRecord; form: FormState; owners: { id: string; displayName: string }[] };

export function closingFormValues(record: MeetingRecord): Record<string, string> {
  const { meeting, attendance, agenda } = record;
  const values: Record<string, string> = {
    version: String(meeting.version),
    otherParticipants: meeting.otherParticipants ? String(meeting.otherParticipants) : '',
    observers: meeting.observers ? String(meeting.observers) : '',
    organisationsPresent: meeting.organisationsPresent,
    minutes: meeting.minutes,
    decisions: meeting.decisions,
  };
  for (const a of attendance) {
    values[`attendance.${a.memberId}`] = a.status;
    values[`proxy.${a.memberId}`] = a.proxyName;
  }
  for (const item of agenda) values[`agendaNotes.${item.id}`] = item.notes;
  return values;
}

/** Closing a meeting: who came, how many others, what was said and decided, and who does what next. */
export function ClosingPage({ page, record, form, owners }: Props) {
  const { t } = page;
  const { meeting, council, members, agenda } = record;
  const name = meetingName(page, meeting, council.name);
  const labels: Record<string, string> = {
    version: t('councils.version'),
    otherParticipants: t('councils.otherParticipants'),
    observers: t('councils.observers'),
    organisationsPresent: t('councils.organisationsPresent'),
    minutes: t('councils.minutes'),
    decisions: t('councils.decisions'),
  };
  for (const m of members) {
    labels[`attendance.${m.id}`] = t('councils.attendanceOf', { name: memberName(m) });
    labels[`proxy.${m.id}`] = t('councils.proxyOf', { name: memberName(m) });
  }
  for (let i = 0; i < actionRowCount; i++) {
    labels[`action.${i}.title`] = t('councils.actionRow', { n: i + 1, field: t('councils.actionTitle') });
    labels[`action.${i}.ownerId`] = t('councils.actionRow', { n: i + 1, field: t('councils.actionOwner') });
    labels[`action.${i}.dueOn`] = t('councils.actionRow', { n: i + 1, field: t('councils.actionDue') });
  }
  return (
    <Layout page={page} title={`${t('councils.closeMeeting')} | ${name}`} staff>
      <h1>{t('councils.closeMeetingNamed', { name })}</h1>
      <p>{meetingWhen(page, meeting)}</p>
      <form method="post" action={`/staff/meetings/${meeting.id}/close`} class="stacked" novalidate>
        <CsrfField page={page} />
        <input type="hidden" name="version" value={form.values.version ?? String(meeting.version)} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <h2>{t('councils.attendance')}</h2>
        {members.length === 0 ? <p>{t('councils.noMembersOnDay')}</p> : null}
        {members.map((m) => {
          const field = `attendance.${m.id}`;
          const error = form.errors[field];
          return (
            <fieldset class={error ? 'field field--error' : 'field'} id={`field-${field}`}>
              <legend>{memberName(m)}（{t(`councils.role.${m.role}`)}）</legend>
              {error ? <p class="field-error">{problemText(page, error)}</p> : null}
              {attendanceStatuses.map((status) => (
                <span class="checkbox-option">
                  <input type="radio" id={`field-${field}-${status}`} name={field} value={status} checked={form.values[field] === status} />
                  <label for={`field-${field}-${status}`}>{t(`councils.attendanceStatus.${status}`)}</label>
                </span>
              ))}
              <TextField page={page} form={form} name={`proxy.${m.id}`} label={t('councils.proxyName')} maxLength={100} />
            </fieldset>
          );
        })}
        <TextField page={page} form={form} name="otherParticipants" label={labels.otherParticipants!} inputMode="numeric" maxLength={6} />
        <TextField page={page} form={form} name="observers" label={labels.observers!} inputMode="numeric" maxLength={6} hint={t('councils.observersHint')} />
        <TextArea page={page} form={form} name="organisationsPresent" label={labels.organisationsPresent!} rows={3} maxLength={2000} />
        <h2>{t('councils.minutes')}</h2>
        {agenda.map((item) => (
          <TextArea page={page} form={form} name={`agendaNotes.${item.id}`} label={t('councils.notesOfItem', { title: item.title })} rows={3} maxLength={10000} />
        ))}
        <TextArea page={page} form={form} name="minutes" label={labels.minutes!} rows={8} maxLength={50000} hint={t('councils.minutesHint')} />
        <TextArea page={page} form={form} name="decisions" label={labels.decisions!} rows={4} maxLength={10000} />
        <h2>{t('councils.actionItems')}</h2>
        <p>{t('councils.actionItemsHint')}</p>
        {Array.from({ length: actionRowCount }, (_, i) => (
          <fieldset class="field">
            <legend>{t('councils.actionNumbered', { n: i + 1 })}</legend>
            <TextField page={page} form={form} name={`action.${i}.title`} label={t('councils.actionTitle')} maxLength={200} />
            <div class="field">
              <label for={`field-action.${i}.ownerId`}>{t('councils.actionOwner')}</label>
              {form.errors[`action.${i}.ownerId`] ? <p class="field-error">{problemText(page, form.errors[`action.${i}.ownerId`]!)}</p> : null}
              <select id={`field-action.${i}.ownerId`} name={`action.${i}.ownerId`}>
                <option value="">{t('councils.choose')}</option>
                {owners.map((o) => (
                  <option value={o.id} selected={form.values[`action.${i}.ownerId`] === o.id}>
                    {o.displayName}
                  </option>
                ))}
              </select>
            </div>
            <TextField page={page} form={form} name={`action.${i}.dueOn`} type="date" label={t('councils.actionDue')} />
          </fieldset>
        ))}
        <button type="submit">{t('councils.saveRecord')}</button>
      </form>
    </Layout>
  );
}
