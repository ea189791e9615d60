import { CsrfField, ErrorSummary, SelectField, TextArea, TextField, type FormState } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaRow } from '../service.ts';
import { tierLabel } from './TierBadge.tsx';

type Props = { page: PageContext; form: FormState; action: string; parents: AreaRow[]; canMove: boolean };

/** The area form, used to add and to edit. */
export function AreaForm({ page, form, action, parents, canMove }: Props) {
  const { t } = page;
  const labels = {
    tier: t('coordinators.tier'),
    parentId: t('areas.parentId'),
    name: t('areas.name'),
    nameReading: t('areas.nameReading'),
    description: t('areas.description'),
    sortOrder: t('areas.sortOrder'),
  };
  return (
    <form method="post" action={action} class="stacked" novalidate>
      <CsrfField page={page} />
      <ErrorSummary page={page} form={form} labels={labels} />
      <TextField page={page} form={form} name="name" label={labels.name} required maxLength={100} />
      <TextField page={page} form={form} name="nameReading" label={labels.nameReading} maxLength={100} />
      {canMove ? (
        <>
          <SelectField
            page={page}
            form={form}
            name="tier"
            label={labels.tier}
            required
            options={[1, 2, 3].map((tier) => ({ value: String(tier), label: tierLabel(page, tier) }))}
          />
          <SelectField
            page={page}
            form={form}
            name="parentId"
            label={labels.parentId}
            options={[{ value: '', label: t('areas.none') }, ...parents.map((p) => ({ value: p.id, label: `${p.name}（${tierLabel(page, p.tier)}）` }))]}
          />
        </>
      ) : (
        <>
          <input type="hidden" name="tier" value={form.values.tier ?? ''} />
          <input type="hidden" name="parentId" value={form.values.parentId ?? ''} />
        </>
      )}
      <TextArea page={page} form={form} name="description" label={labels.description} maxLength={2000} />
      <TextField page={page} form={form} name="sortOrder" label={labels.sortOrder} type="number" inputMode="numeric" />
      <div class="actions">
        <button type="submit">{t('form.save')}</button>
        <a href="/staff/areas">{t('form.cancel')}</a>
      </div>
    </form>
  );
}

/** Form values of an existing area. */
export function areaFormValues(area: AreaRow): Record<string, string> {
  return {
    name: area.name,
    nameReading: area.nameReading,
    tier: String(area.tier),
    parentId: area.parentId ?? '',
    description: area.description,
    sortOrder: String(area.sortOrder),
  };
}
