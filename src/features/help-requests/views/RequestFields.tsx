import { CheckboxGroup, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { CoordinateFields } from '../../../platform/layout/CoordinateFields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaWithDistricts } from '../../areas/service.ts';
import type { HelpTypeRow } from '../../volunteers/service.ts';
import { timeSlots, weekdaysMondayFirst } from '../../volunteers/vocabulary.ts';
import { frequencies, households, referrerTypes, urgencies } from '../vocabulary.ts';

export type RequestChoices = { areas: AreaWithDistricts[]; helpTypes: HelpTypeRow[] };

const fieldLabelKeys: Record<string, string> = {
  residentName: 'helpRequests.residentName',
  residentReading: 'helpRequests.residentReading',
  residentPhone: 'helpRequests.residentPhone',
  residentPostalCode: 'helpRequests.residentPostalCode',
  residentAddress: 'helpRequests.residentAddress',
  residentLatitude: 'geo.latitude',
  residentLongitude: 'geo.longitude',
  residentDistrictId: 'helpRequests.district',
  household: 'helpRequests.household',
  situationNotes: 'helpRequests.situationNotes',
  referrerType: 'helpRequests.referrerType',
  referrerName: 'helpRequests.referrerName',
  referrerPhone: 'helpRequests.referrerPhone',
  helpTypeId: 'helpRequests.helpType',
  description: 'helpRequests.description',
  preferredOn: 'helpRequests.preferredOn',
  timeSlot: 'helpRequests.timeSlot',
  frequency: 'helpRequests.frequency',
  recurringWeekdays: 'helpRequests.recurringWeekdays',
  urgency: 'helpRequests.urgency',
  meetingPoint: 'helpRequests.meetingPoint',
  consent: 'helpRequests.consent',
  toStatus: 'helpRequests.toStatus',
  onDate: 'helpRequests.onDate',
  unmetReason: 'helpRequests.unmetReason',
};

/** Field labels by name, for error summaries. */
export function requestLabels(page: PageContext): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldLabelKeys).map(([name, key]) => [name, page.t(key)]));
}

export function districtOptions(areas: AreaWithDistricts[]) {
  return [{ value: '', label: '' }, ...areas.flatMap((area) => area.districts.map((d) => ({ value: d.id, label: `${area.name}・${d.name}` })))];
}

export function helpTypeOptions(helpTypes: HelpTypeRow[]) {
  return [{ value: '', label: '' }, ...helpTypes.map((h) => ({ value: h.id, label: h.name }))];
}

/** A new resident's details, typed while on the phone. */
export function ResidentFields({ page, form, choices }: { page: PageContext; form: FormState; choices: RequestChoices }) {
  const { t } = page;
  const l = requestLabels(page);
  return (
    <fieldset class="field">
      <legend>{t('helpRequests.residentSection')}</legend>
      <TextField page={page} form={form} name="residentName" label={l.residentName!} required maxLength={100} autocomplete="off" />
      <TextField page={page} form={form} name="residentReading" label={l.residentReading!} maxLength={100} autocomplete="off" />
      <TextField page={page} form={form} name="residentPhone" label={l.residentPhone!} type="tel" autocomplete="off" />
      <SelectField page={page} form={form} name="residentDistrictId" label={l.residentDistrictId!} required options={districtOptions(choices.areas)} />
      <TextField page={page} form={form} name="residentPostalCode" label={l.residentPostalCode!} inputMode="numeric" maxLength={10} autocomplete="off" />
      <TextField page={page} form={form} name="residentAddress" label={l.residentAddress!} maxLength={200} autocomplete="off" />
      <CoordinateFields page={page} form={form} names={{ latitude: 'residentLatitude', longitude: 'residentLongitude' }} />
      <SelectField page={page} form={form} name="household" label={l.household!} options={[{ value: '', label: '' }, ...households.map((h) => ({ value: h, label: t(`helpRequests.household.${h}`) }))]} />
      <TextArea page={page} form={form} name="situationNotes" label={l.situationNotes!} rows={3} maxLength={2000} hint={t('helpRequests.situationHint')} />
    </fieldset>
  );
}

/** Who called, what help, when, how urgent. */
export function RequestDetailFields({ page, form, choices }: { page: PageContext; form: FormState; choices: RequestChoices }) {
  const { t } = page;
  const l = requestLabels(page);
  return (
    <fieldset class="field">
      <legend>{t('helpRequests.requestSection')}</legend>
      <SelectField page={page} form={form} name="referrerType" label={l.referrerType!} required options={referrerTypes.map((r) => ({ value: r, label: t(`helpRequests.referrer.${r}`) }))} />
      <TextField page={page} form={form} name="referrerName" label={l.referrerName!} maxLength={100} autocomplete="off" hint={t('helpRequests.referrerHint')} />
      <TextField page={page} form={form} name="referrerPhone" label={l.referrerPhone!} type="tel" autocomplete="off" />
      <SelectField page={page} form={form} name="helpTypeId" label={l.helpTypeId!} required options={helpTypeOptions(choices.helpTypes)} />
      <TextArea page={page} form={form} name="description" label={l.description!} rows={3} maxLength={2000} />
      <SelectField page={page} form={form} name="frequency" label={l.frequency!} required options={frequencies.map((f) => ({ value: f, label: t(`helpRequests.frequency.${f}`) }))} />
      <TextField page={page} form={form} name="preferredOn" label={l.preferredOn!} type="date" />
      <CheckboxGroup page={page} form={form} name="recurringWeekdays" label={l.recurringWeekdays!} options={weekdaysMondayFirst.map((d) => ({ value: String(d), label: t(`volunteers.weekday.${d}`) }))} />
      <SelectField page={page} form={form} name="timeSlot" label={l.timeSlot!} options={[{ value: '', label: t('helpRequests.anyTime') }, ...timeSlots.map((s) => ({ value: s, label: t(`volunteers.slot.${s}`) }))]} />
      <SelectField page={page} form={form} name="urgency" label={l.urgency!} required options={urgencies.map((u) => ({ value: u, label: t(`helpRequests.urgency.${u}`) }))} />
      <TextField page={page} form={form} name="meetingPoint" label={l.meetingPoint!} maxLength={200} hint={t('helpRequests.meetingPointHint')} />
    </fieldset>
  );
}
