// The whole public directory of a tenant as one HSDS 3.0 JSON document: an
// array of fully nested services, the shape of the specification's
// compiled/service_package.json, for open-data portals and other directories.
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { findNeedCategories } from '../service.ts';
import { findPublicResourceDetails, findPublicResourceIds } from './hsds-queries.ts';
import { presentService, type HsdsService } from './present-hsds.ts';

// Listings are loaded this many at a time, so a large directory does not
// become one huge query.
const batchSize = 200;

/** Every public listing of the tenant as fully nested HSDS services, by reading. */
export async function exportHsdsJson(ctx: ServiceContext): Promise<HsdsService[]> {
  const [ids, categories] = await Promise.all([findPublicResourceIds(ctx), findNeedCategories(ctx)]);
  const services: HsdsService[] = [];
  for (let start = 0; start < ids.length; start += batchSize) {
    const details = await findPublicResourceDetails(ctx, ids.slice(start, start + batchSize));
    services.push(...details.map((detail) => presentService(detail, categories)));
  }
  return services;
}
