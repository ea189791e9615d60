import { Layout } from '../../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../../platform/layout/page-context.ts';
import { formatFiscalYear } from '../../../../platform/wareki/wareki.ts';
import type { YearlyEventFigures } from '../service.ts';
import { FiguresChart } from './FiguresChart.tsx';

const columns = ['eventsHeld', 'trainingsHeld', 'applications', 'confirmed', 'attended'] as const;

/** Yearly figures of events for reports to the city: a table, a bar chart and a CSV download. */
export function EventFiguresPage({ page, figures }: { page: PageContext; figures: YearlyEventFigures[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('events.mgmt.figures')} staff>
      <h1>{t('events.mgmt.figures')}</h1>
      <p>{t('events.mgmt.figures.intro')}</p>
      <p class="actions">
        <a href="/staff/events/figures.csv">{t('export.csvUtf8')}</a>
        <a href="/staff/events/figures.csv?encoding=cp932">{t('export.csvCp932')}</a>
        <a href="/staff/events">{t('events.mgmt.title')}</a>
      </p>
      {figures.length === 0 ? (
        <p>{t('events.mgmt.figures.empty')}</p>
      ) : (
        <>
          <div class="table-wrap">
            <table>
              <caption>{t('events.mgmt.figures')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('events.mgmt.figures.fiscalYear')}</th>
                  {columns.map((c) => (
                    <th scope="col">{t(`events.mgmt.figures.${c}`)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {figures.map((f) => (
                  <tr>
                    <th scope="row">{formatFiscalYear(f.fiscalYear)}</th>
                    {columns.map((c) => (
                      <td class="number">{String(f[c])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FiguresChart page={page} figures={figures} />
        </>
      )}
    </Layout>
  );
}
