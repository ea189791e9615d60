import { Hono } from 'hono';
import { Invalid } from '../../platform/errors/app-error.ts';
import { serviceContext, type AppEnv } from '../../platform/http/app-env.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import { problemsFromZod } from '../../platform/validation/problems.ts';
import * as areasService from '../areas/service.ts';
import { renderGuidebook } from './service.ts';
import { guidebookRequest } from './validation.ts';
import { GuidebookPage } from './views/GuidebookPage.tsx';

export const guidebookRoutes = new Hono<AppEnv>();

guidebookRoutes.get('/guidebooks', async (c) => {
  const areas = await areasService.findAreasWithDistricts(serviceContext(c));
  return c.html(<GuidebookPage page={pageContext(c)} areas={areas} />);
});

// Always rendered from live data, so a printed copy is never older than the site.
guidebookRoutes.get('/guidebooks/guidebook.pdf', async (c) => {
  const parsed = guidebookRequest.safeParse({ lang: c.get('locale'), ...c.req.query() });
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error), { status: 400 });
  const pdf = await renderGuidebook(serviceContext(c), c.get('tenant'), parsed.data);
  const name = parsed.data.kind === 'handbook' ? 'sasaeai-handbook.pdf' : 'kurashi-guidebook.pdf';
  return c.body(new Uint8Array(pdf), 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  });
});
