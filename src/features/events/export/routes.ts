import { Hono } from 'hono';
import { z } from 'zod';
import { excelCsvContentType, excelEncodings } from '../../../platform/csv/excel-csv.ts';
import { Invalid } from '../../../platform/errors/app-error.ts';
import { serviceContext, type AppEnv, linkBaseUrl } from '../../../platform/http/app-env.ts';
import { problemsFromZod } from '../../../platform/validation/problems.ts';

export const eventExportRoutes = new Hono<AppEnv>();

const exportQuery = z.object({ encoding: z.enum(excelEncodings).default('utf-8') });

// Open data: published events in the 推奨データセット イベント一覧 columns.
eventExportRoutes.get('/events/export.csv', async (c) => {
  const parsed = exportQuery.safeParse(c.req.query());
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error), { status: 400 });
  const { exportEventListCsv } = await import('./event-list-csv.ts');
  const body = await exportEventListCsv(serviceContext(c), parsed.data.encoding, { baseUrl: linkBaseUrl(c), organiser: c.get('tenant').name });
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': excelCsvContentType(parsed.data.encoding),
    'Content-Disposition': 'attachment; filename="events.csv"',
    'Cache-Control': 'no-store',
  });
});
