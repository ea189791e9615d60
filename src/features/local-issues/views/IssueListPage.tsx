import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { StaffTable } from '../../../platform/layout/StaffTable.tsx';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { HelpTypeRow } from '../../volunteers/service.ts';
import type { CouncilRow, IssueListItem } from '../service.ts';
import type { IssueListQuery } from '../validation.ts';
import { issueStatuses } from '../vocabulary.ts';
import { IssueProgress } from './IssueProgress.tsx';

type Props = { page: PageContext; issues: IssueListItem[]; query: IssueListQuery; areas: AreaRow[]; helpTypes: HelpTypeRow[]; councils: CouncilRow[]; canCreate: boolean };

function FilterSelect({ id, name, label, all, selected, options }: { id: string; name: string; label: string; all: string; selected: string | undefined; options: { value: string; label: string }[] }) {
  return (
    <>
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option value={o.value} selected={selected === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  );
}

/** The register of local issues (地域課題), filtered by status, area, help type and council. */
export function IssueListPage({ page, issues, query, areas, helpTypes, councils, canCreate }: Props) {
  const { t, locale } = page;
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const councilName = new Map(councils.map((c) => [c.id, c.name]));
  const all = t('localIssues.filterAll');
  return (
    <Layout page={page} title={t('localIssues.title')} staff>
      <h1>{t('localIssues.title')}</h1>
      <p>{t('localIssues.lead')}</p>
      {canCreate ? (
        <p class="actions">
          <a class="button" href="/staff/local-issues/new">
            {t('localIssues.new')}
          </a>
        </p>
      ) : null}
      <form method="get" action="/staff/local-issues" class="inline-form filters-row">
        <FilterSelect id="filter-status" name="status" label={t('localIssues.status')} all={all} selected={query.status} options={issueStatuses.map((s) => ({ value: s, label: t(`localIssues.status.${s}`) }))} />
        <FilterSelect id="filter-area" name="areaId" label={t('localIssues.areas')} all={all} selected={query.areaId} options={areas.filter((a) => !a.archivedAt).map((a) => ({ value: a.id, label: a.name }))} />
        <FilterSelect id="filter-help-type" name="helpTypeId" label={t('localIssues.helpTypes')} all={all} selected={query.helpTypeId} options={helpTypes.map((h) => ({ value: h.id, label: h.name }))} />
        <FilterSelect id="filter-council" name="councilId" label={t('localIssues.council')} all={all} selected={query.councilId} options={councils.map((c) => ({ value: c.id, label: c.name }))} />
        <button type="submit" class="button button--secondary">
          {t('localIssues.filter')}
        </button>
      </form>
      <p role="status">{t('localIssues.listCount', { count: issues.length })}</p>
      <StaffTable
        rows={issues}
        empty={t('localIssues.empty')}
        columns={[
          { header: t('localIssues.issueTitle'), cell: (i) => <a href={`/staff/local-issues/${i.id}`}>{i.title}</a> },
          { header: t('localIssues.areas'), cell: (i) => i.areaIds.map((id) => areaName.get(id) ?? '').join('、') },
          { header: t('localIssues.status'), cell: (i) => <IssueProgress page={page} status={i.status} progress={i.progress} id={i.id} /> },
          { header: t('localIssues.council'), cell: (i) => (i.councilId ? councilName.get(i.councilId) ?? '' : '') + (i.raisedFromCouncilId ? `（${t('localIssues.raisedFrom', { council: councilName.get(i.raisedFromCouncilId) ?? '' })}）` : '') },
          { header: t('localIssues.raisedOn'), cell: (i) => formatWarekiDate(i.raisedOn, { locale }) },
          { header: t('localIssues.visibility'), cell: (i) => (i.isPublic ? t('localIssues.public') : t('localIssues.internal')) },
        ]}
      />
    </Layout>
  );
}
