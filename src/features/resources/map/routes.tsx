import { Hono } from 'hono';
import { serviceContext, type AppEnv } from '../../../platform/http/app-env.ts';
import { pageContext } from '../../../platform/layout/page-context.ts';
import * as areasService from '../../areas/service.ts';
import * as resourcesService from '../service.ts';
import { lenientSearchQuery } from '../validation.ts';
import { mapMarkers, placedResources } from './map-markers.ts';
import { tileSettings } from './tile-settings.ts';
import { ResourceMapPage } from './views/ResourceMapPage.tsx';

/** More than any town's directory; beyond it the page asks to narrow the filters. */
const mapListingLimit = 500;

/** The public map of the resource directory; mount before resourceRoutes, whose /resources/:id would take /resources/map. */
export const resourceMapRoutes = new Hono<AppEnv>();

resourceMapRoutes.get('/resources/map', async (c) => {
  const ctx = serviceContext(c);
  const query = lenientSearchQuery(c.req.query());
  // The page size is ours, not the visitor's: past the public limit of 100 on purpose.
  const [result, areas] = await Promise.all([
    resourcesService.searchResources(ctx, { ...query, page: 1, perPage: mapListingLimit }, { exactCounts: true }),
    areasService.findAreasWithDistricts(ctx),
  ]);
  const page = pageContext(c);
  return c.html(
    <ResourceMapPage
      page={page}
      query={query}
      categories={result.categories}
      areas={areas}
      markers={mapMarkers(page, placedResources(result.results))}
      total={result.facets.total}
      fetched={result.results.length}
      tiles={tileSettings()}
    />,
  );
});
