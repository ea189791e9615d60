import { Invalid } from '../../platform/errors/app-error.ts';
import { messagesJa } from '../../platform/i18n/messages-ja.ts';
import type { AreaWithDistricts } from '../areas/service.ts';
import type { ListedResourceRow, NeedCategoryRow, NewResourceRow, ProviderRow } from './repository.ts';
import { scheduleWeekdays } from './schedule-text.ts';
import { buildNameGrams, buildSearchKeys, buildSearchText } from './search-text.ts';
import type { ResourceInput } from './validation.ts';

/** What composing a listing row needs to know about the tenant, read once (once per import, too). */
export type ListingLookups = { categories: NeedCategoryRow[]; areas: AreaWithDistricts[] };

/**
 * The stored row of a listing: its fields plus what is derived from them
 * (weekdays for the filter, the normalised search text, its grams and the filter keys). Refuses
 * categories, areas and districts that are not the tenant's.
 */
export function composeListingRow(input: ResourceInput, lookups: ListingLookups, providerId: string | null, now: Date): NewResourceRow {
  const { needCategoryIds, providerName, providerType: _type, ...fields } = input;
  const categories = lookups.categories.filter((c) => needCategoryIds.includes(c.id));
  if (categories.length !== new Set(needCategoryIds).size) throw new Invalid([{ path: 'needCategoryIds', message: 'validation.choice' }]);
  const area = input.areaId ? lookups.areas.find((a) => a.id === input.areaId) : undefined;
  if (input.areaId && !area) throw new Invalid([{ path: 'areaId', message: 'validation.choice' }]);
  const district = input.districtId ? lookups.areas.flatMap((a) => a.districts).find((d) => d.id === input.districtId) : undefined;
  if (input.districtId && (!district || (area && district.areaId !== area.id))) throw new Invalid([{ path: 'districtId', message: 'validation.choice' }]);
  const searchText = buildSearchText({
    name: input.name,
    nameReading: input.nameReading,
    rest: [
      input.description,
      providerName,
      input.target,
      input.costText,
      input.placeName,
      input.address,
      input.building,
      input.statusNotice,
      area?.name ?? '',
      district?.name ?? '',
      ...categories.map((c) => `${c.name} ${c.nameReading}`),
      // A resident types 車いす or 授乳室, not a filter: the features' words are searched too.
      ...input.attributes.map((code) => messagesJa[`resources.attribute.${code}`]),
    ],
  });
  const weekdays = scheduleWeekdays(input.schedule);
  const uniqueCategoryIds = [...new Set(needCategoryIds)];
  return {
    ...fields,
    providerId,
    costYen: input.costKind === 'yen' ? input.costYen : null,
    weekdays,
    needCategoryIds: uniqueCategoryIds,
    searchText,
    searchKeys: buildSearchKeys(searchText, { ...input, needCategoryIds: uniqueCategoryIds, weekdays }),
    nameGrams: buildNameGrams(searchText),
    updatedAt: now,
  };
}

/** A listing as the history keeps it: without the search columns, which are derived and large. */
export function auditedListing<T extends Partial<NewResourceRow>>(row: T): Omit<T, 'searchText' | 'searchKeys' | 'nameGrams'> {
  const { searchText: _text, searchKeys: _keys, nameGrams: _names, ...rest } = row;
  return rest;
}

/** A stored listing as the form would send it back: what a change to a few fields starts from. */
export function listingInput(r: ListedResourceRow & { provider: ProviderRow | null }): ResourceInput {
  return {
    name: r.name, nameReading: r.nameReading, description: r.description, providerName: r.provider?.name ?? '',
    providerType: (r.provider?.providerType ?? 'resident_group') as ResourceInput['providerType'], needCategoryIds: r.needCategoryIds,
    target: r.target, costKind: r.costKind as ResourceInput['costKind'], costYen: r.costYen, costText: r.costText, schedule: r.schedule,
    placeName: r.placeName, postalCode: r.postalCode, address: r.address, building: r.building, latitude: r.latitude, longitude: r.longitude,
    areaId: r.areaId, districtId: r.districtId, phone: r.phone, fax: r.fax, email: r.email, url: r.url,
    attributes: r.attributes as ResourceInput['attributes'], status: r.status as ResourceInput['status'], statusNotice: r.statusNotice,
    staffNote: r.staffNote, isPublished: r.isPublished, confirmedOn: r.confirmedOn,
  };
}
