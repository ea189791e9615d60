import { canManageArea } from '../../../platform/auth/permissions.ts';
import { CsrfField, emptyForm, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow, DistrictRow } from '../service.ts';
import { AreaForm } from './AreaForm.tsx';
import { DistrictTownsForm } from './TownForms.tsx';

type Props = {
  page: PageContext;
  area: AreaRow | null;
  form: FormState;
  parents: AreaRow[];
  districts: DistrictRow[];
  districtForm?: FormState;
  towns?: Map<string, string[]>;
  // The towns form of one district shown again with its problem.
  townsForm?: { districtId: string; form: FormState };
};

/** Add or edit an area; for an existing one, also its districts. */
export function AreaEditPage({ page, area, form, parents, districts, districtForm = emptyForm, towns = new Map(), townsForm }: Props) {
  const { t, actor } = page;
  const title = area ? `${t('areas.edit')}: ${area.name}` : t('areas.new');
  const isAdmin = actor?.role === 'admin';
  const canEdit = area ? canManageArea(actor, area.id) : isAdmin;
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      {canEdit ? (
        <AreaForm page={page} form={form} action={area ? `/staff/areas/${area.id}` : '/staff/areas'} parents={parents.filter((p) => p.id !== area?.id && !p.archivedAt)} canMove={isAdmin} />
      ) : (
        <p>{form.values.description}</p>
      )}
      {area ? (
        <>
          <h2>{t('areas.districts')}</h2>
          {districts.length ? (
            <ul>
              {districts.map((district) => (
                <li>
                  {district.name}
                  {district.nameReading ? `（${district.nameReading}）` : ''}
                  {canEdit ? (
                    <form method="post" action={`/staff/districts/${district.id}/archive`} class="inline-form">
                      <CsrfField page={page} />
                      <button type="submit" class="button--quiet button" aria-label={`${t('areas.archive')}: ${district.name}`}>
                        {t('areas.archived')}
                      </button>
                    </form>
                  ) : null}
                  {canEdit ? <DistrictTownsForm page={page} district={district} towns={towns.get(district.id) ?? []} form={townsForm?.districtId === district.id ? townsForm.form : undefined} /> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{t('areas.noDistricts')}</p>
          )}
          {canEdit ? (
            <form method="post" action={`/staff/areas/${area.id}/districts`} class="stacked" novalidate>
              <h3>{t('areas.addDistrict')}</h3>
              <CsrfField page={page} />
              <TextField page={page} form={districtForm} idPrefix="district-" name="name" label={t("areas.districtName")} required maxLength={100} />
              <TextField page={page} form={districtForm} idPrefix="district-" name="nameReading" label={t('areas.nameReading')} maxLength={100} />
              <TextField page={page} form={districtForm} idPrefix="district-" name="latitude" label={t('areas.districtLatitude')} maxLength={20} />
              <TextField page={page} form={districtForm} idPrefix="district-" name="longitude" label={t('areas.districtLongitude')} maxLength={20} hint={t('geo.coordinatesHint')} />
              <button type="submit">{t('areas.addDistrict')}</button>
            </form>
          ) : null}
          {isAdmin && !area.archivedAt ? (
            <form method="post" action={`/staff/areas/${area.id}/archive`} class="actions">
              <CsrfField page={page} />
              <button type="submit" class="button button--secondary">
                {t('areas.archive')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
    </Layout>
  );
}
