import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { SurveyRow } from '../service.ts';
import { audiences, surveyMethods, templates } from '../vocabulary.ts';

type Props = { page: PageContext; survey: SurveyRow | null; form: FormState; areas: AreaRow[]; wholeCity: boolean };

export function surveyFormValues(survey: SurveyRow): Record<string, string> {
  return { title: survey.title, purpose: survey.purpose, audience: survey.audience, areaId: survey.areaId ?? '', startsOn: survey.startsOn, endsOn: survey.endsOn, methods: survey.methods.join('\n') };
}

/** A new survey (from a template) or its title, period, methods and area. */
export function SurveyFormPage({ page, survey, form, areas, wholeCity }: Props) {
  const { t } = page;
  const title = survey ? t('surveys.edit') : t('surveys.new');
  const labels = { title: t('surveys.fieldTitle'), purpose: t('surveys.purpose'), audience: t('surveys.audience'), areaId: t('surveys.area'), startsOn: t('surveys.startsOn'), endsOn: t('surveys.endsOn'), methods: t('surveys.methods'), template: t('surveys.template') };
  const areaOptions = [...(wholeCity ? [{ value: '', label: t('surveys.wholeCity') }] : []), ...areas.map((a) => ({ value: a.id, label: a.name }))];
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <form method="post" action={survey ? `/staff/surveys/${survey.id}` : '/staff/surveys'} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="title" label={labels.title} required maxLength={200} />
        <TextArea page={page} form={form} name="purpose" label={labels.purpose} rows={3} maxLength={2000} />
        <SelectField page={page} form={form} name="audience" label={labels.audience} required options={audiences.map((a) => ({ value: a, label: t(`surveys.audience.${a}`) }))} />
        <SelectField page={page} form={form} name="areaId" label={labels.areaId} required options={areaOptions} />
        <TextField page={page} form={form} name="startsOn" label={labels.startsOn} type="date" required />
        <TextField page={page} form={form} name="endsOn" label={labels.endsOn} type="date" required />
        <CheckboxGroup page={page} form={form} name="methods" label={labels.methods} required options={surveyMethods.map((m) => ({ value: m, label: t(`surveys.method.${m}`) }))} />
        {survey ? null : <SelectField page={page} form={form} name="template" label={labels.template} required options={templates.map((x) => ({ value: x, label: t(`surveys.template.${x}`) }))} />}
        <p class="actions">
          <button type="submit">{t('form.save')}</button>
        </p>
      </form>
    </Layout>
  );
}
