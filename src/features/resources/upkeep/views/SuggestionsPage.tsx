import { CsrfField } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../../platform/wareki/wareki.ts';
import type { SuggestionRow } from '../service.ts';

/** Staff moderation: each waiting suggestion with what it proposes, to approve or reject. */
export function SuggestionsPage({ page, suggestions }: { page: PageContext; suggestions: (SuggestionRow & { resourceName: string })[] }) {
  const { t, actor } = page;
  const canDecide = actor?.role === 'admin' || actor?.role === 'coordinator';
  return (
    <Layout page={page} title={t('upkeep.suggestionsTitle')} staff>
      <h1>{t('upkeep.suggestionsTitle')}</h1>
      {suggestions.length === 0 ? <p>{t('upkeep.noSuggestions')}</p> : null}
      {suggestions.map((s) => (
        <section class="card">
          <h2>
            <a href={`/staff/resources/${s.resourceId}`}>{s.resourceName}</a>
          </h2>
          <p class="muted">
            {formatWarekiDateTime(s.createdAt, { locale: page.locale })} {t(`upkeep.source.${s.source}`)} {s.submitterName} {s.submitterContact}
          </p>
          {s.message ? <p>{s.message}</p> : null}
          {Object.keys(s.proposed).length ? (
            <dl class="facts">
              {Object.entries(s.proposed).map(([field, value]) => (
                <>
                  <dt>{t(`upkeep.field.${field}`)}</dt>
                  <dd>{value}</dd>
                </>
              ))}
            </dl>
          ) : null}
          {canDecide ? (
            <div class="actions">
              <form method="post" action={`/staff/suggestions/${s.id}/approve`} class="inline-form">
                <CsrfField page={page} />
                <button type="submit">{t('upkeep.approve')}</button>
              </form>
              <form method="post" action={`/staff/suggestions/${s.id}/reject`} class="inline-form">
                <CsrfField page={page} />
                <button type="submit" class="button button--secondary">
                  {t('upkeep.reject')}
                </button>
              </form>
            </div>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}
