import { CheckboxField, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { allQuestions, type SurveyDefinition } from '../definition.ts';
import type { SurveyRow } from '../service.ts';

type Props = { page: PageContext; survey: SurveyRow; definition: SurveyDefinition; form: FormState; changeForm: FormState };

const kinds = ['single', 'multiple', 'yesno', 'scale', 'number', 'date', 'text', 'district', 'matrix'] as const;

/** The question list with moves and removal, and the form that adds a question; each save is checked (skip logic only backwards …). */
export function QuestionEditorPage({ page, survey, definition, form, changeForm }: Props) {
  const { t } = page;
  const title = t('surveys.editor.title', { title: survey.title });
  const labels = {
    section: t('surveys.editor.section'), newSection: t('surveys.editor.newSection'), kind: t('surveys.editor.kind'), name: t('surveys.editor.name'), label: t('surveys.editor.label'), hint: t('surveys.editor.hint'),
    choices: t('surveys.editor.choices'), items: t('surveys.editor.items'), points: t('surveys.editor.points'), unit: t('surveys.editor.unit'), min: t('surveys.editor.min'), max: t('surveys.editor.max'),
    showIfQuestion: t('surveys.editor.showIfQuestion'), showIfValue: t('surveys.editor.showIfValue'), questions: t('surveys.questions'),
  };
  const numbers = new Map(allQuestions(definition).map((q, i) => [q.name, i + 1]));
  const action = (name: string) => `/staff/surveys/${survey.id}/questions/${encodeURIComponent(name)}`;
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <p>
        <a href={`/staff/surveys/${survey.id}`}>{survey.title}</a>
      </p>
      <p>{t('surveys.editor.lead')}</p>
      <ErrorSummary page={page} form={changeForm} labels={labels} />
      {definition.sections.map((section, s) => (
        <section aria-labelledby={`section-${s}`}>
          <h2 id={`section-${s}`}>{section.title || t('surveys.editor.sectionN', { n: s + 1 })}</h2>
          <ol class="survey-editor-list">
            {section.questions.map((q) => (
              <li value={String(numbers.get(q.name))}>
                <span>
                  {q.label}（{t(`surveys.kind.${q.kind}`)}
                  {q.required ? `・${t('surveys.answer.required')}` : ''}）<code>{q.name}</code>
                </span>
                <form method="post" action={action(q.name)} class="inline-form">
                  <CsrfField page={page} />
                  <button type="submit" name="change" value="up" class="button--secondary" aria-label={t('surveys.editor.upOf', { label: q.label })}>
                    {t('surveys.editor.up')}
                  </button>
                  <button type="submit" name="change" value="down" class="button--secondary" aria-label={t('surveys.editor.downOf', { label: q.label })}>
                    {t('surveys.editor.down')}
                  </button>
                  <button type="submit" name="change" value="remove" class="button--secondary" aria-label={t('surveys.editor.removeOf', { label: q.label })}>
                    {t('surveys.editor.remove')}
                  </button>
                </form>
              </li>
            ))}
          </ol>
        </section>
      ))}
      <form method="post" action={`/staff/surveys/${survey.id}/questions/add`} class="stacked" novalidate>
        <h2>{t('surveys.editor.add')}</h2>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <SelectField page={page} form={form} name="section" label={labels.section} options={definition.sections.map((sec, i) => ({ value: String(i), label: sec.title || t('surveys.editor.sectionN', { n: i + 1 }) }))} />
        <TextField page={page} form={form} name="newSection" label={labels.newSection} hint={t('surveys.editor.newSectionHint')} maxLength={200} />
        <SelectField page={page} form={form} name="kind" label={labels.kind} required options={kinds.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))} />
        <TextField page={page} form={form} name="label" label={labels.label} required maxLength={500} />
        <TextField page={page} form={form} name="hint" label={labels.hint} maxLength={500} />
        <CheckboxField page={page} form={form} name="required" label={t('surveys.editor.required')} />
        <TextArea page={page} form={form} name="choices" label={labels.choices} hint={t('surveys.editor.choicesHint')} rows={5} />
        <CheckboxField page={page} form={form} name="allowOther" label={t('surveys.editor.allowOther')} />
        <TextArea page={page} form={form} name="items" label={labels.items} hint={t('surveys.editor.itemsHint')} rows={3} />
        <TextField page={page} form={form} name="points" label={labels.points} inputMode="numeric" hint={t('surveys.editor.pointsHint')} />
        <TextField page={page} form={form} name="unit" label={labels.unit} maxLength={20} />
        <TextField page={page} form={form} name="min" label={labels.min} inputMode="numeric" />
        <TextField page={page} form={form} name="max" label={labels.max} inputMode="numeric" />
        <CheckboxField page={page} form={form} name="long" label={t('surveys.editor.long')} />
        <SelectField page={page} form={form} name="showIfQuestion" label={labels.showIfQuestion} hint={t('surveys.editor.showIfHint')} options={[{ value: '', label: t('surveys.editor.always') }, ...allQuestions(definition).map((q) => ({ value: q.name, label: `${numbers.get(q.name)}. ${q.label}` }))]} />
        <SelectField page={page} form={form} name="showIfOperator" label={t('surveys.editor.showIfOperator')} options={(['equals', 'notEquals', 'includes'] as const).map((o) => ({ value: o, label: t(`surveys.editor.operator.${o}`) }))} />
        <TextField page={page} form={form} name="showIfValue" label={labels.showIfValue} hint={t('surveys.editor.showIfValueHint')} maxLength={200} />
        <TextField page={page} form={form} name="name" label={labels.name} hint={t('surveys.editor.nameHint')} maxLength={64} />
        <p class="actions">
          <button type="submit">{t('surveys.editor.add')}</button>
        </p>
      </form>
    </Layout>
  );
}
