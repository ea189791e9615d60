import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { excelCsv, type ExcelEncoding } from '../../../platform/csv/excel-csv.ts';
import { translator } from '../../../platform/i18n/i18n.ts';
import { formatFiscalYear } from '../../../platform/wareki/wareki.ts';
import { selectYearlyEventFigures, type YearlyEventFigures } from './repository.ts';

export type { YearlyEventFigures };

/** Per 年度 (oldest first): events and volunteer trainings held, applications, confirmed and attended (staff only). */
export async function findYearlyEventFigures(ctx: ServiceContext): Promise<YearlyEventFigures[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return selectYearlyEventFigures(ctx.db, ctx.tenantId, ctx.now);
}

/** Volunteer trainings held per 年度 (e.g. 2018 → 3), for reports and the volunteers' pages; counts only, no personal data. */
export async function countTrainingsByFiscalYear(ctx: ServiceContext): Promise<{ fiscalYear: number; trainings: number }[]> {
  const figures = await selectYearlyEventFigures(ctx.db, ctx.tenantId, ctx.now);
  return figures.filter((f) => f.trainingsHeld > 0).map((f) => ({ fiscalYear: f.fiscalYear, trainings: f.trainingsHeld }));
}

/** The yearly figures as CSV for Excel, 年度 in 和暦. */
export async function exportYearlyEventFiguresCsv(ctx: ServiceContext, encoding: ExcelEncoding): Promise<Buffer> {
  const t = translator('ja');
  const figures = await findYearlyEventFigures(ctx);
  const header = ['fiscalYear', 'eventsHeld', 'trainingsHeld', 'applications', 'confirmed', 'attended'].map((k) => t(`events.mgmt.figures.${k}`));
  return excelCsv([header, ...figures.map((f) => [formatFiscalYear(f.fiscalYear), f.eventsHeld, f.trainingsHeld, f.applications, f.confirmed, f.attended])], encoding);
}
