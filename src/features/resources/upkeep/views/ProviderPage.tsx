import { CsrfField, ErrorSummary, TextArea, TextField, type FormState } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import type { NeedCategoryRow, ResourceDetail } from '../../service.ts';
import { ResourceCard } from '../../views/ResourceCard.tsx';

type Props = { page: PageContext; token: string; resource: ResourceDetail; categories: NeedCategoryRow[]; form: FormState };

/** What a provider sees through their link: the listing as published, one button if nothing changed, a short form if something did. */
export function ProviderPage({ page, token, resource, categories, form }: Props) {
  const { t } = page;
  const labels = {
    description: t('resources.field.description'),
    scheduleText: t('resources.when'),
    costText: t('resources.cost'),
    phone: t('resources.field.phone'),
    statusNotice: t('resources.field.statusNotice'),
    message: t('upkeep.message'),
    submitterName: t('upkeep.submitterName'),
  };
  return (
    <Layout page={page} title={t('upkeep.providerTitle')}>
      <h1>{t('upkeep.providerTitle')}</h1>
      <p class="lead">{t('upkeep.providerLead')}</p>
      <ResourceCard page={page} resource={resource} categories={categories} headingLevel={2} />
      <form method="post" action={`/provider/${token}/confirm`} class="actions">
        <CsrfField page={page} />
        <button type="submit">{t('upkeep.unchanged')}</button>
      </form>
      <h2>{t('upkeep.proposeTitle')}</h2>
      <p>{t('upkeep.proposeLead')}</p>
      <form method="post" action={`/provider/${token}/propose`} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextArea page={page} form={form} name="description" label={labels.description} maxLength={4000} />
        <TextField page={page} form={form} name="scheduleText" label={labels.scheduleText} maxLength={200} hint={t('upkeep.scheduleHint')} />
        <TextField page={page} form={form} name="costText" label={labels.costText} maxLength={200} />
        <TextField page={page} form={form} name="phone" label={labels.phone} type="tel" />
        <TextField page={page} form={form} name="statusNotice" label={labels.statusNotice} maxLength={100} />
        <TextArea page={page} form={form} name="message" label={labels.message} maxLength={2000} />
        <TextField page={page} form={form} name="submitterName" label={labels.submitterName} maxLength={100} />
        <button type="submit">{t('upkeep.sendProposal')}</button>
      </form>
    </Layout>
  );
}

/** A short page that only thanks, and never says more about the link. */
export function UpkeepDonePage({ page, messageKey }: { page: PageContext; messageKey: string }) {
  return (
    <Layout page={page} title={page.t('upkeep.thanksTitle')}>
      <h1>{page.t('upkeep.thanksTitle')}</h1>
      <p class="lead">{page.t(messageKey)}</p>
    </Layout>
  );
}
