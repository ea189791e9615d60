import { CsrfField, ErrorSummary, TextArea, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { StaffTable } from '../../../platform/layout/StaffTable.tsx';
import { allQuestions, type SurveyDefinition } from '../definition.ts';
import type { SurveyRow, SurveyTargetRow } from '../service.ts';
import { respondentTypes } from '../vocabulary.ts';
import { dateText, methodsText, periodText, respondentTypeText } from './SurveyText.tsx';

type Props = {
  page: PageContext;
  survey: SurveyRow;
  definition: SurveyDefinition;
  targets: SurveyTargetRow[];
  responses: number;
  areaName: string;
  canManage: boolean;
  webAddress: string | null;
  targetForm: FormState;
  importForm: FormState;
};

/** One survey: what it is, its questions, who is to be asked and where the calls stand. */
export function SurveyPage({ page, survey, definition, targets, responses, areaName, canManage, webAddress, targetForm, importForm }: Props) {
  const { t } = page;
  const done = targets.filter((x) => x.status === 'done').length;
  const staffEnter = survey.methods.some((m) => m !== 'web');
  return (
    <Layout page={page} title={survey.title} staff>
      <h1>{survey.title}</h1>
      {survey.purpose ? <p>{survey.purpose}</p> : null}
      <dl class="facts">
        <dt>{t('surveys.period')}</dt>
        <dd>{periodText(page, survey)}</dd>
        <dt>{t('surveys.methods')}</dt>
        <dd>{methodsText(page, survey.methods)}</dd>
        <dt>{t('surveys.area')}</dt>
        <dd>{areaName}</dd>
        <dt>{t('surveys.responses')}</dt>
        <dd>{String(responses)}</dd>
        <dt>{t('surveys.version')}</dt>
        <dd>{t('surveys.versionN', { version: survey.currentVersion })}</dd>
      </dl>
      <p class="actions">
        <a class="button" href={`/staff/surveys/${survey.id}/results`}>
          {t('surveys.results')}
        </a>
        {staffEnter ? <a href={`/staff/surveys/${survey.id}/entry`}>{t('surveys.enterPaper')}</a> : null}
        {canManage ? <a href={`/staff/surveys/${survey.id}/edit`}>{t('surveys.edit')}</a> : null}
      </p>
      {webAddress ? (
        <section aria-labelledby="web-link">
          <h2 id="web-link">{t('surveys.webLink')}</h2>
          <p>
            <a href={webAddress}>{webAddress}</a>
          </p>
          <p class="field-hint">{t('surveys.webLinkHint')}</p>
        </section>
      ) : null}

      <section aria-labelledby="questions">
        <h2 id="questions">
          {t('surveys.questions')}（{t('surveys.questionCount', { count: allQuestions(definition).length })}）
        </h2>
        {definition.sections.map((section) => (
          <>
            {section.title ? <h3>{section.title}</h3> : null}
            <ol class="survey-outline">
              {section.questions.map((q) => (
                <li>
                  {q.label}（{t(`surveys.kind.${q.kind}`)}）
                </li>
              ))}
            </ol>
          </>
        ))}
        <p class="actions">
          {canManage ? <a href={`/staff/surveys/${survey.id}/questions/edit`}>{t('surveys.editor.open')}</a> : null}
          <a href={`/staff/surveys/${survey.id}/questions.xlsx`}>{t('surveys.xlsformDownload')}</a>
        </p>
        {canManage ? (
          <form method="post" action={`/staff/surveys/${survey.id}/questions`} enctype="multipart/form-data" class="stacked" novalidate>
            <CsrfField page={page} />
            <ErrorSummary page={page} form={importForm} labels={{ file: t('surveys.xlsformFile') }} />
            <h3>{t('surveys.xlsformUpload')}</h3>
            <p class="field-hint">{t('surveys.xlsformHint')}</p>
            <div class="field">
              <label for="field-file">{t('surveys.xlsformFile')}</label>
              <input id="field-file" name="file" type="file" accept=".xlsx" />
            </div>
            <p class="actions">
              <button type="submit">{t('surveys.import')}</button>
            </p>
          </form>
        ) : null}
      </section>

      {survey.audience === 'organisations' ? (
        <section aria-labelledby="targets">
          <h2 id="targets">{t('surveys.targets')}</h2>
          <p>{t('surveys.progress', { done, total: targets.length })}</p>
          <StaffTable
            rows={targets}
            empty={t('surveys.targetsEmpty')}
            columns={[
              { header: t('surveys.targetName'), cell: (x) => x.name },
              { header: t('surveys.respondentType'), cell: (x) => respondentTypeText(page, x.respondentType) },
              { header: t('surveys.targetStatus'), cell: (x) => t(`surveys.targetStatus.${x.status}`) + (x.nextCallOn ? `（${t('surveys.nextCallOn')} ${dateText(page, x.nextCallOn)}）` : '') },
              { header: t('surveys.lastContact'), cell: (x) => (x.lastContactAt ? `${dateText(page, x.lastContactAt)}${x.lastMethod ? ` ${t(`surveys.method.${x.lastMethod}`)}` : ''}` : '') },
              { header: t('surveys.call'), cell: (x) => (x.status === 'done' || x.status === 'declined' || !survey.methods.includes('phone') ? '' : <a href={`/staff/surveys/${survey.id}/targets/${x.id}/call`}>{`${t('surveys.call')}（${x.name}）`}</a>) },
            ]}
          />
          {canManage ? (
            <form method="post" action={`/staff/surveys/${survey.id}/targets`} class="stacked" novalidate>
              <CsrfField page={page} />
              <ErrorSummary page={page} form={targetForm} labels={{ lines: t('surveys.targetsLines') }} />
              <h3>{t('surveys.targetsAdd')}</h3>
              <TextArea page={page} form={targetForm} name="lines" label={t('surveys.targetsLines')} rows={6} hint={t('surveys.targetsLinesHint', { types: respondentTypes.filter((x) => !x.startsWith('resident')).map((x) => respondentTypeText(page, x)).join('、') })} />
              <p class="actions">
                <button type="submit">{t('surveys.targetsAdd')}</button>
              </p>
            </form>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
