import { CsrfField } from '../../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../../platform/wareki/wareki.ts';
import type { AreaWithDistricts } from '../../../areas/service.ts';
import type { NeedCategoryRow } from '../../repository.ts';
import type { ImportRunRow } from '../run-repository.ts';

export type ImportRunPanelProps = { page: PageContext; run: ImportRunRow; total: number; categories: NeedCategoryRow[]; areas: AreaWithDistricts[] };

/**
 * Above the staff list filtered to one import run: which file it was and,
 * for admins, one form per change to all its listings (no JS needed).
 */
export function ImportRunPanel({ page, run, total, categories, areas }: ImportRunPanelProps) {
  const { t, locale, actor } = page;
  const action = `/staff/resources/import-runs/${run.id}`;
  return (
    <section aria-labelledby="import-run-title">
      <h2 id="import-run-title">{t('import.runTitle', { count: total })}</h2>
      <p>{t('import.runSource', { file: run.fileName, at: formatWarekiDateTime(run.createdAt, { locale }), by: run.createdBy || '—' })}</p>
      <p>
        <a href="/staff/resources">{t('import.runAllListings')}</a>
      </p>
      {actor?.role === 'admin' && total > 0 ? (
        <div class="actions">
          <form method="post" action={action} class="inline-form" id="run-publish">
            <CsrfField page={page} />
            <input type="hidden" name="action" value="publish" />
            <button type="submit">{t('import.runPublish', { count: total })}</button>
          </form>
          {categories.length > 0 ? (
            <form method="post" action={action} class="inline-form" id="run-category">
              <CsrfField page={page} />
              <input type="hidden" name="action" value="category" />
              <label for="run-category">{t('import.runCategoryLabel')}</label>
              <select id="run-category" name="needCategoryId">
                {categories.map((c) => (
                  <option value={c.id}>{c.name}</option>
                ))}
              </select>
              <button type="submit">{t('import.runAddCategory')}</button>
            </form>
          ) : null}
          {areas.length > 0 ? (
            <form method="post" action={action} class="inline-form" id="run-area">
              <CsrfField page={page} />
              <input type="hidden" name="action" value="area" />
              <label for="run-area">{t('import.runAreaLabel')}</label>
              <select id="run-area" name="areaId">
                {areas.map((a) => (
                  <option value={a.id}>{a.name}</option>
                ))}
              </select>
              <button type="submit">{t('import.runSetArea')}</button>
            </form>
          ) : null}
          <form method="post" action={action} class="inline-form" id="run-archive">
            <CsrfField page={page} />
            <input type="hidden" name="action" value="archive" />
            <button type="submit" class="button--danger">{t('import.runArchive', { count: total })}</button>
          </form>
        </div>
      ) : null}
    </section>
  );
}
