import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { ResourceDetail } from '../service.ts';
import { confirmedText } from '../listing-text.ts';

type Props = { page: PageContext; q: string; results: ResourceDetail[]; total: number };

/** Staff list of listings, drafts included, with their status and last check. */
export function StaffResourcesPage({ page, q, results, total }: Props) {
  const { t, actor } = page;
  return (
    <Layout page={page} title={t('resources.staffTitle')} staff>
      <h1>{t('resources.staffTitle')}</h1>
      <p class="actions">
        {actor?.role !== 'staff' ? (
          <a class="button" href="/staff/resources/new">
            {t('resources.new')}
          </a>
        ) : null}
        <a href="/staff/resources/stale">{t('resources.stale')}</a>
        <a href="/staff/resources/suggestions">{t('nav.suggestions')}</a>
        {actor?.role === 'admin' ? <a href="/staff/resources/import">{t('nav.import')}</a> : null}
        <a href="/staff/resources/export.csv">{t('export.csvUtf8')}</a>
        <a href="/staff/resources/export.csv?encoding=cp932">{t('export.csvCp932')}</a>
      </p>
      <form method="get" action="/staff/resources" class="inline-form" role="search">
        <label for="q">{t('resources.staffSearch')}</label>
        <input id="q" name="q" type="search" value={q} />
        <button type="submit">{t('resources.search')}</button>
      </form>
      <p>{t('resources.resultCount', { count: total })}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('resources.field.name')}</th>
              <th scope="col">{t('resources.field.status')}</th>
              <th scope="col">{t('resources.field.confirmedOn')}</th>
              <th scope="col">{t('form.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr>
                <td>
                  {r.name}
                  {r.nameReading ? <span class="reading">{r.nameReading}</span> : null}
                </td>
                <td>
                  {t(`resources.status.${r.status}`)} / {t(r.isPublished ? 'resources.published' : 'resources.draft')}
                </td>
                <td>{confirmedText(page, r)}</td>
                <td>
                  <a href={`/staff/resources/${r.id}`} aria-label={`${t('form.edit')}: ${r.name}`}>
                    {t('form.edit')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
