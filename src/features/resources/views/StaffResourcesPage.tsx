import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { EditLink, NameWithReading, StaffTable } from '../../../platform/layout/StaffTable.tsx';
import type { ResourceDetail } from '../service.ts';
import { confirmedText } from '../listing-text.ts';
import { ImportRunPanel, type ImportRunPanelProps } from '../import/views/ImportRunPanel.tsx';

type Props = { page: PageContext; q: string; results: ResourceDetail[]; total: number; importRun?: ImportRunPanelProps };

/** Staff list of listings, drafts included, with their status and last check; or the listings of one import run, with changes to all of them. */
export function StaffResourcesPage({ page, q, results, total, importRun }: Props) {
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
      {importRun ? (
        <ImportRunPanel {...importRun} />
      ) : (
        <>
          <form method="get" action="/staff/resources" class="inline-form" role="search">
            <label for="q">{t('resources.staffSearch')}</label>
            <input id="q" name="q" type="search" value={q} />
            <button type="submit">{t('resources.search')}</button>
          </form>
          <p>{t('resources.resultCount', { count: total })}</p>
        </>
      )}
      {importRun && importRun.total > results.length ? <p>{t('import.runFirstRows', { count: results.length })}</p> : null}
      <StaffTable
        rows={results}
        columns={[
          { header: t('resources.field.name'), cell: (r) => <NameWithReading name={r.name} reading={r.nameReading} /> },
          { header: t('resources.field.status'), cell: (r) => `${t(`resources.status.${r.status}`)} / ${t(r.isPublished ? 'resources.published' : 'resources.draft')}` },
          { header: t('resources.field.confirmedOn'), cell: (r) => confirmedText(page, r) },
          { header: t('form.actions'), cell: (r) => <EditLink page={page} href={`/staff/resources/${r.id}`} name={r.name} /> },
        ]}
      />
    </Layout>
  );
}
