import { z } from 'zod';
import { japanesePhoneSchema } from '../../platform/contact-format/phone.ts';
import { postalCodeSchema } from '../../platform/contact-format/postal-code.ts';
import { emailAddress, emptyOr, messageWithParams, optionalIsoDate, optionalText, readingText, requiredText, uuidParam } from '../../platform/validation/fields.ts';
import { toStoredReading } from '../../platform/japanese-text/reading.ts';
import { schedule } from './schedule.ts';
import { costKinds, providerTypes, resourceAttributes, resourceStatuses } from './vocabulary.ts';

const optionalId = z
  .union([z.literal(''), z.null(), uuidParam])
  .optional()
  .transform((v) => (v ? v : null));

const coordinate = (min: number, max: number) =>
  z
    .union([z.literal(''), z.null(), z.coerce.number({ error: 'validation.number' }).min(min, { error: 'resources.outsideJapan' }).max(max, { error: 'resources.outsideJapan' })])
    .optional()
    .transform((v) => (v === '' || v === undefined || v === null ? null : v));

const webAddress = z
  .string()
  .trim()
  .max(500, { error: messageWithParams('validation.tooLong', { max: 500 }) })
  .refine((s) => /^https?:\/\/[^\s]+$/.test(s), { error: 'resources.url' });

export const resourceInput = z
  .object({
    name: requiredText({ max: 200 }),
    // Stored in hiragana whether typed or imported, so 五十音順 sorts one script.
    nameReading: readingText({ max: 200, required: false, allowAlphanumeric: true }).transform(toStoredReading),
    description: optionalText({ max: 4000, multiline: true }),
    providerName: optionalText({ max: 200 }),
    providerType: z.enum(providerTypes, { error: 'validation.choice' }).default('resident_group'),
    needCategoryIds: z.array(uuidParam).max(20).default([]),
    target: optionalText({ max: 500 }),
    costKind: z.enum(costKinds, { error: 'validation.choice' }).default('text'),
    costYen: z
      .union([z.literal(''), z.null(), z.coerce.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(0).max(1_000_000)])
      .optional()
      .transform((v) => (v === '' || v === undefined ? null : v)),
    costText: optionalText({ max: 200 }),
    schedule: schedule.default({ rules: [], season: null, note: '' }),
    placeName: optionalText({ max: 200 }),
    postalCode: emptyOr(postalCodeSchema),
    address: optionalText({ max: 300 }),
    building: optionalText({ max: 200 }),
    latitude: coordinate(20, 46),
    longitude: coordinate(122, 154),
    areaId: optionalId,
    districtId: optionalId,
    phone: emptyOr(japanesePhoneSchema),
    fax: emptyOr(japanesePhoneSchema),
    email: emptyOr(emailAddress),
    url: emptyOr(webAddress),
    attributes: z.array(z.enum(resourceAttributes, { error: 'validation.choice' })).max(resourceAttributes.length).default([]),
    status: z.enum(resourceStatuses, { error: 'validation.choice' }).default('active'),
    statusNotice: optionalText({ max: 100 }),
    staffNote: optionalText({ max: 10_000, multiline: true }),
    isPublished: z.boolean().default(false),
    confirmedOn: optionalIsoDate,
  })
  .refine((v) => v.costKind !== 'yen' || v.costYen !== null, { path: ['costYen'], error: 'resources.costYenRequired' })
  .refine((v) => (v.latitude === null) === (v.longitude === null), { path: ['longitude'], error: 'resources.coordinatePair' });
export type ResourceInput = z.infer<typeof resourceInput>;

const flag = z
  .union([z.literal('1'), z.literal('true'), z.literal('on'), z.literal(''), z.literal('0'), z.literal('false')])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'on');

export const resourceSorts = ['relevance', 'reading', 'distance'] as const;

/** The search query: any text is accepted (long input is cut, never refused); filters are validated. */
export const resourceSearchQuery = z.object({
  q: z
    .string()
    .optional()
    .transform((s) => (s ?? '').slice(0, 2000)),
  category: z.string().max(50).regex(/^[a-z0-9_-]*$/).optional(),
  area: uuidParam.optional(),
  district: uuidParam.optional(),
  // A form sends weekday= for 指定なし; coerced, '' would become 0 (日曜).
  weekday: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(6).optional()),
  free: flag,
  transport: flag,
  target: z
    .string()
    .optional()
    .transform((s) => (s ?? '').slice(0, 100)),
  // '' (the form's 標準) or 'default' leaves the order to the query: relevance with words, else nearest or 五十音.
  sort: z.preprocess((v) => (v === '' || v === 'default' ? undefined : v), z.enum(resourceSorts).optional()),
  lat: z.coerce.number().min(20).max(46).optional(),
  lng: z.coerce.number().min(122).max(154).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  perPage: z.coerce.number().int().min(1).max(100).optional(),
});
export type ResourceSearchQuery = z.infer<typeof resourceSearchQuery>;

/**
 * For web pages: a filter value that does not parse (a hand-edited URL) is
 * dropped rather than refused, so a resident always gets a page of results.
 */
export function lenientSearchQuery(raw: Record<string, string>): ResourceSearchQuery {
  const input: Record<string, string> = { ...raw };
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = resourceSearchQuery.safeParse(input);
    if (result.success) return result.data;
    for (const issue of result.error.issues) delete input[String(issue.path[0])];
  }
  return resourceSearchQuery.parse({});
}
