import { SelectField, type FormState } from '../../../platform/layout/form-fields.tsx';
import type { PageContext } from '../../../platform/layout/page-context.ts';
import type { AreaWithDistricts } from '../service.ts';
import { unknownDistrict, type DistrictSuggestion } from '../towns/service.ts';

/** What 「住所から圏域を探す」 found, shown beside the choice. */
export type DistrictNote = { kind: 'found'; area: string; district: string } | { kind: 'none' };

/**
 * The 圏域 choice of a public form: every district, 「わからない（社協で振り分けます）」,
 * and a button that picks the district from the address typed above it.
 * The button is a plain submit, so it works without JavaScript.
 */
export function DistrictChoiceField({ page, form, name, label, areas, note }: { page: PageContext; form: FormState; name: string; label: string; areas: AreaWithDistricts[]; note?: DistrictNote | null }) {
  const { t } = page;
  const options = [
    { value: '', label: '' },
    { value: unknownDistrict, label: t('areas.unknownDistrict') },
    ...areas.flatMap((area) => area.districts.map((d) => ({ value: d.id, label: `${area.name}・${d.name}` }))),
  ];
  return (
    <>
      <p class="field">
        <button type="submit" name="intent" value="suggest" formnovalidate class="button button--secondary">
          {t('areas.suggestFromAddress')}
        </button>
      </p>
      {note ? (
        <p class="notice" role="status">
          {note.kind === 'found' ? t('areas.suggested', { area: note.area, district: note.district }) : t('areas.notSuggested')}
        </p>
      ) : null}
      <SelectField page={page} form={form} name={name} label={label} required options={options} />
    </>
  );
}

/** The form values after 「住所から圏域を探す」: the district chosen, or 「わからない」 when none was found. */
export function withSuggestedDistrict(values: FormState['values'], name: string, districtId: string | null): FormState['values'] {
  return { ...values, [name]: districtId ?? unknownDistrict };
}

/** The note for what the address search found. */
export function districtNoteFor(suggestion: DistrictSuggestion | null): DistrictNote {
  return suggestion ? { kind: 'found', area: suggestion.area.name, district: suggestion.district.name } : { kind: 'none' };
}
