import { CsrfField, ErrorSummary, TextArea, TextField, type FormState } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import type { ResourceDetail } from '../../service.ts';

/** 「情報の修正を提案」: anyone may tell staff that a listing is out of date. */
export function SuggestPage({ page, resource, form }: { page: PageContext; resource: ResourceDetail; form: FormState }) {
  const { t } = page;
  const labels = { message: t('upkeep.message'), submitterName: t('upkeep.submitterName'), submitterContact: t('upkeep.submitterContact') };
  return (
    <Layout page={page} title={t('upkeep.suggestTitle')}>
      <h1>{t('upkeep.suggestTitle')}</h1>
      <p class="lead">{t('upkeep.suggestLead', { name: resource.name })}</p>
      <form method="post" action={`/resources/${resource.id}/suggest`} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextArea page={page} form={form} name="message" label={labels.message} required maxLength={2000} />
        <TextField page={page} form={form} name="submitterName" label={labels.submitterName} maxLength={100} />
        <TextField page={page} form={form} name="submitterContact" label={labels.submitterContact} maxLength={200} />
        <div class="actions">
          <button type="submit">{t('upkeep.sendProposal')}</button>
          <a href={`/resources/${resource.id}`}>{t('form.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
