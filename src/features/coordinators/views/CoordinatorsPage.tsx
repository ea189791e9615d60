import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { EditLink, NameWithReading, StaffTable } from '../../../platform/layout/StaffTable.tsx';
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
      <StaffTable
        rows={coordinators}
        empty={t('coordinators.empty')}
        columns={[
          { header: t('coordinators.name'), cell: (person) => <NameWithReading name={person.name} reading={person.nameReading} /> },
          {
            header: t('coordinators.current'),
            cell: (person) =>
              current
                .filter((a) => a.coordinatorId === person.id)
                .map((a) => areaName.get(a.areaId) ?? '')
                .join('、'),
          },
          { header: t('form.actions'), cell: (person) => <EditLink page={page} href={`/staff/coordinators/${person.id}`} name={person.name} /> },
        ]}
      />
    </Layout>
  );
}
