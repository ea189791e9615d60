import { CsrfField, emptyForm, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { ContactRow } from '../service.ts';
import { contactMeans } from '../vocabulary.ts';

/** Contacts made about a request (phone, visit, mail) and the follow-ups still due. */
export function ContactLog({ page, requestId, contacts, form = emptyForm }: { page: PageContext; requestId: string; contacts: ContactRow[]; form?: FormState }) {
  const { t, locale } = page;
  const labels = { contactedOn: t('helpRequests.contactedOn'), means: t('helpRequests.means'), note: t('helpRequests.contactNote'), followUpOn: t('helpRequests.followUpOn') };
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('helpRequests.contacts')}</h2>
      <ul>
        {contacts.map((c) => (
          <li>
            {formatWarekiDate(c.contactedOn, { locale })} {t(`helpRequests.means.${c.means}`)} {c.note}
            {c.followUpOn ? (
              <>
                {' '}
                {t('helpRequests.followUpText', { date: formatWarekiDate(c.followUpOn, { locale }) })}
                {c.followUpDoneAt ? (
                  `（${t('helpRequests.followUpDone')}）`
                ) : (
                  <form method="post" action={`/staff/contacts/${c.id}/done`} class="inline-form">
                    <CsrfField page={page} />
                    <button type="submit" class="button button--secondary">
                      {t('helpRequests.markFollowUpDone')}
                    </button>
                  </form>
                )}
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <form method="post" action={`/staff/help-requests/${requestId}/contacts`} class="stacked" novalidate>
        <h3>{t('helpRequests.addContact')}</h3>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="contactedOn" label={labels.contactedOn} type="date" required />
        <SelectField page={page} form={form} name="means" label={labels.means} required options={contactMeans.map((m) => ({ value: m, label: t(`helpRequests.means.${m}`) }))} />
        <TextArea page={page} form={form} name="note" label={labels.note} rows={2} maxLength={1000} />
        <TextField page={page} form={form} name="followUpOn" label={labels.followUpOn} type="date" hint={t('helpRequests.followUpHint')} />
        <button type="submit">{t('helpRequests.addContact')}</button>
      </form>
    </section>
  );
}
