// Listings as Open Referral HSDS 3.0 objects (/work/shared/hsds/schema).
// A listing is one HSDS service; its place, when it has one, is the
// service's single service_at_location and location. Objects a listing
// keeps inline get derived UUIDs (hsds-ids.ts). Text fields without a value
// are left out rather than sent empty, except where HSDS requires the field.
import { translator } from '../../../platform/i18n/i18n.ts';
import { costText } from '../listing-text.ts';
import { scheduleToHsds, type HsdsSchedule } from '../schedule-text.ts';
import type { NeedCategoryRow, ProviderRow, ResourceDetail } from '../service.ts';
import type { ResourceStatus } from '../vocabulary.ts';
import { derivedId, locationIdOf, serviceAtLocationIdOf, taxonomyIdOf } from './hsds-ids.ts';
import { splitJapaneseAddress } from './japanese-address.ts';

type Fields = { [field: string]: unknown };
export type HsdsOrganization = Fields & { id: string; name: string; description: string };
export type HsdsService = Fields & { id: string; name: string; status: string };
export type HsdsLocation = Fields & { id: string; location_type: 'physical' };
export type HsdsServiceAtLocation = Fields & { id: string; service_id: string; location_id: string };
export type HsdsTaxonomy = Fields & { id: string; name: string; description: string };
export type HsdsTaxonomyTerm = Fields & { id: string; code: string; name: string; description: string; taxonomy_id: string };
export type HsdsPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

/** The directory speaks Japanese; the HSDS feed says so in `languages`. */
const ja = { t: translator('ja'), locale: 'ja' as const };
const taxonomyName = '困りごと';
const taxonomyDescription = '暮らしの困りごと（買い物、除雪、見守りなど）の分類。地域ごとに定めています。';
const hsdsStatus: Record<ResourceStatus, string> = {
  active: 'active',
  temporarily_closed: 'temporarily closed',
  inactive: 'inactive',
  defunct: 'defunct',
};

/** Drops fields whose value is undefined, null or an empty string. */
function withoutBlanks<T extends Fields>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== null && value !== '')) as T;
}

/** HSDS types url fields as URIs: anything else is left out rather than sent broken. */
function webAddress(url: string): string | undefined {
  return /^https?:\/\/\S+$/.test(url) && URL.canParse(url) ? url : undefined;
}

const attributeLabel = (code: string) => ja.t(`resources.attribute.${code}`);

/** True when a listing has a place; hsds-queries.ts filters by the same rule. */
export function hasPlace(row: Pick<ResourceDetail, 'placeName' | 'address' | 'latitude'>): boolean {
  return row.placeName !== '' || row.address !== '' || row.latitude !== null;
}

/** HSDS last_modified: the later of the listing's and its provider's last change. */
export function lastModified(row: ResourceDetail): Date {
  const provider = row.provider?.updatedAt;
  return provider && provider > row.updatedAt ? provider : row.updatedAt;
}

// ---- organization ----

/**
 * An organization's own fields (organization_list.json). A provider's own
 * phone, email and web address are left out: the public directory does not
 * show them (a 住民主体 group's contact is often someone's home), only each
 * listing's contact, which the service carries.
 */
export function presentOrganizationListItem(provider: ProviderRow): HsdsOrganization {
  return { id: provider.id, name: provider.name, description: provider.description };
}

/** A full organization (compiled/organization.json) with the services given (list items or full services). */
export function presentOrganization(provider: ProviderRow, services: HsdsService[]): HsdsOrganization {
  return { ...presentOrganizationListItem(provider), services };
}

// ---- service ----

function serviceFields(row: ResourceDetail): HsdsService {
  return withoutBlanks({
    id: row.id,
    organization_id: row.provider?.id,
    name: row.name,
    // The reading (ふりがな), which a Japanese directory needs to sort by 五十音 and HSDS has no field for.
    alternate_name: row.nameReading,
    description: row.description,
    url: webAddress(row.url),
    email: row.email,
    status: hsdsStatus[row.status as ResourceStatus] ?? 'inactive',
    application_process: row.attributes.includes('reservation_required') ? attributeLabel('reservation_required') : undefined,
    fees_description: costText(ja, row),
    eligibility_description: row.target,
    assured_date: row.confirmedOn,
    alert: row.statusNotice,
    last_modified: lastModified(row).toISOString(),
  });
}

/** A service as /services lists it (service_list.json): its own fields and its organization's. */
export function presentServiceListItem(row: ResourceDetail, options: { withOrganization?: boolean } = {}): HsdsService {
  const organization = options.withOrganization !== false && row.provider ? { organization: presentOrganizationListItem(row.provider) } : {};
  return { ...serviceFields(row), ...organization };
}

/** A fully nested service (compiled/service.json). `categories` is the tenant's 困りごと list. */
export function presentService(row: ResourceDetail, categories: NeedCategoryRow[]): HsdsService {
  return {
    ...presentServiceListItem(row),
    phones: phonesOf(row),
    schedules: schedulesOf(row),
    service_at_locations: hasPlace(row) ? [serviceAtLocationOf(row)] : [],
    languages: [{ id: derivedId(row.id, 'language', 0), service_id: row.id, name: '日本語', code: 'ja' }],
    cost_options: costOptionsOf(row),
    attributes: needAttributesOf(row, categories),
  };
}

function phonesOf(row: ResourceDetail): Fields[] {
  const phone = row.phone ? [{ id: derivedId(row.id, 'phone', 0), service_id: row.id, number: row.phone, type: 'voice' }] : [];
  const fax = row.fax ? [{ id: derivedId(row.id, 'phone', 1), service_id: row.id, number: row.fax, type: 'fax' }] : [];
  return [...phone, ...fax];
}

function schedulesOf(row: ResourceDetail): HsdsSchedule[] {
  return scheduleToHsds(row.schedule, { serviceId: row.id, makeId: (index) => derivedId(row.id, 'schedule', index) });
}

/** 無料 is an amount of 0 yen, a fixed fee its amount in yen; 実費 and free text have no amount (fees_description says it). */
function costOptionsOf(row: ResourceDetail): Fields[] {
  const amount = row.costKind === 'free' ? 0 : row.costKind === 'yen' ? row.costYen : null;
  if (amount === null) return [];
  return [withoutBlanks({ id: derivedId(row.id, 'cost_option', 0), service_id: row.id, currency: 'JPY', amount, amount_description: row.costText })];
}

/** Each 困りごと of the listing as an attribute linking the service to a taxonomy term. */
function needAttributesOf(row: ResourceDetail, categories: NeedCategoryRow[]): Fields[] {
  return categories
    .filter((category) => row.categoryIds.includes(category.id))
    .map((category) => ({
      id: derivedId(row.id, 'attribute', category.id),
      link_id: row.id,
      link_type: 'need',
      link_entity: 'service',
      taxonomy_term_id: category.id,
      taxonomy_term: presentTaxonomyTerm(category),
    }));
}

// ---- place ----

function locationFields(row: ResourceDetail): HsdsLocation {
  return withoutBlanks({
    id: locationIdOf(row.id),
    location_type: 'physical' as const,
    name: row.placeName,
    // 送迎あり: the activity picks people up, HSDS's "access to transportation".
    transportation: row.attributes.includes('transport') ? attributeLabel('transport') : undefined,
    latitude: row.latitude,
    longitude: row.longitude,
  });
}

function locationOf(row: ResourceDetail): HsdsLocation {
  const location = locationFields(row);
  const accessibility = ['barrier_free', 'wheelchair', 'accessible_toilet', 'baby_care', 'parking']
    .filter((code) => row.attributes.includes(code))
    .map((code) => ({ id: derivedId(row.id, 'accessibility', code), location_id: location.id, description: attributeLabel(code) }));
  return { ...location, addresses: row.address ? [addressOf(row, location.id)] : [], accessibility };
}

function addressOf(row: ResourceDetail, locationId: string): Fields {
  const { prefecture, city, rest } = splitJapaneseAddress(row.address);
  return {
    id: derivedId(row.id, 'address', 0),
    location_id: locationId,
    address_1: rest,
    ...withoutBlanks({ address_2: row.building }),
    city,
    state_province: prefecture,
    postal_code: row.postalCode,
    country: 'JP',
    address_type: 'physical',
  };
}

function serviceAtLocationOf(row: ResourceDetail): HsdsServiceAtLocation {
  return { id: serviceAtLocationIdOf(row.id), service_id: row.id, location_id: locationIdOf(row.id), location: locationOf(row) };
}

/** A service_at_location as /service_at_locations lists it (service_at_location_list.json). */
export function presentServiceAtLocationListItem(row: ResourceDetail): HsdsServiceAtLocation {
  return { id: serviceAtLocationIdOf(row.id), service_id: row.id, location_id: locationIdOf(row.id), location: locationFields(row), service: presentServiceListItem(row) };
}

/** A fully nested service_at_location (compiled/service_at_location.json), with its service. */
export function presentServiceAtLocation(row: ResourceDetail, categories: NeedCategoryRow[]): HsdsServiceAtLocation {
  const { service_at_locations: _itself, ...service } = presentService(row, categories);
  return { ...serviceAtLocationOf(row), service };
}

// ---- taxonomy ----

/** The tenant's one taxonomy, 困りごと. */
export function presentTaxonomy(tenantId: string): HsdsTaxonomy {
  return { id: taxonomyIdOf(tenantId), name: taxonomyName, description: taxonomyDescription };
}

/** One 困りごと as a taxonomy term. */
export function presentTaxonomyTerm(category: NeedCategoryRow): HsdsTaxonomyTerm {
  return {
    id: category.id,
    code: category.code,
    name: category.name,
    description: '',
    taxonomy: taxonomyName,
    taxonomy_id: taxonomyIdOf(category.tenantId),
    language: 'ja',
  };
}

// ---- pages ----

/** An HSDS Page around one page of results; `size` is the number of items on this page. */
export function presentPage<T>(contents: T[], total: number, page: { number: number; size: number }): HsdsPage<T> {
  const totalPages = Math.ceil(total / page.size);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page.number,
    size: contents.length,
    first_page: page.number === 1,
    last_page: page.number >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
