import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { EditLink, StaffTable } from '../../../platform/layout/StaffTable.tsx';
import { formatFiscalYear, formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { CoordinatorRow } from '../../coordinators/service.ts';
import type { CoordinatorActivityRow } from '../service.ts';
import type { ActivityListQuery } from '../validation.ts';
import { activityTypes } from '../vocabulary.ts';
import { durationText, typeNames } from './ActivityText.tsx';

type Props = {
  page: PageContext;
  activities: CoordinatorActivityRow[];
  fiscalYear: number;
  fiscalYears: number[];
  query: ActivityListQuery;
  coordinators: CoordinatorRow[];
  areas: AreaRow[];
};

/** A 年度 of coordinator activities, newest first: a coordinator's own, or for admins everyone's with filters. */
export function ActivityListPage({ page, activities, fiscalYear, fiscalYears, query, coordinators, areas }: Props) {
  const { t, locale } = page;
  const isAdmin = page.actor?.role === 'admin';
  const coordinatorName = new Map(coordinators.map((c) => [c.id, c.name]));
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const title = `${t('coordinatorActivities.title')}（${formatFiscalYear(fiscalYear)}）`;
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <p>{t('coordinatorActivities.lead')}</p>
      <p class="actions">
        <a class="button" href="/staff/coordinator-activities/new">
          {t('coordinatorActivities.new')}
        </a>
      </p>
      <form method="get" action="/staff/coordinator-activities" class="inline-form filters-row">
        <label for="filter-fy">{t('figures.fiscalYear')}</label>
        <select id="filter-fy" name="fy">
          {fiscalYears.map((y) => (
            <option value={String(y)} selected={y === fiscalYear}>
              {formatFiscalYear(y)}
            </option>
          ))}
        </select>
        <label for="filter-type">{t('coordinatorActivities.types')}</label>
        <select id="filter-type" name="type">
          <option value="">{t('coordinatorActivities.filterAll')}</option>
          {activityTypes.map((type) => (
            <option value={type} selected={query.type === type}>
              {t(`coordinatorActivities.type.${type}`)}
            </option>
          ))}
        </select>
        {isAdmin ? (
          <>
            <label for="filter-coordinator">{t('coordinatorActivities.coordinator')}</label>
            <select id="filter-coordinator" name="coordinatorId">
              <option value="">{t('coordinatorActivities.filterAll')}</option>
              {coordinators.map((c) => (
                <option value={c.id} selected={query.coordinatorId === c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <label for="filter-area">{t('coordinatorActivities.area')}</label>
            <select id="filter-area" name="areaId">
              <option value="">{t('coordinatorActivities.filterAll')}</option>
              {areas.map((a) => (
                <option value={a.id} selected={query.areaId === a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="submit" class="button button--secondary">
          {t('coordinatorActivities.filter')}
        </button>
      </form>
      {isAdmin ? null : <p>{t('coordinatorActivities.ownOnly')}</p>}
      <p role="status">{t('coordinatorActivities.listCount', { count: activities.length })}</p>
      <StaffTable
        rows={activities}
        empty={t('coordinatorActivities.empty')}
        columns={[
          { header: t('coordinatorActivities.activityOn'), cell: (a) => formatWarekiDate(a.activityOn, { locale }) },
          { header: t('coordinatorActivities.types'), cell: (a) => typeNames(page, a.types) },
          ...(isAdmin ? [{ header: t('coordinatorActivities.coordinator'), cell: (a: CoordinatorActivityRow) => coordinatorName.get(a.coordinatorId) ?? '' }] : []),
          { header: t('coordinatorActivities.area'), cell: (a) => areaName.get(a.areaId) ?? '' },
          { header: t('coordinatorActivities.counterpart'), cell: (a) => a.counterpart },
          { header: t('coordinatorActivities.duration'), cell: (a) => durationText(page, a.minutes) },
          { header: t('coordinatorActivities.notes'), cell: (a) => a.notes, cellClass: 'preserve-lines' },
          {
            header: t('form.actions'),
            cell: (a) => <EditLink page={page} href={`/staff/coordinator-activities/${a.id}/edit`} name={`${formatWarekiDate(a.activityOn, { locale })} ${a.counterpart}`} />,
          },
        ]}
      />
    </Layout>
  );
}
