import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { CoordinatorRow } from '../../coordinators/service.ts';
import type { CoordinatorActivityRow } from '../service.ts';
import { activityTypes } from '../vocabulary.ts';

type Props = {
  page: PageContext;
  activity: CoordinatorActivityRow | null;
  form: FormState;
  /** Coordinators an admin may record for; empty for a coordinator, who records their own. */
  coordinators: CoordinatorRow[];
  areas: AreaRow[];
};

/** The form values of a saved entry, for editing it. */
export function activityFormValues(a: CoordinatorActivityRow): Record<string, string> {
  return {
    activityOn: a.activityOn,
    types: a.types.join('\n'),
    coordinatorId: a.coordinatorId,
    areaId: a.areaId,
    counterpart: a.counterpart,
    hours: a.minutes === null ? '' : String(Math.floor(a.minutes / 60)),
    minutes: a.minutes === null ? '' : String(a.minutes % 60),
    notes: a.notes,
  };
}

/** Record or correct one activity; works without JavaScript and keeps what was typed when refused. */
export function ActivityEditPage({ page, activity, form, coordinators, areas }: Props) {
  const { t } = page;
  const title = activity ? t('coordinatorActivities.edit') : t('coordinatorActivities.new');
  const labels: Record<string, string> = {
    activityOn: t('coordinatorActivities.activityOn'),
    types: t('coordinatorActivities.types'),
    coordinatorId: t('coordinatorActivities.coordinator'),
    areaId: t('coordinatorActivities.area'),
    counterpart: t('coordinatorActivities.counterpart'),
    hours: `${t('coordinatorActivities.duration')}（${t('coordinatorActivities.hours')}）`,
    minutes: `${t('coordinatorActivities.duration')}（${t('coordinatorActivities.minutes')}）`,
    notes: t('coordinatorActivities.notes'),
  };
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <form method="post" action={activity ? `/staff/coordinator-activities/${activity.id}` : '/staff/coordinator-activities'} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="activityOn" label={labels.activityOn!} type="date" required />
        <CheckboxGroup page={page} form={form} name="types" label={`${labels.types}（${t('coordinatorActivities.typesHint')}）`} options={activityTypes.map((type) => ({ value: type, label: t(`coordinatorActivities.type.${type}`) }))} />
        {coordinators.length ? (
          <SelectField page={page} form={form} name="coordinatorId" label={labels.coordinatorId!} required options={[{ value: '', label: t('coordinatorActivities.choose') }, ...coordinators.map((c) => ({ value: c.id, label: c.name }))]} />
        ) : null}
        <SelectField page={page} form={form} name="areaId" label={labels.areaId!} hint={t('coordinatorActivities.areaHint')} options={[{ value: '', label: t('coordinatorActivities.areaOwn') }, ...areas.map((a) => ({ value: a.id, label: a.name }))]} />
        <TextField page={page} form={form} name="counterpart" label={labels.counterpart!} hint={t('coordinatorActivities.counterpartHint')} maxLength={200} />
        <TextField page={page} form={form} name="hours" label={labels.hours!} type="number" inputMode="numeric" />
        <TextField page={page} form={form} name="minutes" label={labels.minutes!} type="number" inputMode="numeric" />
        <TextArea page={page} form={form} name="notes" label={labels.notes!} rows={5} maxLength={2000} />
        <div class="actions">
          <button type="submit">{t('form.save')}</button>
          <a href="/staff/coordinator-activities">{t('form.cancel')}</a>
          {activity ? <a href={`/staff/coordinator-activities/${activity.id}/delete`}>{t('coordinatorActivities.delete')}</a> : null}
        </div>
      </form>
    </Layout>
  );
}
