import { CsrfField, ErrorSummary, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { HelpTypeRow } from '../service.ts';

/** The tenant's list of what volunteers can do (and requests ask for); admins add to it. */
export function HelpTypesPage({ page, helpTypes, form }: { page: PageContext; helpTypes: HelpTypeRow[]; form: FormState }) {
  const { t } = page;
  const labels = { name: t('volunteers.helpTypeName'), nameReading: t('volunteers.helpTypeReading') };
  return (
    <Layout page={page} title={t('volunteers.helpTypesTitle')} staff>
      <h1>{t('volunteers.helpTypesTitle')}</h1>
      <ul>
        {helpTypes.map((h) => (
          <li>
            {h.name} <span class="reading">{h.nameReading}</span>
          </li>
        ))}
      </ul>
      <form method="post" action="/staff/volunteers/help-types" class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="name" label={labels.name} required maxLength={50} />
        <TextField page={page} form={form} name="nameReading" label={labels.nameReading} required maxLength={50} />
        <button type="submit">{t('volunteers.helpTypeAdd')}</button>
      </form>
    </Layout>
  );
}
