import { CsrfField, emptyForm, SelectField, TextArea, type FormState } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import type { EventRow } from '../../schema.ts';
import { canChangeEventStatus } from '../event-status.ts';
import { EventForm } from './EventForm.tsx';

type Props = { page: PageContext; event: EventRow | null; form: FormState; changeForm?: FormState };

function ActionButton({ page, event, action, label }: { page: PageContext; event: EventRow; action: string; label: string }) {
  return (
    <form method="post" action={`/staff/events/${event.id}/${action}`} class="inline-form">
      <CsrfField page={page} />
      <button type="submit" class="button button--quiet">
        {label}
      </button>
    </form>
  );
}

function ChangeForm({ page, event, form }: { page: PageContext; event: EventRow; form: FormState }) {
  const { t } = page;
  const options = (['cancelled', 'postponed'] as const).filter((s) => canChangeEventStatus(event.status, s));
  if (options.length === 0) return null;
  return (
    <section aria-labelledby="change-title">
      <h2 id="change-title">{t('events.mgmt.change')}</h2>
      <form method="post" action={`/staff/events/${event.id}/change`} class="stacked" novalidate>
        <CsrfField page={page} />
        <SelectField page={page} form={form} name="change" label={t('events.mgmt.changeKind')} required options={options.map((s) => ({ value: s, label: t(s === 'cancelled' ? 'events.mgmt.cancel' : 'events.mgmt.postpone') }))} />
        <TextArea page={page} form={form} name="notice" label={t('events.mgmt.notice')} hint={t('events.mgmt.noticeHint')} required rows={4} maxLength={2000} />
        <div class="actions">
          <button type="submit">{t('events.mgmt.changeSubmit')}</button>
        </div>
      </form>
    </section>
  );
}

function StatusPanel({ page, event, changeForm }: { page: PageContext; event: EventRow; changeForm: FormState }) {
  const { t, actor } = page;
  const canWrite = actor?.role === 'admin' || actor?.role === 'coordinator';
  return (
    <section aria-labelledby="status-title" class="event-status">
      <h2 id="status-title">{t('events.mgmt.statusNow', { status: t(`events.mgmt.status.${event.status}`) })}</h2>
      {event.statusNotice ? <p class="notice">{event.statusNotice}</p> : null}
      <p class="actions">
        <a href={`/staff/events/${event.id}/participants`}>{t('events.mgmt.participants')}</a>
        {event.status !== 'draft' ? <a href={`/events/${event.id}`}>{t('events.mgmt.publicPage')}</a> : null}
        {event.status !== 'draft' ? <a href={`/events/${event.id}/event.ics`}>{t('events.mgmt.icsFile')}</a> : null}
      </p>
      {canWrite ? (
        <div class="actions">
          {canChangeEventStatus(event.status, 'published') ? <ActionButton page={page} event={event} action="publish" label={t('events.mgmt.publish')} /> : null}
          {canChangeEventStatus(event.status, 'closed') ? <ActionButton page={page} event={event} action="close" label={t('events.mgmt.close')} /> : null}
          <ActionButton page={page} event={event} action="copy" label={t('events.mgmt.copy')} />
        </div>
      ) : null}
      {canWrite ? <ChangeForm page={page} event={event} form={changeForm} /> : null}
    </section>
  );
}

/** Add or edit an event; an existing one also shows its status with publish, close, copy and cancel/postpone. */
export function EventEditPage({ page, event, form, changeForm = emptyForm }: Props) {
  const { t, actor } = page;
  const title = event ? `${t('events.mgmt.edit')}: ${event.title}` : t('events.mgmt.new');
  const canWrite = actor?.role === 'admin' || actor?.role === 'coordinator';
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      {event ? <StatusPanel page={page} event={event} changeForm={changeForm} /> : null}
      {canWrite && event?.status !== 'cancelled' ? <EventForm page={page} form={form} action={event ? `/staff/events/${event.id}` : '/staff/events'} /> : null}
    </Layout>
  );
}
