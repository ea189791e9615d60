import { CsrfField, ErrorSummary, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';

export function SetupPage({ page, form }: { page: PageContext; form: FormState }) {
  const { t } = page;
  const labels = {
    tenantName: t('setup.tenantName'),
    displayName: t('users.displayName'),
    nameReading: t('users.nameReading'),
    email: t('users.email'),
    password: t('users.password'),
  };
  return (
    <Layout page={page} title={t('setup.title')}>
      <h1>{t('setup.title')}</h1>
      <p class="lead">{t('setup.lead')}</p>
      <form method="post" action="/setup" class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="tenantName" label={labels.tenantName} required maxLength={100} />
        <TextField page={page} form={form} name="displayName" label={labels.displayName} required maxLength={100} />
        <TextField page={page} form={form} name="nameReading" label={labels.nameReading} maxLength={100} />
        <TextField page={page} form={form} name="email" label={labels.email} type="email" autocomplete="username" required />
        <TextField page={page} form={form} name="password" label={labels.password} type="password" autocomplete="new-password" required hint={t('validation.tooShort', { min: 12 })} />
        <div class="actions">
          <button type="submit">{t('form.save')}</button>
        </div>
      </form>
    </Layout>
  );
}
