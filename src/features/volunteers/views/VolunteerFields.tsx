import { DistrictChoiceField, type DistrictNote } from '../../areas/views/DistrictChoiceField.tsx';
import { CheckboxGroup, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { CoordinateFields } from '../../../platform/layout/CoordinateFields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaWithDistricts } from '../../areas/service.ts';
import type { HelpTypeRow } from '../service.ts';
import { ageBands, slotKey, timeSlots, travelMeans, travelRanges, weekdaysMondayFirst } from '../vocabulary.ts';

export type VolunteerChoices = { areas: AreaWithDistricts[]; helpTypes: HelpTypeRow[] };

/** Field labels by name, for the error summary. */
export function volunteerLabels(page: PageContext): Record<string, string> {
  const { t } = page;
  const names = ['name', 'nameReading', 'ageBand', 'phone', 'email', 'postalCode', 'address', 'helpTypeIds', 'availability', 'travelRange', 'travelMeans', 'notes'];
  const labels: Record<string, string> = Object.fromEntries(names.map((n) => [n, t(`volunteers.${n === 'helpTypeIds' ? 'helpTypes' : n}`)]));
  return { ...labels, districtId: t('volunteers.district'), consent: t('volunteers.consent'), monthlyAssignmentLimit: t('volunteers.monthlyLimit'), appliedOn: t('volunteers.appliedOn'), latitude: t('geo.latitude'), longitude: t('geo.longitude') };
}

/** The fields the public form and staff entry share: who, where, what and when. */
// On the public form (`publicForm`), the 圏域 may be 「わからない」 and found from the address.
export function VolunteerFields({ page, form, choices, withCoordinates = false, publicForm = null }: { page: PageContext; form: FormState; choices: VolunteerChoices; withCoordinates?: boolean; publicForm?: { districtNote: DistrictNote | null } | null }) {
  const { t } = page;
  const labels = volunteerLabels(page);
  const districtOptions = choices.areas.flatMap((area) => area.districts.map((d) => ({ value: d.id, label: `${area.name}・${d.name}` })));
  return (
    <>
      <TextField page={page} form={form} name="name" label={labels.name!} required maxLength={100} autocomplete="name" />
      <TextField page={page} form={form} name="nameReading" label={labels.nameReading!} required maxLength={100} />
      <SelectField page={page} form={form} name="ageBand" label={labels.ageBand!} required options={[{ value: '', label: '' }, ...ageBands.map((b) => ({ value: b, label: t(`volunteers.ageBand.${b}`) }))]} />
      <TextField page={page} form={form} name="phone" label={labels.phone!} type="tel" autocomplete="tel" hint={t('volunteers.contactHint')} />
      <TextField page={page} form={form} name="email" label={labels.email!} type="email" autocomplete="email" />
      <TextField page={page} form={form} name="postalCode" label={labels.postalCode!} autocomplete="postal-code" inputMode="numeric" maxLength={10} />
      <TextField page={page} form={form} name="address" label={labels.address!} autocomplete="street-address" maxLength={200} hint={publicForm ? t('volunteers.addressFindsDistrict') : undefined} />
      {withCoordinates ? <CoordinateFields page={page} form={form} /> : null}
      {publicForm ? (
        <DistrictChoiceField page={page} form={form} name="districtId" label={labels.districtId!} areas={choices.areas} note={publicForm.districtNote} />
      ) : (
        <SelectField page={page} form={form} name="districtId" label={labels.districtId!} required hint={t('volunteers.districtHint')} options={[{ value: '', label: '' }, ...districtOptions]} />
      )}
      <CheckboxGroup page={page} form={form} name="helpTypeIds" label={labels.helpTypeIds!} options={choices.helpTypes.map((h) => ({ value: h.id, label: h.name }))} />
      <AvailabilityGrid page={page} form={form} />
      <SelectField page={page} form={form} name="travelRange" label={labels.travelRange!} required options={travelRanges.map((r) => ({ value: r, label: t(`volunteers.travelRange.${r}`) }))} />
      <CheckboxGroup page={page} form={form} name="travelMeans" label={labels.travelMeans!} options={travelMeans.map((m) => ({ value: m, label: t(`volunteers.travelMeans.${m}`) }))} />
      <TextArea page={page} form={form} name="notes" label={labels.notes!} hint={t('volunteers.notesHint')} maxLength={1000} rows={3} />
    </>
  );
}

/** 曜日 × 午前/午後/夜 as a table of checkboxes, each labelled with its day and time for screen readers. */
function AvailabilityGrid({ page, form }: { page: PageContext; form: FormState }) {
  const { t } = page;
  const checked = new Set((form.values.availability ?? '').split('\n'));
  return (
    <fieldset class="field availability" id="field-availability">
      <legend>{t('volunteers.availability')}</legend>
      <p class="field-hint">{t('volunteers.availabilityHint')}</p>
      <table class="availability-grid">
        <thead>
          <tr>
            <th scope="col">{t('volunteers.weekday')}</th>
            {timeSlots.map((s) => (
              <th scope="col">{t(`volunteers.slot.${s}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekdaysMondayFirst.map((day) => (
            <tr>
              <th scope="row">{t(`volunteers.weekday.${day}`)}</th>
              {timeSlots.map((slot) => {
                const key = slotKey(day, slot);
                return (
                  <td>
                    <input type="checkbox" id={`field-availability-${key.replace(':', '-')}`} name="availability" value={key} checked={checked.has(key)} />
                    <label for={`field-availability-${key.replace(':', '-')}`} class="visually-hidden">
                      {`${t(`volunteers.weekday.${day}`)} ${t(`volunteers.slot.${slot}`)}`}
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
