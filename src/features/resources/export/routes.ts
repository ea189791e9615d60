import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../../platform/auth/permissions.ts';
import { Invalid } from '../../../platform/errors/app-error.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../../platform/http/app-env.ts';
import { problemsFromZod } from '../../../platform/validation/problems.ts';
import { exportHsdsJson } from '../hsds/export-hsds.ts';
import { exportFormats } from './export-formats.ts';

export const exportRoutes = new Hono<AppEnv>();

const exportQuery = z.object({
  format: z.enum(exportFormats).default('sasaeai'),
  encoding: z.enum(['utf-8', 'cp932']).default('utf-8'),
});

async function csvResponse(c: AppContext, includeDrafts: boolean) {
  const parsed = exportQuery.safeParse(c.req.query());
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error), { status: 400 });
  const { format, encoding } = parsed.data;
  const { exportResourcesCsv } = await import('./export-csv.ts');
  const body = await exportResourcesCsv(serviceContext(c), format, encoding, { includeDrafts });
  const charset = encoding === 'cp932' ? 'Shift_JIS' : 'utf-8';
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': `text/csv; charset=${charset}`,
    'Content-Disposition': `attachment; filename="resources-${format}${includeDrafts ? '-all' : ''}.csv"`,
    'Cache-Control': 'no-store',
  });
}

// Open data: published listings only.
exportRoutes.get('/resources/export.csv', (c) => csvResponse(c, false));
// Staff: drafts too.
exportRoutes.get('/staff/resources/export.csv', requireRole('admin', 'coordinator', 'staff'), (c) => csvResponse(c, true));

// Open data in the international model: every public listing as an HSDS 3.0 service.
exportRoutes.get('/resources/export.hsds.json', async (c) => {
  const services = await exportHsdsJson(serviceContext(c));
  c.header('Content-Disposition', 'attachment; filename="resources-hsds.json"');
  c.header('Cache-Control', 'no-store');
  return c.json(services);
});
