import { excelCsv, type ExcelEncoding } from '../../platform/csv/excel-csv.ts';
import { translator, type Locale, type Translate } from '../../platform/i18n/i18n.ts';
import { formatWarekiDate } from '../../platform/wareki/wareki.ts';
import type { VolunteerRow } from './repository.ts';
import { insuranceState } from './volunteer-rules.ts';

export type VolunteerCsvNames = { districts: Map<string, string>; helpTypes: Map<string, string> };

/** The insurance as the list shows it: 未加入, or valid / expiring / expired up to a date. */
function insuranceText(t: Translate, locale: Locale, enrolledOn: string | null, now: Date): string {
  const insurance = insuranceState(enrolledOn, now);
  return insurance.state === 'none' ? t('volunteers.insurance.none') : t(`volunteers.insurance.${insurance.state}`, { date: formatWarekiDate(insurance.expiresOn, { locale }) });
}

export type CsvOptions = { locale: Locale; now: Date; encoding: ExcelEncoding };

/** Volunteers as a CSV that Excel opens: contact details, district, what they can do, status and insurance. */
export function volunteersCsv(rows: VolunteerRow[], names: VolunteerCsvNames, { locale, now, encoding }: CsvOptions): Buffer {
  const t = translator(locale);
  const header = ['volunteers.csv.name', 'volunteers.nameReading', 'volunteers.ageBand', 'volunteers.phone', 'volunteers.email', 'volunteers.postalCode', 'volunteers.address', 'volunteers.csv.district', 'volunteers.helpTypes', 'volunteers.status', 'volunteers.csv.statusSince', 'volunteers.insurance', 'volunteers.insuranceEnrolledOn'].map((key) => t(key));
  const body = rows.map((v) => [
    v.name,
    v.nameReading,
    t(`volunteers.ageBand.${v.ageBand}`),
    v.phone,
    v.email,
    v.postalCode,
    v.address,
    (v.districtId && names.districts.get(v.districtId)) || '',
    v.helpTypeIds.map((id) => names.helpTypes.get(id) ?? '').filter(Boolean).join('、'),
    t(`volunteers.status.${v.status}`),
    formatWarekiDate(v.statusSince, { locale }),
    insuranceText(t, locale, v.insuranceEnrolledOn, now),
    v.insuranceEnrolledOn ? formatWarekiDate(v.insuranceEnrolledOn, { locale }) : '',
  ]);
  return excelCsv([header, ...body], encoding);
}
