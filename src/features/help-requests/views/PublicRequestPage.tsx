import { CheckboxField, CsrfField, ErrorSummary, problemText, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { referrerTypes } from '../vocabulary.ts';
import { DistrictChoiceField, type DistrictNote } from '../../areas/views/DistrictChoiceField.tsx';
import { helpTypeOptions, requestLabels, type RequestChoices } from './RequestFields.tsx';

/** The short public form: a resident, family member or professional asks the coordinator for help. */
export function PublicRequestPage({ page, form, choices, districtNote = null }: { page: PageContext; form: FormState; choices: RequestChoices; districtNote?: DistrictNote | null }) {
  const { t } = page;
  const l = requestLabels(page);
  return (
    <Layout page={page} title={t('helpRequests.publicTitle')}>
      <h1>{t('helpRequests.publicTitle')}</h1>
      <p class="lead">{t('helpRequests.publicLead')}</p>
      <form method="post" action="/help/request" class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={l} />
        <TextField page={page} form={form} name="residentName" label={t('helpRequests.publicName')} required maxLength={100} autocomplete="name" />
        <TextField page={page} form={form} name="residentReading" label={l.residentReading!} maxLength={100} />
        <TextField page={page} form={form} name="residentPhone" label={t('helpRequests.publicPhone')} required type="tel" autocomplete="tel" />
        <TextField page={page} form={form} name="residentAddress" label={l.residentAddress!} maxLength={200} autocomplete="street-address" hint={t('areas.addressHint')} />
        <DistrictChoiceField page={page} form={form} name="residentDistrictId" label={l.residentDistrictId!} areas={choices.areas} note={districtNote} />
        <SelectField page={page} form={form} name="referrerType" label={t('helpRequests.publicWho')} required options={referrerTypes.map((r) => ({ value: r, label: t(`helpRequests.referrer.${r}`) }))} />
        <TextField page={page} form={form} name="referrerName" label={t('helpRequests.publicReferrerName')} maxLength={100} />
        <SelectField page={page} form={form} name="helpTypeId" label={l.helpTypeId!} required options={helpTypeOptions(choices.helpTypes)} />
        <TextArea page={page} form={form} name="description" label={t('helpRequests.publicDescription')} required rows={4} maxLength={1000} />
        <div class={form.errors.consent ? 'field field--error' : 'field'}>
          {form.errors.consent ? <p class="field-error">{problemText(page, form.errors.consent)}</p> : null}
          <CheckboxField page={page} form={form} name="consent" label={l.consent!} />
        </div>
        <button type="submit">{t('helpRequests.publicSend')}</button>
      </form>
    </Layout>
  );
}

export function PublicRequestThanksPage({ page }: { page: PageContext }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('helpRequests.publicThanksTitle')}>
      <h1>{t('helpRequests.publicThanksTitle')}</h1>
      <p class="lead">{t('helpRequests.publicThanksBody')}</p>
      <p>
        <a href="/">{t('nav.home')}</a>
      </p>
    </Layout>
  );
}
