import { z } from 'zod';
import { coordinatesPairProblem, coordinatesPaired, optionalCoordinates } from '../../platform/geo/position.ts';
import { optionalText, readingText, requiredText, uuidParam } from '../../platform/validation/fields.ts';

const tier = z.coerce.number({ error: 'validation.choice' }).int().min(1, { error: 'validation.choice' }).max(3, { error: 'validation.choice' });
const sortOrder = z
  .union([z.literal(''), z.coerce.number({ error: 'validation.number' }).int({ error: 'validation.number' }).min(0).max(9999)])
  .optional()
  .transform((v) => (v === '' || v === undefined ? 0 : v));
const optionalParent = z
  .union([z.literal(''), z.null(), uuidParam])
  .optional()
  .transform((v) => (v ? v : null));

export const areaInput = z.object({
  tier,
  parentId: optionalParent,
  name: requiredText({ max: 100 }),
  nameReading: readingText({ max: 100, required: false }),
  description: optionalText({ max: 2000, multiline: true }),
  sortOrder,
});
export type AreaInput = z.infer<typeof areaInput>;

const districtFields = z.object({
  areaId: uuidParam,
  name: requiredText({ max: 100 }),
  nameReading: readingText({ max: 100, required: false }),
  // The district's approximate centre, for distances in matching.
  ...optionalCoordinates,
  sortOrder,
});

export const districtInput = districtFields.refine(coordinatesPaired, coordinatesPairProblem);
export type DistrictInput = z.infer<typeof districtInput>;

export const districtUpdateInput = districtFields.omit({ areaId: true }).refine(coordinatesPaired, coordinatesPairProblem);
export type DistrictUpdateInput = z.infer<typeof districtUpdateInput>;

export const areaIdParam = z.object({ id: uuidParam });

/** 「お住まいの町名で探す」: what the resident typed. */
export const townQuery = z.object({ town: z.string().max(200).optional().catch('').transform((v) => (v ?? '').trim()) });

/** A public form opened from the town search: the district (or 「わからない」) and the address to fill in. */
export const publicFormPrefill = z.object({
  district: z.union([z.literal('unknown'), uuidParam]).optional().catch(undefined).transform((v) => v ?? ''),
  address: z.string().max(200).optional().catch('').transform((v) => (v ?? '').trim()),
});

/** The towns of one district, one a line, as typed on the area page. */
export const districtTownsInput = z.object({ towns: z.string().max(20_000, { error: 'validation.invalid' }).default('').transform((v) => v.split(/\r?\n/).map((line) => line.trim()).filter(Boolean)) });
