import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { japanToday } from '../../platform/context/service-context.ts';
import { serviceContext, type AppContext, type AppEnv } from '../../platform/http/app-env.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import { fiscalYearOf } from '../../platform/wareki/wareki.ts';
import * as areasService from '../areas/service.ts';
import { excelCsvContentType } from '../../platform/csv/excel-csv.ts';
import { figuresCsv } from './figures-csv.ts';
import * as figuresService from './service.ts';
import { figuresQuery } from './validation.ts';
import { FiguresPage } from './views/FiguresPage.tsx';

export const figuresRoutes = new Hono<AppEnv>();

// Counts only, no personal data: every staff role may read them.
const staffRoles = requireRole('admin', 'coordinator', 'staff');

function load(c: AppContext) {
  const t = c.get('t');
  const query = figuresQuery.parse(c.req.query());
  return { query, figures: figuresService.findYearlyFigures(serviceContext(c), query, (group, key) => t(`helpRequests.${group}.${key}`)) };
}

figuresRoutes.get('/staff/figures', staffRoles, async (c) => {
  const { query, figures } = load(c);
  const current = fiscalYearOf(japanToday(c.get('now')));
  const fiscalYears = Array.from({ length: 6 }, (_, i) => current - i);
  const [f, areas] = await Promise.all([figures, areasService.findAllAreas(serviceContext(c))]);
  return c.html(<FiguresPage page={pageContext(c)} figures={f} areas={areas} fiscalYears={fiscalYears} areaId={query.areaId ?? ''} />);
});

figuresRoutes.get('/staff/figures.csv', staffRoles, async (c) => {
  const { figures } = load(c);
  const f = await figures;
  const encoding = c.req.query('encoding') === 'cp932' ? 'cp932' : 'utf-8';
  c.header('Content-Disposition', `attachment; filename="figures-${f.fiscalYear}.csv"`);
  return c.body(new Uint8Array(figuresCsv(f, c.get('t'), encoding)), 200, { 'Content-Type': excelCsvContentType(encoding) });
});
