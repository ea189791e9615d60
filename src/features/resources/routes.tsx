import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { setFlash } from '../../platform/http/cookies.ts';
import { handleFormSubmission } from '../../platform/http/form-submission.ts';
import { recordId } from '../../platform/http/route-params.ts';
import type { FormState } from '../../platform/layout/form-fields.tsx';
import { pageContext } from '../../platform/layout/page-context.ts';
import * as areasService from '../areas/service.ts';
import { resourceFormToInput, resourceFormValues } from './form-input.ts';
import { findImportRun } from './import/run-service.ts';
import { findEscalatedResourceIds } from './upkeep/service.ts';
import * as resourcesService from './service.ts';
import { lenientSearchQuery, resourceInput } from './validation.ts';
import { ResourceDetailPage } from './views/ResourceDetailPage.tsx';
import { ResourceEditPage } from './views/ResourceEditPage.tsx';
import { ResourceSearchPage } from './views/ResourceSearchPage.tsx';
import { StaffResourcesPage } from './views/StaffResourcesPage.tsx';
import { StaleResourcesPage } from './views/StaleResourcesPage.tsx';

export const resourceRoutes = new Hono<AppEnv>();

// Public: search and detail.
resourceRoutes.get('/resources', async (c) => {
  const ctx = serviceContext(c);
  const query = lenientSearchQuery(c.req.query());
  const [result, areas] = await Promise.all([resourcesService.searchResources(ctx, query), areasService.findAreasWithDistricts(ctx)]);
  return c.html(
    <ResourceSearchPage
      page={pageContext(c)}
      query={query}
      results={result.results}
      facets={result.facets}
      categories={result.categories}
      areas={areas}
      pageNumber={result.page}
      pageCount={result.pageCount}
      sort={result.sort}
    />,
  );
});

resourceRoutes.get('/resources/:id', async (c) => {
  const ctx = serviceContext(c);
  const resource = await resourcesService.getResource(ctx, recordId(c.req.param('id')));
  const categories = await resourcesService.findNeedCategories(ctx);
  return c.html(<ResourceDetailPage page={pageContext(c)} resource={resource} categories={categories} />);
});

// Staff.
const staffOnly = requireRole('admin', 'coordinator', 'staff');
const editors = requireRole('admin', 'coordinator');

resourceRoutes.get('/staff/resources', staffOnly, async (c) => {
  const importRunId = c.req.query('importRun');
  if (importRunId !== undefined) return renderImportRun(c, recordId(importRunId));
  const query = lenientSearchQuery({ ...c.req.query(), perPage: '100', sort: 'reading' });
  const result = await resourcesService.searchResources(serviceContext(c), query, { includeDrafts: true, exactCounts: true });
  return c.html(<StaffResourcesPage page={pageContext(c)} q={query.q} results={result.results} total={result.facets.total} />);
});

// 「この取り込みの N件」: the staff list narrowed to the listings one import brought in.
async function renderImportRun(c: AppContext, id: string) {
  const ctx = serviceContext(c);
  const [{ run, total, listings }, categories, areas] = await Promise.all([findImportRun(ctx, id), resourcesService.findNeedCategories(ctx), areasService.findAreasWithDistricts(ctx)]);
  const page = pageContext(c);
  return c.html(<StaffResourcesPage page={page} q="" results={listings} total={total} importRun={{ page, run, total, categories, areas }} />);
}

resourceRoutes.get('/staff/resources/stale', staffOnly, async (c) => {
  const ctx = serviceContext(c);
  const months = Math.min(120, Math.max(1, Number(c.req.query('months')) || c.get('tenant').confirmationIntervalMonths));
  const [resources, areas, escalatedIds] = await Promise.all([
    resourcesService.findResourcesNeedingConfirmation(ctx, months),
    areasService.findAllAreas(ctx),
    findEscalatedResourceIds(ctx),
  ]);
  return c.html(<StaleResourcesPage page={pageContext(c)} months={months} resources={resources} areas={areas} escalatedIds={escalatedIds} />);
});

async function renderEdit(c: AppContext, id: string | null, form?: FormState, duplicates?: resourcesService.ResourceRow[]) {
  const ctx = serviceContext(c);
  const [categories, areas] = await Promise.all([resourcesService.findNeedCategories(ctx), areasService.findAreasWithDistricts(ctx)]);
  const resource = id ? await resourcesService.getResource(ctx, id, { includeDrafts: true }) : null;
  const history = id ? await resourcesService.findResourceHistory(ctx, id) : [];
  const values = resource ? resourceFormValues(resource) : { costKind: 'free', status: 'active', providerType: 'resident_group' };
  return c.html(
    <ResourceEditPage page={pageContext(c)} resource={resource} form={form ?? { values, errors: {} }} categories={categories} areas={areas} duplicates={duplicates} history={history} />,
  );
}

resourceRoutes.get('/staff/resources/new', editors, (c) => renderEdit(c, null));

resourceRoutes.post('/staff/resources', editors, async (c) =>
  handleFormSubmission(
    c,
    resourceInput,
    async (input) => {
      const { resource, possibleDuplicates } = await resourcesService.createResource(serviceContext(c), input);
      if (possibleDuplicates.length) return renderEdit(c, resource.id, undefined, possibleDuplicates);
      setFlash(c, 'resources.saved');
      return c.redirect(`/staff/resources/${resource.id}`, 303);
    },
    (form) => renderEdit(c, null, form),
    resourceFormToInput,
  ),
);

resourceRoutes.get('/staff/resources/:id', staffOnly, (c) => renderEdit(c, recordId(c.req.param('id'))));

resourceRoutes.post('/staff/resources/:id', editors, async (c) => {
  const id = recordId(c.req.param('id'));
  return handleFormSubmission(
    c,
    resourceInput,
    async (input) => {
      await resourcesService.updateResource(serviceContext(c), id, input);
      setFlash(c, 'resources.saved');
      return c.redirect(`/staff/resources/${id}`, 303);
    },
    (form) => renderEdit(c, id, form),
    resourceFormToInput,
  );
});

resourceRoutes.post('/staff/resources/:id/confirm', editors, async (c) => {
  const id = recordId(c.req.param('id'));
  await resourcesService.confirmResource(serviceContext(c), id);
  setFlash(c, 'resources.confirmed');
  return c.redirect(`/staff/resources/${id}`, 303);
});

resourceRoutes.post('/staff/resources/:id/archive', editors, async (c) => {
  await resourcesService.archiveResource(serviceContext(c), recordId(c.req.param('id')));
  setFlash(c, 'resources.archived');
  return c.redirect('/staff/resources', 303);
});
