import { CsrfField, ErrorSummary, SelectField, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { answerField } from '../answers.ts';
import { allQuestions, type SurveyDefinition } from '../definition.ts';
import type { SurveyRow, SurveyTargetRow } from '../service.ts';
import { callOutcomes } from '../vocabulary.ts';
import { AnswerFields } from './AnswerFields.tsx';
import { respondentTypeText } from './SurveyText.tsx';

type Props = {
  page: PageContext;
  survey: SurveyRow;
  definition: SurveyDefinition;
  form: FormState;
  districts: { id: string; name: string }[];
  submissionKey: string;
  scriptSrc: string;
} & ({ mode: 'phone'; target: SurveyTargetRow } | { mode: 'entry'; targets: SurveyTargetRow[]; methods: string[] });

/**
 * Staff answer entry. On the phone: one screen in question order, number keys
 * for choices, a draft saved as one types, and the call's outcome in the same
 * step. For paper and visits: the same questions in the order of the printed
 * form, and the next blank form as soon as one is saved.
 */
export function EntryPage(props: Props) {
  const { page, survey, definition, form, districts, submissionKey, scriptSrc } = props;
  const { t } = page;
  const title = props.mode === 'phone' ? t('surveys.phoneTitle', { name: props.target.name }) : t('surveys.paperTitle');
  const action = props.mode === 'phone' ? `/staff/surveys/${survey.id}/targets/${props.target.id}/call` : `/staff/surveys/${survey.id}/entry`;
  const labels: Record<string, string> = Object.fromEntries(allQuestions(definition).map((q, i) => [answerField(q.name), `${i + 1}. ${q.label}`]));
  labels.nextCallOn = t('surveys.nextCallOn');
  labels.method = t('surveys.paperMethod');
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <p>
        <a href={`/staff/surveys/${survey.id}`}>{survey.title}</a>
      </p>
      {props.mode === 'phone' ? (
        <>
          <p>
            {respondentTypeText(page, props.target.respondentType)}
            {props.target.phone ? (
              <>
                {' '}
                TEL <a href={`tel:${props.target.phone}`}>{props.target.phone}</a>
              </>
            ) : null}
          </p>
          <p>{t('surveys.phoneLead')}</p>
        </>
      ) : (
        <p>{t('surveys.paperLead')}</p>
      )}
      <form method="post" action={action} class="stacked survey-form" novalidate data-survey-form data-autosave={props.mode === 'phone' ? '1' : undefined}>
        <CsrfField page={page} />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <ErrorSummary page={page} form={form} labels={labels} />
        {props.mode === 'phone' ? (
          <input type="hidden" name="method" value="phone" />
        ) : (
          <>
            <SelectField page={page} form={form} name="method" label={t('surveys.paperMethod')} required options={props.methods.map((m) => ({ value: m, label: t(`surveys.method.${m}`) }))} />
            {props.targets.length > 0 ? (
              <SelectField page={page} form={form} name="targetId" label={t('surveys.paperTarget')} options={[{ value: '', label: t('surveys.paperNoTarget') }, ...props.targets.map((x) => ({ value: x.id, label: `${x.name}（${respondentTypeText(page, x.respondentType)}）` }))]} />
            ) : null}
          </>
        )}
        {definition.sections.map((section) => (
          <>
            {section.title ? <h2>{section.title}</h2> : null}
            <AnswerFields page={page} definition={definition} questions={section.questions} form={form} districts={districts} keyed={props.mode === 'phone'} />
          </>
        ))}
        {props.mode === 'phone' ? (
          <fieldset class="field survey-outcome" id="field-outcome">
            <legend>{t('surveys.outcome')}</legend>
            {callOutcomes.map((o, i) => (
              <span class="checkbox-option">
                <input type="radio" id={`field-outcome-${i}`} name="outcome" value={o} checked={(form.values.outcome ?? 'answered') === o} />
                <label for={`field-outcome-${i}`}>{t(`surveys.outcome.${o}`)}</label>
              </span>
            ))}
            <TextField page={page} form={form} name="nextCallOn" label={t('surveys.nextCallOn')} type="date" />
          </fieldset>
        ) : (
          <input type="hidden" name="outcome" value="answered" />
        )}
        <p class="actions">
          <button type="submit">{props.mode === 'phone' ? t('surveys.saveOutcome') : t('surveys.saveAndNext')}</button>
          {props.mode === 'phone' ? (
            <button type="submit" name="draft" value="1" class="button--secondary">
              {t('surveys.saveDraft')}
            </button>
          ) : null}
        </p>
        <p id="draft-status" role="status" aria-live="polite" data-saved={t('surveys.draftAutosaved', { time: '{time}' })} data-failed={t('surveys.draftNotSaved')} />
      </form>
      <script src={scriptSrc} defer />
    </Layout>
  );
}
