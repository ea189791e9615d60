import { CsrfField, ErrorSummary, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { VolunteerRow } from '../service.ts';
import { VolunteerFields, volunteerLabels, type VolunteerChoices } from './VolunteerFields.tsx';

type Props = { page: PageContext; volunteer: VolunteerRow | null; form: FormState; choices: VolunteerChoices };

/** Staff entry of a volunteer from paper or a call, and corrections later. */
export function VolunteerEditPage({ page, volunteer, form, choices }: Props) {
  const { t } = page;
  const title = volunteer ? `${t('volunteers.edit')}: ${volunteer.name}` : t('volunteers.new');
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <form method="post" action={volunteer ? `/staff/volunteers/${volunteer.id}` : '/staff/volunteers'} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={volunteerLabels(page)} />
        <VolunteerFields page={page} form={form} choices={choices} withCoordinates />
        <TextField page={page} form={form} name="monthlyAssignmentLimit" label={t('volunteers.monthlyLimit')} required type="number" inputMode="numeric" />
        {volunteer ? null : <TextField page={page} form={form} name="appliedOn" label={t('volunteers.appliedOn')} type="date" hint={t('volunteers.appliedOnHint')} />}
        <div class="actions">
          <button type="submit">{t('form.save')}</button>
          <a href={volunteer ? `/staff/volunteers/${volunteer.id}` : '/staff/volunteers'}>{t('form.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}

/** A volunteer row as form values, for the edit form. */
export function volunteerFormValues(v: VolunteerRow): Record<string, string> {
  return {
    name: v.name,
    nameReading: v.nameReading,
    ageBand: v.ageBand,
    phone: v.phone,
    email: v.email,
    postalCode: v.postalCode,
    address: v.address,
    latitude: v.latitude === null ? '' : String(v.latitude),
    longitude: v.longitude === null ? '' : String(v.longitude),
    districtId: v.districtId ?? '',
    helpTypeIds: v.helpTypeIds.join('\n'),
    availability: v.availability.join('\n'),
    travelRange: v.travelRange,
    travelMeans: v.travelMeans.join('\n'),
    notes: v.notes,
    monthlyAssignmentLimit: String(v.monthlyAssignmentLimit),
  };
}
