// A file row checked as the listing form would check it. applyImport plans
// the file the preview planned, from the same cached parse (parse-cache.ts):
// each row's check is kept with the row (about half a second for 10,000
// rows) for as long as the tenant's 困りごと and places stay the same.
import type * as areasService from '../../areas/service.ts';
import type { NeedCategoryRow } from '../repository.ts';
import { resourceInput } from '../validation.ts';
import type { ImportedResource, ImportProblem } from './imported-resource.ts';
import type { ParsedImport } from './parse-import.ts';

type ParsedRow = ParsedImport['rows'][number];
type Area = areasService.AreaWithDistricts;
export type RowPlaces = { areas: Area[]; districts: Area['districts']; categories: NeedCategoryRow[]; key: string };
/** Read-only: the same problems list is handed to every plan of the row. */
export type RowCheck = { problems: readonly ImportProblem[]; checked: ReturnType<typeof resourceInput.safeParse> };

/** What a row's check depends on besides the row: the tenant's 困りごと and places, with a key that changes when they do. */
export function rowPlaces(categories: NeedCategoryRow[], areas: Area[]): RowPlaces {
  const key = JSON.stringify([categories.map((c) => [c.id, c.name]), areas.map((a) => [a.id, a.name, a.districts.map((d) => [d.id, d.name, d.areaId])])]);
  return { areas, districts: areas.flatMap((a) => a.districts), categories, key };
}

const checkedRows = new WeakMap<ParsedRow, RowCheck & { key: string }>();

/** The row as a listing input, checked as a form would be, with warnings for places the tenant does not have. */
export function checkRow(row: ParsedRow, imported: ImportedResource, places: RowPlaces): RowCheck {
  const kept = checkedRows.get(row);
  if (kept?.key === places.key) return kept;
  const problems = [...row.problems];
  const area = places.areas.find((a) => a.name === imported.areaName);
  const district = places.districts.find((d) => d.name === imported.districtName && (!area || d.areaId === area.id));
  if (imported.areaName && !area) problems.push({ field: 'areaName', messageKey: 'import.unknownArea', severity: 'warning', params: { value: imported.areaName } });
  if (imported.districtName && !district) problems.push({ field: 'districtName', messageKey: 'import.unknownDistrict', severity: 'warning', params: { value: imported.districtName } });
  const checked = resourceInput.safeParse({
    name: imported.name,
    nameReading: imported.nameReading,
    description: imported.description,
    providerName: imported.providerName,
    providerType: imported.providerType ?? 'resident_group',
    needCategoryIds: places.categories.filter((c) => imported.needCategoryNames.includes(c.name)).map((c) => c.id),
    target: imported.target,
    costKind: imported.cost.kind,
    costYen: imported.cost.yen,
    costText: imported.cost.text,
    schedule: imported.schedule,
    postalCode: imported.postalCode,
    address: imported.address,
    building: imported.building,
    latitude: imported.latitude,
    longitude: imported.longitude,
    areaId: district?.areaId ?? area?.id ?? null,
    districtId: district?.id ?? null,
    phone: imported.phone,
    fax: imported.fax,
    email: imported.email,
    url: imported.url,
    attributes: imported.attributes,
    status: imported.status,
    statusNotice: imported.statusNotice,
    staffNote: [imported.notes, imported.extraNotes].filter(Boolean).join('\n'),
    isPublished: imported.isPublished ?? false,
    confirmedOn: imported.confirmedOn ?? '',
  });
  checkedRows.set(row, { key: places.key, problems, checked });
  return { problems, checked };
}
