import { assertRole } from '../../platform/auth/permissions.ts';
import { japanToday, type ServiceContext } from '../../platform/context/service-context.ts';
import { fiscalYearOf, fiscalYearRange } from '../../platform/wareki/wareki.ts';
import * as areasService from '../areas/service.ts';
import * as coordinatorActivitiesService from '../coordinator-activities/service.ts';
import * as helpRequestsService from '../help-requests/service.ts';
import * as localIssueFigures from '../local-issues/figures/service.ts';
import * as matchesService from '../matches/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import type { FiguresQuery } from './validation.ts';

export type Count = { label: string; count: number };

export type YearlyFigures = {
  fiscalYear: number;
  areaName: string;
  volunteers: { registeredAtEnd: number; newRegistrations: number; withdrawals: number };
  requestsByHelpType: Count[];
  requestsByArea: Count[];
  requestsByOutcome: Count[];
  unmetByReason: Count[];
  /** Who asked (本人, 家族, 包括 …) and how (電話, Web): what the municipality asks of the 相談 channel. */
  requestsByReferrer: Count[];
  requestsBySource: Count[];
  matches: number;
  activities: number;
  activityMinutes: number;
  /** The coordinators' own work by type (codes, in the fixed order), with the number and minutes of activities. */
  coordinatorActivities: coordinatorActivitiesService.ActivityYear;
  /** Councils and local issues: meetings, members, participants, issues and resources developed. */
  councils: localIssueFigures.CouncilYear;
};

/** The 年度 figures municipalities ask for, for the whole tenant or one area; counts only, so staff may see them. */
export async function findYearlyFigures(ctx: ServiceContext, query: FiguresQuery, label: (group: string, key: string) => string): Promise<YearlyFigures> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const fiscalYear = query.fy ?? fiscalYearOf(japanToday(ctx.now));
  const range = fiscalYearRange(fiscalYear);
  const areas = await areasService.findAllAreas(ctx);
  const area = areas.find((a) => a.id === query.areaId && a.tier > 1);
  const areaIds = area ? [area.id] : undefined;
  const [registrations, requests, year, helpTypes, coordinatorActivities, councils] = await Promise.all([
    volunteersService.findRegistrationFigures(ctx, areaIds),
    helpRequestsService.countRequestsForYear(ctx, range, areaIds),
    matchesService.sumYear(ctx, range, areaIds),
    volunteersService.findHelpTypes(ctx),
    coordinatorActivitiesService.summariseYear(ctx, range, areaIds),
    localIssueFigures.summariseCouncilYear(ctx, fiscalYear, range, areaIds),
  ]);
  const registration = registrations.find((r) => r.fiscalYear === fiscalYear) ?? { registeredAtEnd: 0, newRegistrations: 0, withdrawals: 0 };
  const named = (rows: { key: string; count: number }[], name: (key: string) => string) => rows.map((r) => ({ label: name(r.key), count: r.count }));
  return {
    fiscalYear,
    areaName: area?.name ?? '',
    volunteers: { registeredAtEnd: registration.registeredAtEnd, newRegistrations: registration.newRegistrations, withdrawals: registration.withdrawals },
    requestsByHelpType: named(requests.helpType, (k) => helpTypes.find((h) => h.id === k)?.name ?? k),
    requestsByArea: named(requests.area, (k) => areas.find((a) => a.id === k)?.name ?? k),
    requestsByOutcome: named(requests.outcome, (k) => label('outcome', k)),
    unmetByReason: named(requests.unmetReason, (k) => label('unmetReason', k)),
    requestsByReferrer: named(requests.referrer, (k) => label('referrer', k)),
    requestsBySource: named(requests.source, (k) => label('source', k)),
    matches: year.matches,
    activities: year.activities,
    activityMinutes: year.minutes,
    coordinatorActivities,
    councils,
  };
}
