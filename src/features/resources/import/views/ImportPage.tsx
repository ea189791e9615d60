import { CsrfField } from '../../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatWarekiDateTime } from '../../../../platform/wareki/wareki.ts';
import type { ImportRunRow } from '../run-repository.ts';
import { encodingKey, publicationCounts, type ImportPlan, type ImportResult } from '../service.ts';

type Props = {
  page: PageContext;
  plan?: ImportPlan;
  file?: { name: string; base64: string };
  result?: ImportResult;
  problem?: string;
  recentRuns?: ImportRunRow[];
};

/** Upload → dry run (what each row would do, and why) → apply; nothing changes before the last step. */
export function ImportPage({ page, plan, file, result, problem, recentRuns = [] }: Props) {
  const { t, locale } = page;
  const rejected = plan?.rows.filter((r) => r.action === 'reject').length ?? 0;
  return (
    <Layout page={page} title={t('import.title')} staff>
      <h1>{t('import.title')}</h1>
      {problem ? (
        <div class="error-summary" role="alert">
          <p>{problem}</p>
        </div>
      ) : null}
      {result ? (
        <div role="status">
          <p class="flash">
            {t('import.done', { created: result.created, updated: result.updated, skipped: result.skipped })} {t('import.donePublication', { published: result.published, drafts: result.drafts })}
          </p>
          <p>
            <a href={`/staff/resources?importRun=${result.runId}`}>{t('import.runLink', { count: result.created + result.updated })}</a>
          </p>
        </div>
      ) : null}
      <form method="post" action="/staff/resources/import" enctype="multipart/form-data" class="stacked">
        <CsrfField page={page} />
        <p>{t('import.lead')}</p>
        <div class="field">
          <label for="file">{t('import.file')}</label>
          <input id="file" name="file" type="file" accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json" required />
        </div>
        <button type="submit">{t('import.preview')}</button>
      </form>
      {plan && file ? (
        <>
          <h2>{t('import.previewTitle', { name: file.name })}</h2>
          <p>
            {t('import.detected', { format: t(`import.format.${plan.format}`), encoding: t(encodingKey(plan)) })}
          </p>
          {plan.notices.length > 0 ? (
            <ul class="plain-list">
              {plan.notices.map((notice) => (
                <li>{t(notice.messageKey, notice.params)}</li>
              ))}
            </ul>
          ) : null}
          <p>
            {t('import.summary', {
              create: plan.rows.filter((r) => r.action === 'create').length,
              update: plan.rows.filter((r) => r.action === 'update').length,
              reject: rejected,
            })}{' '}
            {t('import.publication', publicationCounts(plan, false))}
          </p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('import.line')}</th>
                  <th scope="col">{t('resources.field.name')}</th>
                  <th scope="col">{t('import.action')}</th>
                  <th scope="col">{t('import.problems')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((row) => (
                  <tr>
                    <td>{row.line}</td>
                    <td>{row.name}</td>
                    <td>{t(`import.action.${row.action}`)}</td>
                    <td>
                      <ul class="plain-list">
                        {row.problems.map((p) => (
                          <li class={p.severity === 'error' ? 'field-error' : ''}>{t(p.messageKey, p.params)}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form method="post" action="/staff/resources/import/apply" class="stacked">
            <CsrfField page={page} />
            <input type="hidden" name="fileName" value={file.name} />
            <input type="hidden" name="fileData" value={file.base64} />
            {rejected ? (
              <div class="field field--checkbox">
                <input type="checkbox" id="skipInvalid" name="skipInvalid" value="on" />
                <label for="skipInvalid">{t('import.skipInvalid', { count: rejected })}</label>
              </div>
            ) : null}
            {publicationCounts(plan, false).drafts > 0 ? (
              <div class="field field--checkbox">
                <input type="checkbox" id="publish" name="publish" value="on" aria-describedby="publish-hint" />
                <label for="publish">{t('import.publish')}</label>
                <p class="field-hint" id="publish-hint">
                  {t('import.publishHint', { count: publicationCounts(plan, true).published })}
                </p>
              </div>
            ) : null}
            <button type="submit">{t('import.apply')}</button>
          </form>
        </>
      ) : null}
      {recentRuns.length > 0 && !plan && !result ? (
        <section aria-labelledby="recent-runs">
          <h2 id="recent-runs">{t('import.runRecent')}</h2>
          <ul class="plain-list">
            {recentRuns.map((run) => (
              <li>
                <a href={`/staff/resources?importRun=${run.id}`}>{run.fileName}</a> {t('import.runRecentLine', { at: formatWarekiDateTime(run.createdAt, { locale }), created: run.created, updated: run.updated })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
