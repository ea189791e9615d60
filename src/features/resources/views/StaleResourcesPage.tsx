import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { ResourceRow } from '../service.ts';
import { confirmedText } from '../listing-text.ts';

/** 「確認が必要」: listings nobody has checked for a while, grouped by area, oldest first. */
export function StaleResourcesPage({ page, months, resources, areas, escalatedIds = [] }: { page: PageContext; months: number; resources: ResourceRow[]; areas: AreaRow[]; escalatedIds?: string[] }) {
  const { t } = page;
  const groups = [...areas.map((a) => ({ id: a.id as string | null, name: a.name })), { id: null, name: t('resources.unassignedArea') }]
    .map((group) => ({ ...group, items: resources.filter((r) => r.areaId === group.id) }))
    .filter((group) => group.items.length > 0);
  return (
    <Layout page={page} title={t('resources.stale')} staff>
      <h1>{t('resources.stale')}</h1>
      <p>{t('resources.staleLead', { months })}</p>
      {groups.length === 0 ? <p>{t('resources.staleNone')}</p> : null}
      {groups.map((group) => (
        <section>
          <h2>{group.name}</h2>
          <ul>
            {group.items.map((r) => (
              <li>
                <a href={`/staff/resources/${r.id}`}>{r.name}</a> {r.phone ? `（${r.phone}）` : ''} — {confirmedText(page, r)}
                {escalatedIds.includes(r.id) ? <strong class="badge badge--required">{t('upkeep.phoneList')}</strong> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
