import { CheckboxField, CsrfField, ErrorSummary, SelectField, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { arrivalNoticeTargets } from '../../arrival-notices/service.ts';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';

/** The organisation's own details: shown in every page's footer and on printed guidebooks. */
export function SettingsPage({ page, form }: { page: PageContext; form: FormState }) {
  const { t } = page;
  const labels: Record<string, string> = {
    name: t('setup.tenantName'),
    nameReading: t('areas.nameReading'),
    officeName: t('settings.officeName'),
    phone: t('resources.field.phone'),
    fax: t('resources.field.fax'),
    email: t('resources.field.email'),
    postalCode: t('resources.field.postalCode'),
    address: t('resources.field.address'),
    confirmationIntervalMonths: t('settings.confirmationIntervalMonths'),
    residentDataRetentionYears: t('settings.residentDataRetentionYears'),
  };
  return (
    <Layout page={page} title={t('settings.title')} staff>
      <h1>{t('settings.title')}</h1>
      <form method="post" action="/staff/settings" class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="name" label={labels.name!} required maxLength={100} />
        <TextField page={page} form={form} name="nameReading" label={labels.nameReading!} maxLength={100} />
        <TextField page={page} form={form} name="officeName" label={labels.officeName!} maxLength={200} />
        <TextField page={page} form={form} name="phone" label={labels.phone!} type="tel" />
        <TextField page={page} form={form} name="fax" label={labels.fax!} type="tel" />
        <TextField page={page} form={form} name="email" label={labels.email!} type="email" />
        <TextField page={page} form={form} name="postalCode" label={labels.postalCode!} maxLength={10} />
        <TextField page={page} form={form} name="address" label={labels.address!} maxLength={300} />
        <TextField page={page} form={form} name="confirmationIntervalMonths" label={labels.confirmationIntervalMonths!} type="number" inputMode="numeric" required />
        <TextField page={page} form={form} name="residentDataRetentionYears" label={labels.residentDataRetentionYears!} type="number" inputMode="numeric" required hint={t('settings.retentionHint')} />
        <fieldset class="field">
          <legend>{t('settings.arrivalNotices')}</legend>
          <SelectField page={page} form={form} name="arrivalNoticeTo" label={t('settings.arrivalNoticeTo')} options={arrivalNoticeTargets.map((v) => ({ value: v, label: t(`settings.arrivalNoticeTo.${v}`) }))} />
          <p class="hint">{t('settings.arrivalNoticeNamesPersonHint')}</p>
          <CheckboxField page={page} form={form} name="arrivalNoticeNamesPerson" label={t('settings.arrivalNoticeNamesPerson')} />
        </fieldset>
        <div class="actions">
          <button type="submit">{t('form.save')}</button>
        </div>
      </form>
    </Layout>
  );
}
