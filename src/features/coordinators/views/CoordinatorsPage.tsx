import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { AssignmentWithCoordinator, CoordinatorRow } from '../service.ts';

type Props = { page: PageContext; coordinators: CoordinatorRow[]; current: AssignmentWithCoordinator[]; areas: AreaRow[] };

/** Staff list of coordinators with the areas they serve today. */
export function CoordinatorsPage({ page, coordinators, current, areas }: Props) {
  const { t, actor } = page;
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  return (
    <Layout page={page} title={t('coordinators.title')} staff>
      <h1>{t('coordinators.title')}</h1>
      {actor?.role === 'admin' ? (
        <p>
          <a class="button" href="/staff/coordinators/new">
            {t('coordinators.new')}
          </a>
        </p>
      ) : null}
      {coordinators.length === 0 ? <p>{t('coordinators.empty')}</p> : null}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('coordinators.name')}</th>
              <th scope="col">{t('coordinators.current')}</th>
              <th scope="col">{t('form.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {coordinators.map((person) => (
              <tr>
                <td>
                  {person.name}
                  <span class="reading">{person.nameReading}</span>
                </td>
                <td>
                  {current
                    .filter((a) => a.coordinatorId === person.id)
                    .map((a) => areaName.get(a.areaId) ?? '')
                    .join('、')}
                </td>
                <td>
                  <a href={`/staff/coordinators/${person.id}`} aria-label={`${t('form.edit')}: ${person.name}`}>
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
