import { CsrfField, ErrorSummary, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { CouncilTermRow } from '../service.ts';
import { termLists, type TermList } from '../vocabulary.ts';

/** The tenant's own lists: kinds of council and kinds of member. Admins add and retire entries. */
export function CouncilTermsPage({ page, terms, forms }: { page: PageContext; terms: Record<TermList, CouncilTermRow[]>; forms: Partial<Record<TermList, FormState>> }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('councils.termsTitle')} staff>
      <h1>{t('councils.termsTitle')}</h1>
      <p>{t('councils.termsLead')}</p>
      {termLists.map((list) => {
        const form = forms[list] ?? { values: {}, errors: {} };
        return (
          <section aria-labelledby={`list-${list}`}>
            <h2 id={`list-${list}`}>{t(`councils.termList.${list}`)}</h2>
            <ul>
              {terms[list].map((term) => (
                <li>
                  {term.name}
                  {term.archivedAt ? `（${t('councils.retired')}）` : ''}
                  {term.id.startsWith('code:') ? null : (
                    <form method="post" action={`/staff/council-terms/${term.id}/${term.archivedAt ? 'restore' : 'retire'}`} class="inline-form">
                      <CsrfField page={page} />
                      <button type="submit" class="button button--quiet">
                        {t(term.archivedAt ? 'councils.restoreTermNamed' : 'councils.retireTermNamed', { name: term.name })}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
            <form method="post" action="/staff/council-terms" class="stacked" novalidate>
              <CsrfField page={page} />
              <input type="hidden" name="list" value={list} />
              <ErrorSummary page={page} form={form} labels={{ name: t('councils.termName') }} />
              <TextField page={page} form={form} name="name" idPrefix={`${list}-`} label={t('councils.termName')} required maxLength={60} />
              <button type="submit" class="button button--secondary">
                {t('councils.addTerm')}
              </button>
            </form>
          </section>
        );
      })}
    </Layout>
  );
}
