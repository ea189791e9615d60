import { excelCsv, type ExcelEncoding } from '../../platform/csv/excel-csv.ts';
import { translator, type Locale, type Translate } from '../../platform/i18n/i18n.ts';
import { formatWarekiDate } from '../../platform/wareki/wareki.ts';
import type { RequestWithResident } from './repository.ts';

export type RequestCsvNames = { districts: Map<string, string>; helpTypes: Map<string, string> };
export type RequestCsvOptions = { locale: Locale; encoding: ExcelEncoding };

/** Requests with their residents as a CSV that Excel opens: when, who (contact and district), what was asked, where it got to and how it ended. */
export function helpRequestsCsv(rows: RequestWithResident[], names: RequestCsvNames, { locale, encoding }: RequestCsvOptions): Buffer {
  const t = translator(locale);
  const header = [
    'helpRequests.receivedOn', 'helpRequests.csv.residentName', 'helpRequests.residentReading', 'helpRequests.residentPostalCode', 'helpRequests.residentAddress', 'helpRequests.residentPhone',
    'helpRequests.csv.district', 'helpRequests.csv.helpType', 'helpRequests.csv.description', 'helpRequests.urgency', 'helpRequests.status', 'helpRequests.csv.result',
  ].map((key) => t(key));
  const body = rows.map(({ request, resident }) => [
    formatWarekiDate(request.receivedOn, { locale }),
    resident.anonymisedAt ? t('helpRequests.anonymised') : resident.name,
    resident.nameReading,
    resident.postalCode,
    resident.address,
    resident.phone,
    request.districtId ? (names.districts.get(request.districtId) ?? '') : '',
    names.helpTypes.get(request.helpTypeId) ?? '',
    request.description,
    t(`helpRequests.urgency.${request.urgency}`),
    t(`helpRequests.status.${request.status}`),
    resultText(request, t),
  ]);
  return excelCsv([header, ...body], encoding);
}

// 終了 shows how it ended for the resident; 対応できず why it could not be met.
function resultText(request: RequestWithResident['request'], t: Translate): string {
  if (request.status === 'closed' && request.outcome) return t(`helpRequests.outcome.${request.outcome}`);
  if (request.status === 'unmet' && request.unmetReason) return t(`helpRequests.unmetReason.${request.unmetReason}`);
  return '';
}
