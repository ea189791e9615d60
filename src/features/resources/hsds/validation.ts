// Query and path parameters of the HSDS API (schema/openapi.json); answers
// are shaped by present-hsds.ts and checked against the HSDS JSON Schemas.
import { z } from 'zod';
import { uuidParam } from '../../../platform/validation/fields.ts';

const pageParams = {
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  per_page: z.coerce.number().int().min(1).max(100).default(20),
};

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** Free text: long input is cut, never refused, as in the directory's own search. */
const searchText = z
  .string()
  .optional()
  .transform((s) => (s ?? '').slice(0, 200));

/** An ISO 8601 date-time with its offset, or a date (the start of that day in Japan). */
const modifiedAfter = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.union([z.iso.datetime({ offset: true, error: 'hsds.modifiedAfter' }), z.iso.date({ error: 'hsds.modifiedAfter' })]))
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00+09:00` : s));

/** Query of /services and /service_at_locations; every filter narrows the result (AND). */
export const hsdsServiceQuery = z.object({
  ...pageParams,
  search: searchText,
  taxonomy_term_id: uuidParam.optional(),
  taxonomy_id: uuidParam.optional(),
  organization_id: uuidParam.optional(),
  modified_after: modifiedAfter.optional(),
  full: flag,
});
export type HsdsServiceQuery = z.infer<typeof hsdsServiceQuery>;

/** Query of /organizations. */
export const hsdsOrganizationQuery = z.object({ ...pageParams, search: searchText });
export type HsdsOrganizationQuery = z.infer<typeof hsdsOrganizationQuery>;

/** Query of /organizations/{id}. */
export const hsdsOrganizationDetailQuery = z.object({ full_service: flag });
export type HsdsOrganizationDetailQuery = z.infer<typeof hsdsOrganizationDetailQuery>;

/** Query of /taxonomies. */
export const hsdsTaxonomyQuery = z.object({ ...pageParams, search: searchText });
export type HsdsTaxonomyQuery = z.infer<typeof hsdsTaxonomyQuery>;

/** Query of /taxonomy_terms. */
export const hsdsTaxonomyTermQuery = z.object({
  ...pageParams,
  search: searchText,
  taxonomy_id: uuidParam.optional(),
  parent_id: uuidParam.optional(),
  top_only: flag,
});
export type HsdsTaxonomyTermQuery = z.infer<typeof hsdsTaxonomyTermQuery>;

/** A path id: HSDS ids are strings, so anything that is not one of our UUIDs is simply not found. */
export const hsdsIdParam = z.object({ id: z.string() });

