// The common shape every import format is mapped to, before anything touches
// the database. Limits mirror resourceInput so a row that passes here does
// not fail later on length alone.
import { z } from 'zod';
import { messageWithParams } from '../../../platform/validation/fields.ts';
import { schedule } from '../schedule.ts';
import { costKinds, providerTypes, resourceAttributes, resourceStatuses } from '../vocabulary.ts';

const text = (max: number) => z.string().max(max, { error: messageWithParams('validation.tooLong', { max }) });

/** A cost as read from a file: its kind, the amount when one was found, and the file's own words. */
export const importedCost = z.object({
  kind: z.enum(costKinds),
  yen: z.number().int().min(0).max(1_000_000).nullable(),
  text: text(200),
});
export type ImportedCost = z.infer<typeof importedCost>;

/** One row of an import file, cleaned and mapped to Sasaeai's fields. */
export const importedResource = z.object({
  // The file's own key (ID, NO, 事業所番号, HSDS id), for matching on re-import.
  externalId: text(100).nullable(),
  // 全国地方公共団体コード / 市区町村コード when the file has one, padded.
  municipalityCode: z.string().regex(/^\d{5,6}$/).nullable(),
  // The municipality's name beside the code (市区町村名, 地方公共団体名), to tell it from the tenant's.
  municipalityName: text(100),
  name: z.string().min(1, { error: 'import.missingName' }).max(200, { error: messageWithParams('validation.tooLong', { max: 200 }) }),
  nameReading: text(200),
  description: text(4000),
  providerName: text(200),
  providerType: z.enum(providerTypes).nullable(),
  // Only names from the known 困りごと list, spelled as in that list.
  needCategoryNames: z.array(z.string().min(1)).max(20),
  target: text(500),
  cost: importedCost,
  schedule,
  postalCode: z.union([z.literal(''), z.string().regex(/^\d{3}-\d{4}$/)]),
  address: text(300),
  building: text(200),
  latitude: z.number().min(20).max(46).nullable(),
  longitude: z.number().min(122).max(154).nullable(),
  areaName: text(100),
  districtName: text(100),
  phone: z.string(),
  fax: z.string(),
  email: text(254),
  url: text(500),
  attributes: z.array(z.enum(resourceAttributes)),
  status: z.enum(resourceStatuses),
  statusNotice: text(100),
  confirmedOn: z.iso.date().nullable(),
  // null when the file does not say: a new listing waits as a draft, an updated one keeps what it was.
  isPublished: z.boolean().nullable(),
  // Known columns with no field of their own, and values the cleaning could not use, as 「見出し: 値」 lines.
  notes: z.string(),
  // Columns the format does not know, as 「見出し: 値」 lines, so nothing in the file is lost.
  extraNotes: z.string(),
});
export type ImportedResource = z.infer<typeof importedResource>;

/** Something wrong with one field of one row; errors keep the row out, warnings only inform. */
export type ImportProblem = {
  field: string;
  messageKey: string;
  severity: 'error' | 'warning';
  params?: Record<string, string | number>;
};
