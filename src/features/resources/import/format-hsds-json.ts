// Open Referral HSDS 3.0 as JSON: an array of fully nested services (what
// exportHsdsJson writes, like the specification's compiled/service_package)
// or an HSDS API Page of them. One service is one row. Fields a listing has
// go through the same cleaning as every CSV format; text without a field of
// its own is kept in notes under its HSDS name, as hsds-services does.
import { translator } from '../../../platform/i18n/i18n.ts';
import { costText } from '../listing-text.ts';
import { scheduleFromHsds, type HsdsSchedule } from '../schedule-text.ts';
import { schedule as scheduleShape, type Schedule } from '../schedule.ts';
import type { ResourceAttribute } from '../vocabulary.ts';
import { buildResource, type BuildOptions, type BuiltRow } from './build-resource.ts';
import { parseCost } from './clean-cost.ts';
import { cleanLineAsWritten, cleanReading } from './clean-text.ts';
import { ImportFileError } from './import-file-error.ts';
import type { ImportedCost } from './imported-resource.ts';
import { emptyDraft, type NoteEntry, type RowDraft } from './row-draft.ts';
import { attributesFromNames } from './vocabulary-text.ts';

/** The format id of HSDS JSON files (import.format.hsds-json). */
export const hsdsJsonFormatId = 'hsds-json';

type Fields = Record<string, unknown>;
type Keep = (label: string, value: string) => void;

/** One service as read: the draft for the shared cleaning, and the schedule and cost HSDS gives as structure. */
export type HsdsServiceRow = { draft: RowDraft; schedule: Schedule; cost: ImportedCost };

const ja = { t: translator('ja'), locale: 'ja' as const };
const MAX_COST_TEXT = 200;
const MAX_NAME = 200;
const MAX_YEN = 1_000_000;
// Plain service fields a listing has no place for; kept in notes so nothing is lost.
const notedFields = ['interpretation_services', 'wait_time', 'accreditations', 'licenses', 'minimum_age', 'maximum_age'];

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const fieldsOf = (value: unknown): Fields => (isFields(value) ? value : {});
const listOf = (value: unknown): Fields[] => (Array.isArray(value) ? value.filter(isFields) : []);
/** A string or number field as text; anything else (objects, booleans, null) as ''. */
const textOf = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
const optionalText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The service objects of an HSDS JSON document: an array of services or an API Page ({ contents }); throws when it is neither. */
export function hsdsServicesOf(document: unknown): unknown[] {
  const services = Array.isArray(document) ? document : isFields(document) && Array.isArray(document.contents) ? document.contents : null;
  // An array of other things (another system's records) is not a format we know.
  const hasService = services?.some((item) => isFields(item) && ('name' in item || 'id' in item));
  if (!services || (services.length > 0 && !hasService)) throw new ImportFileError('fileUnknownFormat');
  return services;
}

/** Builds one row per service of an HSDS JSON document; line is the service's position, counting from 1. */
export function buildHsdsRows(document: unknown, options: BuildOptions): (BuiltRow & { line: number })[] {
  return hsdsServicesOf(document).map((value, index) => {
    const { draft, schedule, cost } = readHsdsService(value);
    const built = buildResource(draft, [], options);
    return { line: index + 1, problems: built.problems, resource: built.resource && { ...built.resource, ...namesAsWritten(draft), schedule, cost } };
  });
}

// HSDS JSON is written by directory software, not typed into spreadsheet
// cells, so names stay as written: NFKC would turn （） and ～ into ASCII, and
// a provider renamed that way becomes a second provider on re-import.
function namesAsWritten(draft: RowDraft): { name: string; providerName: string } {
  const asWritten = (text: string) => cleanLineAsWritten(text).slice(0, MAX_NAME);
  return { name: asWritten(draft.name), providerName: asWritten(draft.providerName) };
}

/** Reads one HSDS service object into a row draft, its schedule and its cost. */
export function readHsdsService(value: unknown): HsdsServiceRow {
  const service = fieldsOf(value);
  const siteLink = listOf(service.service_at_locations)[0] ?? {};
  const location = fieldsOf(siteLink.location);
  const notes: NoteEntry[] = [];
  const keep: Keep = (label, text) => {
    if (text.trim() !== '') notes.push({ label, value: text });
  };
  // Japanese directories put the reading in alternate_name (our export does too); another alternate name is kept in notes.
  const alternateName = textOf(service.alternate_name);
  const reading = isKanaReading(alternateName) ? alternateName : '';
  if (!reading) keep('alternate_name', alternateName);
  for (const field of notedFields) keep(field, textOf(service[field]));
  keep('languages', listOf(service.languages).filter((language) => textOf(language.code) !== 'ja').map((language) => textOf(language.name) || textOf(language.code)).filter(Boolean).join('、'));
  const draft: RowDraft = {
    ...emptyDraft(),
    externalId: textOf(service.id),
    name: textOf(service.name),
    nameReading: reading,
    description: textOf(service.description),
    providerName: textOf(fieldsOf(service.organization).name),
    needCategoryNames: listOf(service.attributes).map((attribute) => textOf(fieldsOf(attribute.taxonomy_term).name)).filter((name) => name.trim() !== ''),
    target: textOf(service.eligibility_description),
    ...placeOf(location, keep),
    ...phonesOf(service, keep),
    email: textOf(service.email),
    url: textOf(service.url),
    attributes: attributesOf(service, location, keep),
    status: textOf(service.status),
    statusNotice: textOf(service.alert),
    // assured_date is "the date the information was last checked": 確認日.
    confirmedOn: textOf(service.assured_date),
    // A directory only publishes what is public.
    published: '公開',
    notes,
  };
  const schedules = [service.schedules, siteLink.schedules, location.schedules].map(listOf).find((list) => list.length > 0) ?? [];
  return { draft, schedule: scheduleOf(schedules, keep), cost: costOf(service, keep) };
}

/** Kana (with the digits, letters and marks a reading may hold), at least one kana: ふれあいサロン, シンジョウ１ゴウ. */
function isKanaReading(text: string): boolean {
  return /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) && text.trim() !== '' && cleanReading(text).isValid && cleanReading(text).value !== '';
}

/** The location's first physical address, on one line as listings keep it: 都道府県 + 市区町村 + 番地, or in Western order for ASCII addresses. */
function placeOf(location: Fields, keep: Keep): Pick<RowDraft, 'postalCode' | 'address' | 'building' | 'latitude' | 'longitude'> {
  const addresses = listOf(location.addresses);
  const address = addresses.find((a) => a.address_type === 'physical') ?? addresses[0] ?? {};
  const parts = [address.state_province, address.city, address.address_1].map(textOf).map((part) => part.trim()).filter(Boolean);
  const isAscii = /^[\x20-\x7e]*$/.test(parts.join(''));
  keep('location.name', textOf(location.name));
  return {
    postalCode: textOf(address.postal_code),
    address: isAscii ? parts.reverse().join(', ') : parts.join(''),
    building: textOf(address.address_2),
    latitude: textOf(location.latitude),
    longitude: textOf(location.longitude),
  };
}

/** The first voice number as the phone and the first fax as the FAX; further numbers go to notes. */
function phonesOf(service: Fields, keep: Keep): Pick<RowDraft, 'phone' | 'fax'> {
  const phones = listOf(service.phones).filter((phone) => textOf(phone.number).trim() !== '');
  const fax = phones.find((phone) => phone.type === 'fax');
  const voice = phones.find((phone) => phone !== fax && phone.type !== 'fax');
  keep('phones', phones.filter((phone) => phone !== fax && phone !== voice).map((phone) => textOf(phone.number)).join(' / '));
  return { phone: textOf(voice?.number), fax: textOf(fax?.number) };
}

/** 送迎あり from location.transportation; 予約 and accessibility words Sasaeai knows; other words go to notes. */
function attributesOf(service: Fields, location: Fields, keep: Keep): ResourceAttribute[] {
  const known = (label: string, words: string[]) => {
    const { attributes, unknown } = attributesFromNames(words);
    keep(label, unknown.join('、'));
    return attributes;
  };
  const applicationProcess = textOf(service.application_process).trim();
  const accessibility = listOf(location.accessibility).map((item) => textOf(item.description).trim()).filter(Boolean);
  return [
    ...new Set<ResourceAttribute>([
      ...(textOf(location.transportation).trim() ? (['transport'] as const) : []),
      ...known('application_process', applicationProcess ? [applicationProcess] : []),
      ...known('accessibility', accessibility),
    ]),
  ];
}

/** The HSDS schedule fields scheduleFromHsds reads, typed; files may hold numbers or nulls anywhere. */
function scheduleObject(fields: Fields): HsdsSchedule {
  return {
    id: textOf(fields.id),
    freq: fields.freq === 'WEEKLY' || fields.freq === 'MONTHLY' ? fields.freq : null,
    interval: typeof fields.interval === 'number' ? fields.interval : null,
    byday: optionalText(fields.byday),
    byweekno: textOf(fields.byweekno),
    bymonthday: textOf(fields.bymonthday),
    byyearday: textOf(fields.byyearday),
    opens_at: optionalText(fields.opens_at),
    closes_at: optionalText(fields.closes_at),
    description: optionalText(fields.description),
    notes: optionalText(fields.notes),
  };
}

function scheduleOf(schedules: Fields[], keep: Keep): Schedule {
  const read = scheduleShape.safeParse(scheduleFromHsds(schedules.map(scheduleObject)));
  if (read.success) return read.data;
  keep('schedules', schedules.map((object) => textOf(object.description)).filter(Boolean).join(' / '));
  return { rules: [], season: null, note: '' };
}

/** A cost option in yen gives the kind and amount (0 is 無料); otherwise fees_description is read as text. */
function costOf(service: Fields, keep: Keep): ImportedCost {
  const fees = cleanLineAsWritten(textOf(service.fees_description));
  const options = listOf(service.cost_options);
  const option = options.find((o) => typeof o.amount === 'number' && ['', 'JPY'].includes(textOf(o.currency).toUpperCase()));
  const amount = option?.amount as number | undefined;
  if (option && amount !== undefined && Number.isInteger(amount) && amount >= 0 && amount <= MAX_YEN) {
    const cost: ImportedCost = { kind: amount === 0 ? 'free' : 'yen', yen: amount === 0 ? null : amount, text: cleanLineAsWritten(textOf(option.amount_description)).slice(0, MAX_COST_TEXT) };
    // Our own export writes fees_description from the cost; only other words are worth a note.
    if (fees !== costText(ja, { costKind: cost.kind, costYen: cost.yen, costText: cost.text })) keep('fees_description', fees);
    return cost;
  }
  keep('cost_options', options.map((o) => [o.amount, o.currency, o.amount_description].map(textOf).filter(Boolean).join(' ')).join(' / '));
  return costFromText(fees);
}

// 実費（材料費）, as costText writes it, is 実費 with the text 材料費.
const OWN_COST_WORDS = /^(無料|実費)(?:（(.+)）)?$/;

function costFromText(fees: string): ImportedCost {
  const own = OWN_COST_WORDS.exec(fees);
  if (own) return { kind: own[1] === '無料' ? 'free' : 'actual', yen: null, text: (own[2] ?? '').slice(0, MAX_COST_TEXT) };
  return parseCost(fees);
}
