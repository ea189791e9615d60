import { CheckboxField, CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaWithDistricts } from '../../areas/service.ts';
import { scheduleRuleSlots } from '../form-input.ts';
import type { NeedCategoryRow } from '../service.ts';
import { costKinds, providerTypes, resourceAttributes, resourceStatuses } from '../vocabulary.ts';

type Props = { page: PageContext; form: FormState; action: string; categories: NeedCategoryRow[]; areas: AreaWithDistricts[] };

const weekdayOptions = (page: PageContext) => [1, 2, 3, 4, 5, 6, 0].map((w) => ({ value: String(w), label: page.t(`resources.weekday.${w}`) }));

/** The listing form: plain fields, no script needed; schedule as up to three repeating rules. */
export function ResourceForm({ page, form, action, categories, areas }: Props) {
  const { t } = page;
  const f = (name: string) => t(`resources.field.${name}`);
  const labels: Record<string, string> = Object.fromEntries(
    ['name', 'nameReading', 'description', 'providerName', 'providerType', 'target', 'costKind', 'costYen', 'costText', 'placeName', 'postalCode', 'address', 'building', 'latitude', 'longitude', 'phone', 'fax', 'email', 'url', 'attributes', 'status', 'statusNotice', 'confirmedOn'].map((n) => [n, f(n)]),
  );
  labels.needCategoryIds = t('resources.category');
  labels.areaId = t('resources.area');
  labels.districtId = t('resources.district');
  const none = { value: '', label: t('resources.anyValue') };
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: t('resources.schedule.month', { n: i + 1 }) }));
  return (
    <form method="post" action={action} class="stacked" novalidate>
      <CsrfField page={page} />
      <ErrorSummary page={page} form={form} labels={labels} />
      <TextField page={page} form={form} name="name" label={labels.name!} required maxLength={200} />
      <TextField page={page} form={form} name="nameReading" label={labels.nameReading!} maxLength={200} />
      <TextArea page={page} form={form} name="description" label={labels.description!} maxLength={4000} />
      <CheckboxGroup page={page} form={form} name="needCategoryIds" label={labels.needCategoryIds} options={categories.map((c) => ({ value: c.id, label: c.name }))} />
      <TextField page={page} form={form} name="providerName" label={labels.providerName!} maxLength={200} />
      <SelectField page={page} form={form} name="providerType" label={labels.providerType!} options={providerTypes.map((p) => ({ value: p, label: t(`resources.providerType.${p}`) }))} />
      <TextField page={page} form={form} name="target" label={labels.target!} maxLength={500} />
      <SelectField page={page} form={form} name="costKind" label={labels.costKind!} options={costKinds.map((k) => ({ value: k, label: t(`resources.costKind.${k}`) }))} />
      <TextField page={page} form={form} name="costYen" label={labels.costYen!} type="number" inputMode="numeric" />
      <TextField page={page} form={form} name="costText" label={labels.costText!} maxLength={200} />
      <fieldset class="field">
        <legend>{t('resources.schedule')}</legend>
        {Array.from({ length: scheduleRuleSlots }, (_, i) => {
          const p = `schedule.rules.${i}.`;
          return (
            <div class="schedule-rule">
              <h3>{t('resources.schedule.rule', { n: i + 1 })}</h3>
              <SelectField page={page} form={form} name={`${p}kind`} label={t('resources.schedule.kind')} options={['', 'weekly', 'monthly', 'irregular'].map((k) => ({ value: k, label: t(`resources.schedule.kind.${k || 'none'}`) }))} />
              <CheckboxGroup page={page} form={form} name={`${p}weekdays`} label={t('resources.schedule.weekdays')} options={weekdayOptions(page)} />
              <CheckboxGroup page={page} form={form} name={`${p}weeksOfMonth`} label={t('resources.schedule.weeksOfMonth')} options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('resources.schedule.week', { n }) }))} />
              <SelectField page={page} form={form} name={`${p}weekday`} label={t('resources.schedule.weekday')} options={[none, ...weekdayOptions(page)]} />
              <TextField page={page} form={form} name={`${p}startTime`} label={t('resources.schedule.startTime')} maxLength={5} />
              <TextField page={page} form={form} name={`${p}endTime`} label={t('resources.schedule.endTime')} maxLength={5} />
              <TextField page={page} form={form} name={`${p}note`} label={t('resources.schedule.note')} maxLength={200} />
            </div>
          );
        })}
        <SelectField page={page} form={form} name="schedule.season.fromMonth" label={t('resources.schedule.seasonFrom')} options={[none, ...months]} />
        <SelectField page={page} form={form} name="schedule.season.toMonth" label={t('resources.schedule.seasonTo')} options={[none, ...months]} />
        <TextField page={page} form={form} name="schedule.note" label={t('resources.schedule.generalNote')} maxLength={200} />
      </fieldset>
      <TextField page={page} form={form} name="placeName" label={labels.placeName!} maxLength={200} />
      <TextField page={page} form={form} name="postalCode" label={labels.postalCode!} maxLength={10} />
      <TextField page={page} form={form} name="address" label={labels.address!} maxLength={300} />
      <TextField page={page} form={form} name="building" label={labels.building!} maxLength={200} />
      <TextField page={page} form={form} name="latitude" label={labels.latitude!} maxLength={20} />
      <TextField page={page} form={form} name="longitude" label={labels.longitude!} maxLength={20} />
      <SelectField page={page} form={form} name="areaId" label={labels.areaId!} options={[none, ...areas.map((a) => ({ value: a.id, label: a.name }))]} />
      <SelectField page={page} form={form} name="districtId" label={labels.districtId!} options={[none, ...areas.flatMap((a) => a.districts.map((d) => ({ value: d.id, label: `${a.name} ${d.name}` })))]} />
      <TextField page={page} form={form} name="phone" label={labels.phone!} type="tel" />
      <TextField page={page} form={form} name="fax" label={labels.fax!} type="tel" />
      <TextField page={page} form={form} name="email" label={labels.email!} type="email" />
      <TextField page={page} form={form} name="url" label={labels.url!} maxLength={500} />
      <CheckboxGroup page={page} form={form} name="attributes" label={labels.attributes!} options={resourceAttributes.map((a) => ({ value: a, label: t(`resources.attribute.${a}`) }))} />
      <SelectField page={page} form={form} name="status" label={labels.status!} options={resourceStatuses.map((s) => ({ value: s, label: t(`resources.status.${s}`) }))} />
      <TextField page={page} form={form} name="statusNotice" label={labels.statusNotice!} maxLength={100} />
      <TextField page={page} form={form} name="confirmedOn" label={labels.confirmedOn!} type="date" />
      <TextArea page={page} form={form} name="staffNote" label={t('resources.field.staffNote')} maxLength={10000} />
      <CheckboxField page={page} form={form} name="isPublished" label={t('resources.isPublished')} />
      <div class="actions">
        <button type="submit">{t('form.save')}</button>
        <a href="/staff/resources">{t('form.cancel')}</a>
      </div>
    </form>
  );
}
