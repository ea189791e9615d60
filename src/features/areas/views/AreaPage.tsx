import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { formatWarekiDate } from '../../../platform/wareki/wareki.ts';
import type { AssignmentWithCoordinator } from '../../coordinators/service.ts';
import type { AreaRow, AreaWithDistricts } from '../service.ts';
import { CoordinatorContact } from './CoordinatorContact.tsx';
import { TierBadge } from './TierBadge.tsx';

type Props = {
  page: PageContext;
  area: AreaWithDistricts;
  parent: AreaRow | undefined;
  children: AreaRow[];
  current: AssignmentWithCoordinator[];
  history: AssignmentWithCoordinator[];
};

/** One area: districts, the current coordinator, the areas within, and who served before. */
export function AreaPage({ page, area, parent, children, current, history }: Props) {
  const { t } = page;
  const past = history.filter((h) => !current.some((c) => c.id === h.id));
  return (
    <Layout page={page} title={area.name}>
      <p class="no-print">
        <a href="/areas">{t('areas.backToList')}</a>
      </p>
      <h1>
        <TierBadge page={page} tier={area.tier} />
        {area.name}
        {area.nameReading ? <span class="reading">{area.nameReading}</span> : null}
      </h1>
      {area.description ? <p class="lead">{area.description}</p> : null}
      {parent ? (
        <p>
          {t('areas.parent')}: <a href={`/areas/${parent.id}`}>{parent.name}</a>
        </p>
      ) : null}
      <p>
        <a href={`/areas/${area.id}/community`}>{t('localIssues.community.link')}</a>
      </p>
      <h2>{t('areas.coordinator')}</h2>
      <CoordinatorContact page={page} assignments={current} />
      <h2>{t('areas.districts')}</h2>
      {area.districts.length ? (
        <ul class="district-list">
          {area.districts.map((district) => (
            <li>
              {district.name}
              {district.nameReading ? <span class="reading">{district.nameReading}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('areas.noDistricts')}</p>
      )}
      {children.length ? (
        <>
          <h2>{t('areas.children')}</h2>
          <ul>
            {children.map((child) => (
              <li>
                <a href={`/areas/${child.id}`}>{child.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {past.length ? (
        <>
          <h2>{t('areas.history')}</h2>
          <ul>
            {past.map((h) => (
              <li>
                {h.coordinator.name}（{h.coordinator.nameReading}）{' '}
                {t('areas.period', {
                  from: formatWarekiDate(h.startsOn, { locale: page.locale }),
                  to: h.endsOn ? formatWarekiDate(h.endsOn, { locale: page.locale }) : t('areas.present'),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
