import { CsrfField, ErrorSummary, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { answerField } from '../answers.ts';
import { allQuestions, type Question } from '../definition.ts';
import type { PublicSurvey } from '../service.ts';
import { AnswerFields } from './AnswerFields.tsx';
import { periodText } from './SurveyText.tsx';

type Props = {
  page: PageContext;
  found: PublicSurvey;
  step: number;
  steps: number;
  questions: Question[];
  form: FormState;
  /** Answers of the other pages, carried along so the page works without JavaScript. */
  carried: [string, string][];
  submissionKey: string;
  scriptSrc: string;
};

function Frame({ page, found, children }: { page: PageContext; found: PublicSurvey; children: unknown }) {
  return (
    <Layout page={page} title={found.survey.title} description={found.survey.purpose || undefined}>
      <h1>{found.survey.title}</h1>
      {found.survey.purpose ? <p>{found.survey.purpose}</p> : null}
      <p>{page.t('surveys.publicPeriod', { period: periodText(page, found.survey) })}</p>
      {children as never}
    </Layout>
  );
}

export function Carried({ carried }: { carried: [string, string][] }) {
  return (
    <>
      {carried.map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** One page of the public questionnaire: one section, skip logic applied between pages on the server. */
export function PublicSurveyPage({ page, found, step, steps, questions, form, carried, submissionKey, scriptSrc }: Props) {
  const { t } = page;
  const section = found.definition.sections[step];
  const labels = Object.fromEntries(allQuestions(found.definition).map((q, i) => [answerField(q.name), `${i + 1}. ${q.label}`]));
  return (
    <Frame page={page} found={found}>
      <p>{t('surveys.publicLead')}</p>
      <form method="post" action={`/surveys/${found.survey.publicToken}`} class="stacked survey-form" novalidate data-survey-form>
        <CsrfField page={page} />
        <input type="hidden" name="step" value={String(step)} />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <Carried carried={carried} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <p class="survey-step">{t('surveys.publicStep', { step: step + 1, steps })}</p>
        {section?.title ? <h2>{section.title}</h2> : null}
        <AnswerFields page={page} definition={found.definition} questions={questions} form={form} districts={found.districts} />
        <p class="actions">
          <button type="submit" name="intent" value="next">
            {step + 1 < steps ? t('surveys.next') : t('surveys.confirm')}
          </button>
          {step > 0 ? (
            <button type="submit" name="intent" value="back" class="button--secondary">
              {t('surveys.back')}
            </button>
          ) : null}
        </p>
      </form>
      <script src={scriptSrc} defer />
    </Frame>
  );
}

type ConfirmProps = { page: PageContext; found: PublicSurvey; shown: { label: string; answer: string }[]; carried: [string, string][]; submissionKey: string; lastStep: number };

/** Everything answered, to check before sending; nothing is saved until 「送信」. */
export function PublicConfirmPage({ page, found, shown, carried, submissionKey, lastStep }: ConfirmProps) {
  const { t } = page;
  return (
    <Frame page={page} found={found}>
      <h2>{t('surveys.confirmTitle')}</h2>
      <p>{t('surveys.confirmLead')}</p>
      <dl class="facts survey-confirm">
        {shown.map((s) => (
          <>
            <dt>{s.label}</dt>
            <dd>{s.answer || t('surveys.noAnswer')}</dd>
          </>
        ))}
      </dl>
      <form method="post" action={`/surveys/${found.survey.publicToken}`} class="stacked">
        <CsrfField page={page} />
        <input type="hidden" name="step" value={String(lastStep)} />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <Carried carried={carried} />
        <p class="actions">
          <button type="submit" name="intent" value="send">
            {t('surveys.send')}
          </button>
          <button type="submit" name="intent" value="edit" class="button--secondary">
            {t('surveys.fix')}
          </button>
        </p>
      </form>
    </Frame>
  );
}

/** Thanks after sending, or why the survey takes no answers now. */
export function PublicNoticePage({ page, found, kind }: { page: PageContext; found: PublicSurvey; kind: 'thanks' | 'closed' | 'notYet' }) {
  const { t } = page;
  const title = kind === 'thanks' ? t('surveys.thanksTitle') : kind === 'closed' ? t('surveys.closedTitle') : t('surveys.notYetOpenTitle');
  return (
    <Frame page={page} found={found}>
      <h2>{title}</h2>
      <p>{kind === 'thanks' ? t('surveys.thanks') : kind === 'closed' ? t('surveys.closed') : t('surveys.notYetOpen')}</p>
    </Frame>
  );
}
