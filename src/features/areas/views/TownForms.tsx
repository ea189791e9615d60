import { CsrfField, ErrorSummary, problemText, type FormState } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { DistrictRow } from '../service.ts';

/** The towns of one district, one a line; open when it has an error to show. */
export function DistrictTownsForm({ page, district, towns, form }: { page: PageContext; district: DistrictRow; towns: string[]; form?: FormState }) {
  const { t } = page;
  const id = `towns-${district.id}`;
  const error = form?.errors.towns;
  return (
    <details class="town-list" open={Boolean(error)}>
      <summary>{t('areas.townsOf', { district: district.name, count: towns.length })}</summary>
      <form method="post" action={`/staff/districts/${district.id}/towns`} class="stacked" novalidate>
        <CsrfField page={page} />
        <div class={error ? 'field field--error' : 'field'}>
          <label for={id}>{t('areas.townsEdit')}</label>
          <p class="hint" id={`${id}-hint`}>
            {t('areas.townsHint')}
          </p>
          {error ? <p class="field-error">{problemText(page, error)}</p> : null}
          <textarea id={id} name="towns" rows={6} aria-describedby={`${id}-hint`} aria-invalid={error ? 'true' : undefined}>
            {form?.values.towns ?? towns.join('\n')}
          </textarea>
        </div>
        <button type="submit">{t('areas.townsSave')}</button>
      </form>
    </details>
  );
}

/** Admin: 圏域,町名 rows from a CSV file. */
export function TownImportForm({ page, form }: { page: PageContext; form: FormState }) {
  const { t } = page;
  return (
    <form method="post" action="/staff/areas/towns/import" enctype="multipart/form-data" class="stacked notice-box" novalidate>
      <h2>{t('areas.townsImport')}</h2>
      <CsrfField page={page} />
      <ErrorSummary page={page} form={form} labels={{ file: t('areas.townsImportFile'), towns: t('areas.towns') }} />
      <div class={form.errors.file ? 'field field--error' : 'field'}>
        <label for="field-file">{t('areas.townsImportFile')}</label>
        <p class="hint" id="field-file-hint">
          {t('areas.townsImportHint')}
        </p>
        {form.errors.file ? <p class="field-error">{problemText(page, form.errors.file)}</p> : null}
        <input id="field-file" name="file" type="file" accept=".csv,text/csv" aria-describedby="field-file-hint" />
      </div>
      <button type="submit">{t('areas.townsImportButton')}</button>
    </form>
  );
}
