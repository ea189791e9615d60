import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { japanDateOf, japanTimeOf } from '../../../platform/wareki/japan-time.ts';
import { formatAgenda } from '../council-rules.ts';
import type { AgendaItemRow, MeetingRow } from '../meetings-service.ts';
import type { CouncilRow } from '../service.ts';

type Props = { page: PageContext; council: CouncilRow; meeting: MeetingRow | null; form: FormState; events: { id: string; title: string }[] };

export function meetingFormValues(meeting: MeetingRow, agenda: AgendaItemRow[]): Record<string, string> {
  return {
    title: meeting.title,
    heldOn: japanDateOf(meeting.startsAt),
    startTime: japanTimeOf(meeting.startsAt),
    endTime: japanTimeOf(meeting.endsAt),
    place: meeting.place,
    onlineUrl: meeting.onlineUrl,
    eventId: meeting.eventId ?? '',
    agenda: formatAgenda(agenda.map((a) => ({ depth: a.parentId ? 1 : 0, title: a.title, durationMinutes: a.durationMinutes }))),
    version: String(meeting.version),
  };
}

/** Scheduling (or moving) a meeting: day and times in Japan time, where, and the agenda typed one item per line. */
export function MeetingFormPage({ page, council, meeting, form, events }: Props) {
  const { t } = page;
  const title = meeting ? t('councils.editMeeting') : t('councils.scheduleMeeting');
  const labels = {
    title: t('councils.meetingTitle'),
    heldOn: t('councils.heldOn'),
    startTime: t('councils.startTime'),
    endTime: t('councils.endTime'),
    place: t('councils.place'),
    onlineUrl: t('councils.onlineUrl'),
    eventId: t('councils.linkedEvent'),
    agenda: t('councils.agenda'),
    version: t('councils.version'),
  };
  return (
    <Layout page={page} title={`${title} | ${council.name}`} staff>
      <h1>{title}</h1>
      <p>
        <a href={`/staff/councils/${council.id}`}>{council.name}</a>
      </p>
      {meeting ? null : <p>{t('councils.numberedAutomatically')}</p>}
      <form method="post" action={meeting ? `/staff/meetings/${meeting.id}` : `/staff/councils/${council.id}/meetings`} class="stacked" novalidate>
        <CsrfField page={page} />
        {meeting ? <input type="hidden" name="version" value={form.values.version ?? String(meeting.version)} /> : null}
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="title" label={labels.title} maxLength={200} hint={t('councils.meetingTitleHint')} />
        <TextField page={page} form={form} name="heldOn" type="date" label={labels.heldOn} required />
        <TextField page={page} form={form} name="startTime" label={labels.startTime} required maxLength={5} hint={t('councils.timeHint')} inputMode="numeric" />
        <TextField page={page} form={form} name="endTime" label={labels.endTime} required maxLength={5} inputMode="numeric" />
        <TextField page={page} form={form} name="place" label={labels.place} maxLength={200} hint={t('councils.placeHint')} />
        <TextField page={page} form={form} name="onlineUrl" label={labels.onlineUrl} maxLength={500} />
        <SelectField page={page} form={form} name="eventId" label={labels.eventId} hint={t('councils.linkedEventHint')} options={[{ value: '', label: t('councils.noLinkedEvent') }, ...events.map((e) => ({ value: e.id, label: e.title }))]} />
        <TextArea page={page} form={form} name="agenda" label={labels.agenda} rows={10} maxLength={5000} hint={t('councils.agendaHint')} />
        <button type="submit">{t('form.save')}</button>
      </form>
    </Layout>
  );
}
