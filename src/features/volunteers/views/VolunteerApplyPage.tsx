import type { DistrictNote } from '../../areas/views/DistrictChoiceField.tsx';
import { CheckboxField, CsrfField, ErrorSummary, type FormState } from '../../../platform/layout/form-fields.tsx';
import { problemText } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { VolunteerFields, volunteerLabels, type VolunteerChoices } from './VolunteerFields.tsx';

/** The public application form: works without JavaScript, one column, large type. */
export function VolunteerApplyPage({ page, form, choices, districtNote = null }: { page: PageContext; form: FormState; choices: VolunteerChoices; districtNote?: DistrictNote | null }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('volunteers.applyTitle')}>
      <h1>{t('volunteers.applyTitle')}</h1>
      <p class="lead">{t('volunteers.applyLead')}</p>
      <p>{t('volunteers.privacyNote')}</p>
      <form method="post" action="/volunteers/apply" class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={volunteerLabels(page)} />
        <VolunteerFields page={page} form={form} choices={choices} publicForm={{ districtNote }} />
        <div class={form.errors.consent ? 'field field--error' : 'field'} id="field-consent-wrap">
          {form.errors.consent ? <p class="field-error">{problemText(page, form.errors.consent)}</p> : null}
          <CheckboxField page={page} form={form} name="consent" label={t('volunteers.consent')} />
        </div>
        <div class="actions">
          <button type="submit">{t('volunteers.applySend')}</button>
        </div>
      </form>
    </Layout>
  );
}

export function VolunteerApplyThanksPage({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('volunteers.applyThanksTitle')}>
      <h1>{t('volunteers.applyThanksTitle')}</h1>
      <p class="lead">{t('volunteers.applyThanksBody')}</p>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </Layout>
  );
}
