import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../../../platform/auth/permissions.ts';
import { excelCsvContentType, excelEncodings } from '../../../platform/csv/excel-csv.ts';
import { serviceContext, type AppEnv } from '../../../platform/http/app-env.ts';
import { pageContext } from '../../../platform/layout/page-context.ts';
import { exportYearlyEventFiguresCsv, findYearlyEventFigures } from './service.ts';
import { EventFiguresPage } from './views/EventFiguresPage.tsx';

export const eventFiguresRoutes = new Hono<AppEnv>();
const readers = requireRole('admin', 'coordinator', 'staff');

eventFiguresRoutes.get('/staff/events/figures', readers, async (c) => {
  const figures = await findYearlyEventFigures(serviceContext(c));
  return c.html(<EventFiguresPage page={pageContext(c)} figures={figures} />);
});

eventFiguresRoutes.get('/staff/events/figures.csv', readers, async (c) => {
  const encoding = z.enum(excelEncodings).catch('utf-8').parse(c.req.query('encoding'));
  const body = await exportYearlyEventFiguresCsv(serviceContext(c), encoding);
  return c.body(new Uint8Array(body), 200, { 'Content-Type': excelCsvContentType(encoding), 'Content-Disposition': 'attachment; filename="event-figures.csv"', 'Cache-Control': 'no-store' });
});
