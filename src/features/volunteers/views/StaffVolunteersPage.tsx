import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { NameWithReading, StaffTable } from '../../../platform/layout/StaffTable.tsx';
import type { AreaRow, DistrictRow } from '../../areas/service.ts';
import type { HelpTypeRow, RegistrationFigure, VolunteerRow } from '../service.ts';
import type { VolunteerListQuery } from '../validation.ts';
import { volunteerStatuses } from '../vocabulary.ts';
import { InsuranceText } from './InsuranceText.tsx';
import { RegistrationFiguresTable } from './RegistrationFiguresTable.tsx';

type Props = {
  page: PageContext;
  volunteers: VolunteerRow[];
  query: VolunteerListQuery;
  areas: AreaRow[];
  districts: DistrictRow[];
  helpTypes: HelpTypeRow[];
  figures: RegistrationFigure[];
};

/** The volunteers a coordinator or admin may see, by reading, with status and insurance at a glance. */
export function StaffVolunteersPage({ page, volunteers, query, areas, districts, helpTypes, figures }: Props) {
  const { t } = page;
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const helpName = new Map(helpTypes.map((h) => [h.id, h.name]));
  return (
    <Layout page={page} title={t('volunteers.listTitle')} staff>
      <h1>{t('volunteers.listTitle')}</h1>
      <p class="actions">
        <a class="button" href="/staff/volunteers/new">
          {t('volunteers.new')}
        </a>
        {page.actor?.role === 'admin' ? <a href="/staff/volunteers/help-types">{t('volunteers.helpTypesTitle')}</a> : null}
      </p>
      <form method="get" action="/staff/volunteers" class="inline-form filters-row">
        <label for="filter-status">{t('volunteers.filterStatus')}</label>
        <select id="filter-status" name="status">
          <option value="">{t('volunteers.filterAll')}</option>
          {volunteerStatuses.map((s) => (
            <option value={s} selected={query.status === s}>
              {t(`volunteers.status.${s}`)}
            </option>
          ))}
        </select>
        <label for="filter-area">{t('volunteers.filterArea')}</label>
        <select id="filter-area" name="areaId">
          <option value="">{t('volunteers.filterAll')}</option>
          {areas.map((a) => (
            <option value={a.id} selected={query.areaId === a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="submit" class="button button--secondary">
          {t('volunteers.filter')}
        </button>
      </form>
      <p role="status">{t('volunteers.count', { count: volunteers.length })}</p>
      {page.actor?.role === 'admin' ? <ExportLinks page={page} query={query} /> : null}
      <StaffTable
        rows={volunteers}
        empty={t('volunteers.none')}
        columns={[
          { header: t('volunteers.name'), cell: (v) => <NameWithReading name={<a href={`/staff/volunteers/${v.id}`}>{v.name}</a>} reading={v.nameReading} /> },
          { header: t('volunteers.district'), cell: (v) => (v.districtId && districtName.get(v.districtId)) || '' },
          { header: t('volunteers.status'), cell: (v) => t(`volunteers.status.${v.status}`) },
          { header: t('volunteers.insurance'), cell: (v) => <InsuranceText page={page} enrolledOn={v.insuranceEnrolledOn} /> },
          { header: t('volunteers.helpTypes'), cell: (v) => v.helpTypeIds.map((id) => helpName.get(id) ?? '').filter(Boolean).join('、') },
        ]}
      />
      <RegistrationFiguresTable page={page} figures={figures} />
    </Layout>
  );
}

/** Admins only: the list with its filter as CSV for Excel; each download is audited. */
function ExportLinks({ page, query }: { page: PageContext; query: VolunteerListQuery }) {
  const { t } = page;
  const href = (encoding: string) => `/staff/volunteers.csv?${new URLSearchParams({ status: query.status ?? '', areaId: query.areaId ?? '', encoding })}`;
  return (
    <p class="actions">
      <a href={href('utf-8')}>{t('export.csvUtf8')}</a> <a href={href('cp932')}>{t('export.csvCp932')}</a> <span class="hint">{t('volunteers.exportAudited')}</span>
    </p>
  );
}
