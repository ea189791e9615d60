import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { BarChart } from '../../figures/views/BarChart.tsx';
import type { Question } from '../definition.ts';
import { percent, publishedCount, type CrossTab, type QuestionResult } from '../results.ts';
import type { SurveyRow } from '../service.ts';

export type CrossChoice = { question: string; by: string };

type Props = {
  page: PageContext;
  survey: SurveyRow;
  n: number;
  byMethod: { label: string; count: number }[];
  byVersion: { label: string; count: number }[];
  questions: QuestionResult[];
  indicators: { label: string; count: number; n: number }[];
  crossable: Question[];
  byOptions: { value: string; label: string }[];
  cross: { choice: CrossChoice; table: CrossTab | null } | null;
  threshold: number | null;
  canRaise: boolean;
};

function CountTable({ page, caption, rows, n, noAnswer, threshold }: { page: PageContext; caption: string; rows: { label: string; count: number }[]; n: number; noAnswer: number | null; threshold: number | null }) {
  const { t } = page;
  const all = noAnswer === null ? rows : [...rows, { label: t('surveys.resultsNoAnswer'), count: noAnswer }];
  return (
    <table class="staff-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('surveys.resultsChoice')}</th>
          <th scope="col">{t('surveys.resultsCount')}</th>
          <th scope="col">{t('surveys.resultsPercent')}</th>
        </tr>
      </thead>
      <tbody>
        {all.map((r) => {
          const shown = publishedCount(r.count, threshold);
          return (
            <tr>
              <th scope="row">{r.label}</th>
              <td>{shown}</td>
              <td>{shown === String(r.count) ? percent(r.count, n) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function QuestionSection({ page, survey, result, index, threshold, canRaise }: { page: PageContext; survey: SurveyRow; result: QuestionResult; index: number; threshold: number | null; canRaise: boolean }) {
  const { t } = page;
  const q = result.question;
  const heading = `${index + 1}. ${q.label}`;
  const hidden = (count: number) => threshold !== null && count > 0 && count < threshold;
  return (
    <section class="survey-result" aria-labelledby={`result-${q.name}`}>
      <h2 id={`result-${q.name}`}>{heading}</h2>
      <p>{t('surveys.resultsN', { n: result.n })}</p>
      {canRaise && result.n > 0 ? (
        <p class="no-print">
          <a href={`/staff/local-issues/new?fromSurvey=${survey.id}&question=${encodeURIComponent(q.name)}`}>{t('surveys.raiseIssue')}</a>
        </p>
      ) : null}
      {result.kind === 'choices' ? (
        <>
          <BarChart title={heading} counts={result.bars.map((b) => ({ label: b.label, count: hidden(b.count) ? 0 : b.count }))} />
          <CountTable page={page} caption={heading} rows={result.bars} n={result.n} noAnswer={result.noAnswer} threshold={threshold} />
          {threshold === null && result.otherTexts.length > 0 ? (
            <>
              <h3>{t('surveys.resultsOtherTexts')}</h3>
              <ul>
                {result.otherTexts.map((text) => (
                  <li>{text}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      {result.kind === 'matrix'
        ? result.rows.map((row) => (
            <>
              <h3>{row.item.label}</h3>
              <CountTable page={page} caption={`${heading} ${row.item.label}`} rows={row.bars} n={result.n} noAnswer={row.noAnswer} threshold={threshold} />
            </>
          ))
        : null}
      {result.kind === 'number' && q.kind === 'number' ? (
        <p>{result.mean === null ? t('surveys.resultsEmpty') : t('surveys.resultsNumber', { mean: result.mean, median: result.median ?? '', min: result.min ?? '', max: result.max ?? '', unit: q.unit, count: result.n - result.noAnswer })}</p>
      ) : null}
      {result.kind === 'texts' ? (
        threshold === null ? (
          <>
            <h3>{t('surveys.resultsTexts', { count: result.texts.length })}</h3>
            <ul class="survey-texts">
              {result.texts.map((text) => (
                <li>{text}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('surveys.resultsTexts', { count: publishedCount(result.texts.length, threshold) })}</p>
        )
      ) : null}
    </section>
  );
}

function CrossTable({ page, cross, threshold }: { page: PageContext; cross: NonNullable<Props['cross']>; threshold: number | null }) {
  const { t } = page;
  if (!cross.table) return <p>{t('surveys.crossUnsupported')}</p>;
  const { table } = cross;
  return (
    <table class="staff-table survey-crosstab">
      <caption>{t('surveys.crossTab')}</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">{t('surveys.crossTotal')}</th>
          {table.columns.map((c) => (
            <th scope="col">{c.label}</th>
          ))}
          <th scope="col">{t('surveys.resultsNoAnswer')}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr>
            <th scope="row">{row.category.label}</th>
            <td>{publishedCount(row.n, threshold)}</td>
            {[...row.cells, row.noAnswer].map((count) => {
              const shown = publishedCount(count, threshold);
              return <td>{shown === String(count) && row.n > 0 ? `${shown}（${percent(count, row.n)}%）` : shown}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Counts, charts and one cross-tabulation; the public view hides small counts as municipal tabulations do. */
export function ResultsPage(props: Props) {
  const { page, survey, n, byMethod, byVersion, questions, indicators, crossable, byOptions, cross, threshold, canRaise } = props;
  const { t } = page;
  const title = t('surveys.resultsTitle', { title: survey.title });
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <p>
        <a href={`/staff/surveys/${survey.id}`}>{survey.title}</a>
      </p>
      {threshold !== null ? <p class="notice">{t('surveys.publicViewOn')}</p> : null}
      <p class="survey-total">{t('surveys.resultsN', { n })}</p>
      {n > 0 ? (
        <p class="actions no-print">
          {t('surveys.export')}:
          <a href={`/staff/surveys/${survey.id}/export?format=xlsx`}>{t('surveys.exportXlsx')}</a>
          <a href={`/staff/surveys/${survey.id}/export?format=utf-8`}>{t('surveys.exportCsv')}</a>
          <a href={`/staff/surveys/${survey.id}/export?format=cp932`}>{t('surveys.exportCsvSjis')}</a>
        </p>
      ) : null}
      {n === 0 ? <p>{t('surveys.resultsEmpty')}</p> : null}
      <h2>{t('surveys.resultsByMethod')}</h2>
      <CountTable page={page} caption={t('surveys.resultsByMethod')} rows={byMethod} n={n} noAnswer={null} threshold={threshold} />
      {byVersion.length > 1 ? (
        <>
          <h2>{t('surveys.resultsByVersion')}</h2>
          <CountTable page={page} caption={t('surveys.resultsByVersion')} rows={byVersion} n={n} noAnswer={null} threshold={threshold} />
        </>
      ) : null}
      <form method="get" action={`/staff/surveys/${survey.id}/results`} class="stacked survey-cross-form">
        <h2>{t('surveys.crossTab')}</h2>
        <div class="field">
          <label for="field-cross">{t('surveys.crossQuestion')}</label>
          <select id="field-cross" name="question">
            {crossable.map((q) => (
              <option value={q.name} selected={cross?.choice.question === q.name}>
                {q.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="field-by">{t('surveys.crossBy')}</label>
          <select id="field-by" name="by">
            {byOptions.map((o) => (
              <option value={o.value} selected={cross?.choice.by === o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field field--checkbox">
          <input id="field-public" type="checkbox" name="public" value="1" checked={threshold !== null} />
          <label for="field-public">{t('surveys.publicView')}</label>
        </div>
        <p class="actions">
          <button type="submit">{t('surveys.crossShow')}</button>
        </p>
      </form>
      {cross ? <CrossTable page={page} cross={cross} threshold={threshold} /> : null}
      {indicators.length > 0 ? (
        <>
          <h2>{t('surveys.resultsIndicators')}</h2>
          <CountTable page={page} caption={t('surveys.resultsIndicators')} rows={indicators} n={n} noAnswer={null} threshold={threshold} />
        </>
      ) : null}
      {questions.map((result, i) => (
        <QuestionSection page={page} survey={survey} result={result} index={i} threshold={threshold} canRaise={canRaise} />
      ))}
    </Layout>
  );
}
