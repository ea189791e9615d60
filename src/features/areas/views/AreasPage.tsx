import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AssignmentWithCoordinator } from '../../coordinators/service.ts';
import type { AreaWithDistricts } from '../service.ts';
import { CoordinatorContact } from './CoordinatorContact.tsx';
import { TierBadge } from './TierBadge.tsx';
import { TownSearch, type TownSearchResult } from './TownSearch.tsx';

/** The towns of a district, folded away: a district may have a hundred. */
function TownList({ page, district, towns }: { page: PageContext; district: string; towns: string[] }) {
  if (towns.length === 0) return null;
  return (
    <details class="town-list">
      <summary>{page.t('areas.townsOf', { district, count: towns.length })}</summary>
      <p>{towns.join('、')}</p>
    </details>
  );
}

type Props = { page: PageContext; areas: AreaWithDistricts[]; assignments: AssignmentWithCoordinator[]; towns?: Map<string, string[]>; search?: TownSearchResult | null };

/** 「地域と担当コーディネーター」: every area with its tier, districts, coordinator and contact. */
export function AreasPage({ page, areas, assignments, towns = new Map(), search = null }: Props) {
  const { t } = page;
  return (
    <Layout page={page} title={t('areas.title')}>
      <h1>{t('areas.title')}</h1>
      <p class="lead">{t('areas.lead')}</p>
      <TownSearch page={page} search={search} assignments={assignments} />
      {areas.length === 0 ? <p>{t('areas.empty')}</p> : null}
      <ul class="card-list">
        {areas.map((area) => (
          <li class="card">
            <h2 id={`area-${area.id}`}>
              <TierBadge page={page} tier={area.tier} />
              <a href={`/areas/${area.id}`}>{area.name}</a>
              {area.nameReading ? <span class="reading">{area.nameReading}</span> : null}
            </h2>
            <h3>{t('areas.districts')}</h3>
            {area.districts.length ? (
              <ul class="district-list">
                {area.districts.map((district) => (
                  <li>
                    {district.name}
                    <TownList page={page} district={district.name} towns={towns.get(district.id) ?? []} />
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t('areas.noDistricts')}</p>
            )}
            <h3>{t('areas.coordinator')}</h3>
            <CoordinatorContact page={page} assignments={assignments.filter((a) => a.areaId === area.id)} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}
