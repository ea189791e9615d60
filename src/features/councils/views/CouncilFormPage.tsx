import { CheckboxField, CheckboxGroup, CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import { Layout } from '../../../platform/layout/Layout.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow } from '../../areas/service.ts';
import type { CouncilRow, CouncilTermRow } from '../service.ts';

type Props = { page: PageContext; council: CouncilRow | null; form: FormState; kinds: CouncilTermRow[]; areas: AreaRow[] };

export function councilFormValues(council: CouncilRow): Record<string, string> {
  return {
    name: council.name,
    kindId: council.kindId,
    areaId: council.areaId,
    tiers: council.tiers.join('\n'),
    secretariat: council.secretariat,
    description: council.description,
    meetingsPublic: council.meetingsPublic ? 'on' : '',
    minutesPublic: council.minutesPublic ? 'on' : '',
  };
}

/** New or changed council: its kind, the area it serves, the secretariat and what the public may see. */
export function CouncilFormPage({ page, council, form, kinds, areas }: Props) {
  const { t } = page;
  const title = council ? t('councils.editTitle', { name: council.name }) : t('councils.new');
  const labels = {
    name: t('councils.name'),
    kindId: t('councils.kind'),
    areaId: t('councils.area'),
    tiers: t('councils.tiers'),
    secretariat: t('councils.secretariat'),
    description: t('councils.description'),
    minutesPublic: t('councils.minutesPublic'),
  };
  return (
    <Layout page={page} title={title} staff>
      <h1>{title}</h1>
      <form method="post" action={council ? `/staff/councils/${council.id}` : '/staff/councils'} class="stacked" novalidate>
        <CsrfField page={page} />
        <ErrorSummary page={page} form={form} labels={labels} />
        <TextField page={page} form={form} name="name" label={labels.name} required maxLength={100} />
        <SelectField page={page} form={form} name="kindId" label={labels.kindId} required options={kinds.filter((k) => !k.archivedAt || k.id === form.values.kindId).map((k) => ({ value: k.id, label: k.name }))} />
        <SelectField page={page} form={form} name="areaId" label={labels.areaId} required options={[{ value: '', label: t('councils.choose') }, ...areas.map((a) => ({ value: a.id, label: `${a.name}（${t(`councils.tier.${a.tier}`)}）` }))]} />
        <CheckboxGroup page={page} form={form} name="tiers" label={labels.tiers} hint={t('councils.tiersHint')} options={[{ value: '1', label: t('councils.tier.1') }, { value: '2', label: t('councils.tier.2') }]} />
        <TextField page={page} form={form} name="secretariat" label={labels.secretariat} maxLength={200} hint={t('councils.secretariatHint')} />
        <TextArea page={page} form={form} name="description" label={labels.description} maxLength={2000} />
        <CheckboxField page={page} form={form} name="meetingsPublic" label={t('councils.meetingsPublic')} />
        <CheckboxField page={page} form={form} name="minutesPublic" label={labels.minutesPublic} />
        {form.errors.minutesPublic ? null : <p class="field-hint">{t('councils.publicityHint')}</p>}
        <button type="submit">{t('form.save')}</button>
      </form>
    </Layout>
  );
}
