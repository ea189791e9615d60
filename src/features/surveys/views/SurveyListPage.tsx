import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { StaffTable } from '../../../platform/layout/StaffTable.tsx';
import type { SurveyRow } from '../service.ts';
import { methodsText, periodText } from './SurveyText.tsx';

type Props = { page: PageContext; surveys: SurveyRow[]; responses: Map<string, number>; areaNames: Map<string, string> };

/** Every survey of the tenant: its period, methods, area and how many have answered. */
export function SurveyListPage({ page, surveys, responses, areaNames }: Props) {
  const { t } = page;
  return (
    <Layout page={page} title={t('surveys.title')} staff>
      <h1>{t('surveys.title')}</h1>
      <p>{t('surveys.lead')}</p>
      {page.actor?.role !== 'staff' ? (
        <p class="actions">
          <a class="button" href="/staff/surveys/new">
            {t('surveys.new')}
          </a>
        </p>
      ) : null}
      <StaffTable
        rows={surveys}
        empty={t('surveys.empty')}
        columns={[
          { header: t('surveys.fieldTitle'), cell: (s) => <a href={`/staff/surveys/${s.id}`}>{s.title}</a> },
          { header: t('surveys.period'), cell: (s) => periodText(page, s) },
          { header: t('surveys.methods'), cell: (s) => methodsText(page, s.methods) },
          { header: t('surveys.area'), cell: (s) => (s.areaId ? (areaNames.get(s.areaId) ?? '') : t('surveys.wholeCity')) },
          { header: t('surveys.responses'), cell: (s) => String(responses.get(s.id) ?? 0) },
        ]}
      />
    </Layout>
  );
}
