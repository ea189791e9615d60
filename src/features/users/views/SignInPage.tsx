import { CsrfField, ErrorSummary, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';

type Props = { page: PageContext; form: FormState; problem?: string };

export function SignInPage({ page, form, problem }: Props) {
  const { t } = page;
  return (
    <Layout page={page} title={t('auth.signInTitle')}>
      <h1>{t('auth.signInTitle')}</h1>
      {problem ? (
        <div class="error-summary" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      <form method="post" action="/login" class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={{ email: t('auth.email'), password: t('auth.password') }} />
        <input type="hidden" name="next" value={form.values.next ?? ''} />
        <TextField page={page} form={form} name="email" label={t('auth.email')} type="email" autocomplete="username" required />
        <TextField page={page} form={form} name="password" label={t('auth.password')} type="password" autocomplete="current-password" required />
        <div class="actions">
          <button type="submit">{t('auth.signIn')}</button>
        </div>
      </form>
    </Layout>
  );
}
