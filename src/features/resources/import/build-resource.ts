// A format's draft through every cleaning rule into an ImportedResource.
// Nothing the file said is dropped silently: a value that cannot fill its
// field is kept in notes and reported as a warning; only what makes the row
// unusable (no name, a field too long) is an error.
import { splitMessage } from '../../../platform/validation/fields.ts';
import { messagesJa } from '../../../platform/i18n/messages-ja.ts';
import type { ProviderType, ResourceAttribute } from '../vocabulary.ts';
import { guessProviderType } from './provider-guess.ts';
import type { ImportedResource, ImportProblem } from './imported-resource.ts';
import { importedResource } from './imported-resource.ts';
import type { NoteEntry, RowDraft } from './row-draft.ts';
import { cleanEmail, cleanPhone, cleanPostalCode, sortWebAddress } from './clean-contact.ts';
import { cleanCoordinates } from './clean-coordinates.ts';
import { parseCost } from './clean-cost.ts';
import { buildSchedule, extractSeasonalNotice } from './clean-schedule.ts';
import { cleanLine, cleanLineAsWritten, cleanMultiline, cleanReading, padMunicipalityCode, parseImportDate } from './clean-text.ts';
import type { NeedCategoryMatcher } from './vocabulary-text.ts';
import { attributesFromNames, providerTypeFromText, publishedFromText, statusFromText } from './vocabulary-text.ts';

/** Built once per import: matching 困りごと against the tenant's list. */
export type BuildOptions = { matchNeedCategories: NeedCategoryMatcher };
export type BuiltRow = { resource: ImportedResource | null; problems: ImportProblem[] };

const MAX_NOTICE = 100;
// A cost cell that only says there is a fee tells a resident nothing about how much.
const FEE_WITHOUT_AMOUNT = /^(有料|有|有り|あり|要|必要|〇|○|◯)$/;
// What a listing form starts with, and what checkRow gives a row with no kind.
const DEFAULT_PROVIDER_TYPE: ProviderType = 'resident_group';
const coordinateKeys = { swapped: 'import.coordinatesSwapped', outOfJapan: 'import.coordinatesOutOfJapan', invalid: 'import.invalidCoordinates', unpaired: 'import.coordinatesUnpaired' } as const;

/** Collects problems and leftover notes while one row is cleaned. */
function rowReport() {
  const problems: ImportProblem[] = [];
  const notes: NoteEntry[] = [];
  return {
    problems,
    notes,
    warn(field: string, messageKey: string, params?: Record<string, string>) {
      problems.push({ field, messageKey, severity: 'warning', ...(params && { params }) });
    },
    keep(label: string, value: string) {
      if (value.trim() !== '') notes.push({ label, value });
    },
  };
}
type RowReport = ReturnType<typeof rowReport>;

/** 「見出し: 値」 lines; multi-line values stay readable under their label. */
export function formatNotes(entries: NoteEntry[]): string {
  return entries.map(({ label, value }) => `${label}: ${cleanMultiline(value)}`).join('\n');
}

function contactFields(draft: RowDraft, report: RowReport) {
  const phone = cleanPhone(draft.phone);
  const fax = cleanPhone(draft.fax);
  const email = cleanEmail(draft.email);
  const web = sortWebAddress(draft.url);
  if (phone.leftover && !phone.value) report.warn('phone', 'import.invalidPhone');
  if (fax.leftover && !fax.value) report.warn('fax', 'import.invalidPhone');
  if (email.leftover) report.warn('email', 'import.invalidEmail');
  report.keep('電話番号', phone.leftover);
  report.keep('FAX番号', fax.leftover);
  report.keep('メールアドレス', email.leftover);
  // The MHLW URL column sometimes holds the e-mail or the phone number.
  let phoneValue = phone.value;
  let emailValue = email.value;
  if (web.email && !emailValue) {
    emailValue = web.email;
    report.warn('email', 'import.urlWasEmail');
  } else report.keep('メールアドレス', web.email);
  if (web.phone && !phoneValue) {
    phoneValue = web.phone;
    report.warn('phone', 'import.urlWasPhone');
  } else report.keep('電話番号', web.phone);
  if (web.leftover) report.warn('url', 'import.invalidUrl');
  report.keep('URL', web.leftover);
  return { phone: phoneValue, fax: fax.value, email: emailValue, url: web.url };
}

function placeFields(draft: RowDraft, report: RowReport) {
  const postal = cleanPostalCode(draft.postalCode);
  if (postal.leftover) report.warn('postalCode', 'import.invalidPostalCode');
  report.keep('郵便番号', postal.leftover);
  const coordinates = cleanCoordinates(draft.latitude, draft.longitude);
  if (coordinates.problem) report.warn('latitude', coordinateKeys[coordinates.problem]);
  if (coordinates.problem && coordinates.problem !== 'swapped') report.keep('緯度・経度', `${cleanLine(draft.latitude)}, ${cleanLine(draft.longitude)}`);
  return {
    postalCode: postal.value,
    address: cleanLine(draft.address),
    building: cleanLine(draft.building),
    latitude: coordinates.latitude,
    longitude: coordinates.longitude,
    areaName: cleanLine(draft.areaName),
    districtName: cleanLine(draft.districtName),
  };
}

// A file that names a provider but not its kind: the kind is guessed from the name, and the dry run says so.
function providerTypeOf(draft: RowDraft, report: RowReport): ProviderType | null {
  const providerType = providerTypeFromText(draft.providerType);
  if (providerType === 'unknown') report.warn('providerType', 'import.unknownProviderType', { value: cleanLine(draft.providerType) });
  report.keep('提供団体種別', providerType === 'unknown' ? draft.providerType : '');
  const name = cleanLine(draft.providerName);
  if (providerType !== null || name === '') return providerType === 'unknown' ? null : providerType;
  const guessed = guessProviderType(name, draft.municipalityName);
  const type = guessed ?? DEFAULT_PROVIDER_TYPE;
  report.warn('providerType', guessed ? 'import.providerTypeGuessed' : 'import.providerTypeDefault', { value: name, type: messagesJa[`resources.providerType.${type}`] });
  return type;
}

function vocabularyFields(draft: RowDraft, report: RowReport, options: BuildOptions) {
  const providerType = providerTypeOf(draft, report);
  const status = statusFromText(draft.status);
  if (status === 'unknown') report.warn('status', 'import.unknownStatus', { value: cleanLine(draft.status) });
  report.keep('状態', status === 'unknown' ? draft.status : '');
  const categories = options.matchNeedCategories(draft.needCategoryNames);
  for (const name of categories.unknown) report.warn('needCategoryNames', 'import.unknownCategory', { value: name });
  report.keep('困りごと', categories.unknown.join('、'));
  const named = attributesFromNames(draft.attributeNames);
  for (const name of named.unknown) report.warn('attributes', 'import.unknownAttribute', { value: name });
  report.keep('属性', named.unknown.join('、'));
  const isPublished = publishedFromText(draft.published);
  if (isPublished === null) report.warn('isPublished', 'import.unknownPublished', { value: cleanLine(draft.published) });
  report.keep('公開', isPublished === null ? draft.published : '');
  return {
    providerType,
    status: status === 'unknown' ? ('active' as const) : status,
    needCategoryNames: categories.names,
    attributes: [...new Set<ResourceAttribute>([...draft.attributes, ...named.attributes])],
    isPublished: cleanLine(draft.published) === '' ? null : (isPublished ?? false),
  };
}

function noticeFields(draft: RowDraft, report: RowReport) {
  const seasonal = extractSeasonalNotice(draft.remarks);
  report.keep('備考', seasonal.rest);
  const notice = [cleanLineAsWritten(draft.statusNotice), seasonal.notice].filter((n) => n !== '').join('、');
  if (notice.length <= MAX_NOTICE) return { statusNotice: notice };
  report.keep('お知らせ', notice);
  return { statusNotice: `${notice.slice(0, MAX_NOTICE - 1)}…` };
}

function scheduleFields(draft: RowDraft, report: RowReport) {
  const cost = parseCost(draft.cost);
  if (cleanLineAsWritten(draft.cost).length > cost.text.length) report.keep('費用', draft.cost);
  if (FEE_WITHOUT_AMOUNT.test(cleanLine(draft.cost))) report.warn('cost', 'import.costWithoutText', { value: cleanLine(draft.cost) });
  const { schedule, overflow } = buildSchedule(draft.scheduleParts, draft.scheduleNotes, draft.closedDays);
  report.keep('日時', overflow);
  const confirmedOn = parseImportDate(draft.confirmedOn);
  if (confirmedOn === 'invalid') report.warn('confirmedOn', 'import.invalidDate');
  report.keep('確認日', confirmedOn === 'invalid' ? draft.confirmedOn : '');
  return { cost, schedule, confirmedOn: confirmedOn === 'invalid' ? null : confirmedOn };
}

function nameFields(draft: RowDraft, report: RowReport) {
  const reading = cleanReading(draft.nameReading);
  if (!reading.isValid) report.warn('nameReading', 'import.invalidReading');
  report.keep('ふりがな', reading.isValid ? '' : draft.nameReading);
  const municipalityCode = padMunicipalityCode(draft.municipalityCode);
  report.keep('市区町村コード', municipalityCode === null ? draft.municipalityCode : '');
  return {
    externalId: cleanLine(draft.externalId) || null,
    municipalityCode,
    municipalityName: cleanLine(draft.municipalityName),
    // Names stay as typed (（）, ～, ＮＨＫ): a re-imported export must not rename a listing; matching and search fold them.
    name: cleanLineAsWritten(draft.name),
    nameReading: reading.value,
    description: cleanMultiline(draft.description),
    providerName: cleanLineAsWritten(draft.providerName),
    target: cleanLineAsWritten(draft.target),
  };
}

/** Cleans one format draft into an ImportedResource; resource is null when the row has an error. */
export function buildResource(draft: RowDraft, extraNotes: NoteEntry[], options: BuildOptions): BuiltRow {
  const report = rowReport();
  const candidate = {
    ...nameFields(draft, report),
    ...vocabularyFields(draft, report, options),
    ...scheduleFields(draft, report),
    ...placeFields(draft, report),
    ...contactFields(draft, report),
    ...noticeFields(draft, report),
  };
  const result = importedResource.safeParse({ ...candidate, notes: formatNotes([...draft.notes, ...report.notes]), extraNotes: formatNotes(extraNotes) });
  if (result.success) return { resource: result.data, problems: report.problems };
  const errors = result.error.issues.map((issue): ImportProblem => {
    const { key, params } = splitMessage(issue.message);
    const messageKey = /^(import|validation)\./.test(key) ? key : 'validation.invalid';
    return { field: String(issue.path[0] ?? '_'), messageKey, severity: 'error', ...(Object.keys(params).length > 0 && { params }) };
  });
  return { resource: null, problems: [...errors, ...report.problems] };
}
