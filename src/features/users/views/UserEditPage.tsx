import { userRoles } from '../../../platform/auth/schema.ts';
import { CheckboxField, CsrfField, ErrorSummary, SelectField, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';

type Props = { page: PageContext; userId: string | null; form: FormState };

export function UserEditPage({ page, userId, form }: Props) {
  const { t } = page;
  const title = userId ? t('users.edit') : t('users.new');
  const labels = {
    email: t('users.email'),
    displayName: t('users.displayName'),
    nameReading: t('users.nameReading'),
    role: t('users.role'),
    password: t('users.password'),
  };
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <form method="post" action={userId ? `/staff/users/${userId}` : '/staff/users'} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="displayName" label={labels.displayName} required maxLength={100} />
        <TextField page={page} form={form} name="nameReading" label={labels.nameReading} maxLength={100} />
        <TextField page={page} form={form} name="email" label={labels.email} type="email" autocomplete="off" required />
        <SelectField page={page} form={form} name="role" label={labels.role} required options={userRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <TextField page={page} form={form} name="password" label={labels.password} type="password" autocomplete="new-password" required={!userId} hint={userId ? t('users.passwordHint') : undefined} />
        {userId ? <CheckboxField page={page} form={form} name="isActive" label={t('users.isActive')} /> : null}
        <div class="actions">
          <button type="submit">{t('form.save')}</button>
          <a href="/staff/users">{t('form.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
