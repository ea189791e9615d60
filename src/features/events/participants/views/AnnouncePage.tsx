import { CsrfField, ErrorSummary, TextArea, TextField, type FormState } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import type { EventRow } from '../../schema.ts';
import type { ParticipantFilters } from '../validation.ts';

/** A message to every participant the list's filters select. */
export function AnnouncePage({ page, event, filters, recipients, form }: { page: PageContext; event: EventRow; filters: ParticipantFilters; recipients: number; form: FormState }) {
  const { t } = page;
  const labels = { subject: t('events.announce.subject'), body: t('events.announce.body') };
  return (
    <Layout page={page} title={t('events.announce.title')} staff>
      <h1>{t('events.announce.title')}</h1>
      <p>{event.title}</p>
      <p class="notice-box">{t('events.announce.recipients', { count: recipients })}</p>
      <form method="post" action={`/staff/events/${event.id}/announce`} class="stacked" novalidate>
        <CsrfField page={page} />
        <input type="hidden" name="status" value={filters.status} />
        <input type="hidden" name="payment" value={filters.payment} />
        <input type="hidden" name="q" value={filters.q} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="subject" label={labels.subject} required maxLength={120} />
        <TextArea page={page} form={form} name="body" label={labels.body} required rows={10} maxLength={5000} />
        <div class="actions">
          <button type="submit">{t('events.announce.send', { count: recipients })}</button>
        </div>
      </form>
    </Layout>
  );
}
