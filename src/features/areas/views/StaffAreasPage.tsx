import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import { EditLink, NameWithReading, StaffTable } from '../../../platform/layout/StaffTable.tsx';
import type { AreaRow } from '../service.ts';
import { tierLabel } from './TierBadge.tsx';
import { TownImportForm } from './TownForms.tsx';
import { emptyForm, type FormState } from '../../../platform/layout/form-fields.tsx';

/** Staff list of every area, archived ones marked. */
export function StaffAreasPage({ page, areas, importForm = emptyForm }: { page: PageContext; areas: AreaRow[]; importForm?: FormState }) {
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
      <StaffTable
        rows={areas}
        columns={[
          {
            header: t('areas.name'),
            cell: (area) => <NameWithReading name={`${area.name}${area.archivedAt ? ` (${t('areas.archived')})` : ''}`} reading={area.nameReading} />,
          },
          { header: t('coordinators.tier'), cell: (area) => tierLabel(page, area.tier) },
          { header: t('areas.parentId'), cell: (area) => (area.parentId ? (byId.get(area.parentId)?.name ?? '') : t('areas.none')) },
          { header: t('form.actions'), cell: (area) => <EditLink page={page} href={`/staff/areas/${area.id}`} name={area.name} /> },
        ]}
      />
      {actor?.role === 'admin' ? <TownImportForm page={page} form={importForm} /> : null}
    </Layout>
  );
}
