import type { Child } from 'hono/jsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatFiscalYear } from '../../../platform/wareki/wareki.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { Count, YearlyFigures } from '../service.ts';
import { BarChart } from './BarChart.tsx';

type CountTableProps = {
  page: PageContext;
  title: string;
  counts: Count[];
  /** Shown when there is nothing to chart (default: when every count is missing). */
  isEmpty?: boolean;
  id?: string;
  note?: string;
  /** Total rows under the counts. */
  children?: Child;
};

function CountTable({ page, title, counts, isEmpty = counts.length === 0, id, note, children }: CountTableProps) {
  const { t } = page;
  return (
    <section class="figure-block" id={id}>
      <h2>{title}</h2>
      {isEmpty ? (
        <p>{t('figures.none')}</p>
      ) : (
        <>
          {note ? <p>{note}</p> : null}
          <BarChart title={title} counts={counts} />
          <table>
            <tbody>
              {counts.map((c) => (
                <tr>
                  <th scope="row">{c.label}</th>
                  <td>{t('figures.cases', { count: c.count })}</td>
                </tr>
              ))}
              {children}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

// Every type is listed, 0 included: municipalities ask about each of them.
function CoordinatorActivitiesBlock({ page, year }: { page: PageContext; year: YearlyFigures['coordinatorActivities'] }) {
  const { t } = page;
  const counts = year.byType.map((c) => ({ label: t(`coordinatorActivities.type.${c.type}`), count: c.count }));
  return (
    <CountTable page={page} title={t('figures.coordinatorActivities')} counts={counts} isEmpty={year.activities === 0} id="coordinator-activities" note={t('figures.coordinatorActivitiesNote')}>
      <tr>
        <th scope="row">{t('figures.coordinatorActivityCount')}</th>
        <td>{t('figures.cases', { count: year.activities })}</td>
      </tr>
      <tr>
        <th scope="row">{t('figures.coordinatorActivityHours')}</th>
        <td>{t('matching.duration', { hours: Math.floor(year.minutes / 60), minutes: year.minutes % 60 })}</td>
      </tr>
    </CountTable>
  );
}

// Councils and local issues: meetings held, who took part, issues raised and resolved, what was built.
function CouncilsBlock({ page, year }: { page: PageContext; year: YearlyFigures['councils'] }) {
  const { t } = page;
  const rows: [string, number][] = [
    [t('localIssues.figures.attendingMembers'), year.participants.members],
    [t('localIssues.figures.otherParticipants'), year.participants.others],
    [t('localIssues.figures.observers'), year.participants.observers],
    [t('localIssues.figures.raised'), year.issues.raised],
    [t('localIssues.figures.resolved'), year.issues.resolved],
    [t('localIssues.figures.carriedOver'), year.issues.carriedOver],
  ];
  return (
    <>
      <section class="figure-block">
        <h2>{t('localIssues.figures.title')}</h2>
        <table>
          <tbody>
            {rows.map(([label, count]) => (
              <tr>
                <th scope="row">{label}</th>
                <td>{t('figures.cases', { count })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <CountTable page={page} title={t('localIssues.figures.meetingsByCouncil')} counts={year.meetingsByCouncil} />
      <CountTable page={page} title={t('localIssues.figures.meetingsByKind')} counts={year.meetingsByKind} />
      <CountTable page={page} title={t('localIssues.figures.membersByType')} counts={year.membersByType} />
      <CountTable page={page} title={t('localIssues.figures.resourcesByArea')} counts={year.resourcesByArea} />
      <CountTable page={page} title={t('localIssues.figures.outcomesByKind')} counts={year.outcomesByKind.map((c) => ({ label: t(`localIssues.outcomeKind.${c.kind}`), count: c.count }))} />
    </>
  );
}

/** 年度 figures per area with SVG charts, and the same as CSV. */
export function FiguresPage({ page, figures: f, areas, fiscalYears, areaId }: { page: PageContext; figures: YearlyFigures; areas: AreaRow[]; fiscalYears: number[]; areaId: string }) {
  const { t } = page;
  const title = `${t('figures.title')}（${formatFiscalYear(f.fiscalYear)}${f.areaName ? `・${f.areaName}` : ''}）`;
  const csv = `/staff/figures.csv?fy=${f.fiscalYear}${areaId ? `&areaId=${areaId}` : ''}`;
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <form method="get" action="/staff/figures" class="inline-form">
        <label for="figures-fy">{t('figures.fiscalYear')}</label>
        <select id="figures-fy" name="fy">
          {fiscalYears.map((y) => (
            <option value={String(y)} selected={y === f.fiscalYear}>
              {formatFiscalYear(y)}
            </option>
          ))}
        </select>
        <label for="figures-area">{t('volunteers.filterArea')}</label>
        <select id="figures-area" name="areaId">
          <option value="">{t('volunteers.filterAll')}</option>
          {areas.filter((a) => a.tier > 1).map((a) => (
            <option value={a.id} selected={a.id === areaId}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="submit" class="button button--secondary">
          {t('figures.show')}
        </button>
      </form>
      <p>
        <a href={csv}>{t('figures.downloadCsv')}</a>
      </p>
      <section class="figure-block">
        <h2>{t('figures.summary')}</h2>
        <table>
          <tbody>
            <tr><th scope="row">{t('volunteers.registeredAtEnd')}</th><td>{t('volunteers.count', { count: f.volunteers.registeredAtEnd })}</td></tr>
            <tr><th scope="row">{t('volunteers.newRegistrations')}</th><td>{t('volunteers.count', { count: f.volunteers.newRegistrations })}</td></tr>
            <tr><th scope="row">{t('figures.matches')}</th><td>{t('figures.cases', { count: f.matches })}</td></tr>
            <tr><th scope="row">{t('figures.activities')}</th><td>{t('figures.cases', { count: f.activities })}</td></tr>
            <tr><th scope="row">{t('figures.activityHours')}</th><td>{t('matching.duration', { hours: Math.floor(f.activityMinutes / 60), minutes: f.activityMinutes % 60 })}</td></tr>
          </tbody>
        </table>
      </section>
      <CountTable page={page} title={t('figures.byHelpType')} counts={f.requestsByHelpType} />
      <CountTable page={page} title={t('figures.byArea')} counts={f.requestsByArea} />
      <CountTable page={page} title={t('figures.byOutcome')} counts={f.requestsByOutcome} />
      <CountTable page={page} title={t('figures.unmetByReason')} counts={f.unmetByReason} />
      <CountTable page={page} title={t('figures.byReferrer')} counts={f.requestsByReferrer} />
      <CountTable page={page} title={t('figures.bySource')} counts={f.requestsBySource} />
      <CoordinatorActivitiesBlock page={page} year={f.coordinatorActivities} />
      <CouncilsBlock page={page} year={f.councils} />
    </Layout>
  );
}
