import { TextField, type FormState } from './form-fields.tsx';
import type { PageContext } from './page-context.ts';

/** Optional 緯度・経度 of a home, for distances in matching (checked by platform/geo optionalCoordinates). */
export function CoordinateFields({ page, form, names = { latitude: 'latitude', longitude: 'longitude' } }: { page: PageContext; form: FormState; names?: { latitude: string; longitude: string } }) {
  const { t } = page;
  return (
    <>
      <TextField page={page} form={form} name={names.latitude} label={t('geo.latitude')} maxLength={20} autocomplete="off" />
      <TextField page={page} form={form} name={names.longitude} label={t('geo.longitude')} maxLength={20} autocomplete="off" hint={t('geo.coordinatesHint')} />
    </>
  );
}
