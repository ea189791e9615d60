import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow } from '../service.ts';
import { tierLabel } from './TierBadge.tsx';

/** Staff list of every area, archived ones marked. */
export function StaffAreasPage({ page, areas }: { page: PageContext; areas: AreaRow[] }) {
  const { t, actor } = page;
  const byId = new Map(areas.map((a) => [a.id, a]));
  return (
    <Layout page={page} title={t('nav.staffAreas')} staff>
      <h1>{t('nav.staffAreas')}</h1>
      {actor?.role === 'admin' ? (
        <p>
          <a class="button" href="/staff/areas/new">
            {t('areas.new')}
          </a>
        </p>
      ) : null}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('areas.name')}</th>
              <th scope="col">{t('coordinators.tier')}</th>
              <th scope="col">{t('areas.parentId')}</th>
              <th scope="col">{t('form.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => (
              <tr>
                <td>
                  {area.name}
                  {area.archivedAt ? ` (${t('areas.archived')})` : ''}
                  {area.nameReading ? <span class="reading">{area.nameReading}</span> : null}
                </td>
                <td>{tierLabel(page, area.tier)}</td>
                <td>{area.parentId ? (byId.get(area.parentId)?.name ?? '') : t('areas.none')}</td>
                <td>
                  <a href={`/staff/areas/${area.id}`} aria-label={`${t('form.edit')}: ${area.name}`}>
                    {t('form.edit')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
