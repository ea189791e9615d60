import { excelCsv, type ExcelEncoding } from '../../platform/csv/excel-csv.ts';
import type { Translate } from '../../platform/i18n/i18n.ts';
import { formatFiscalYear } from '../../platform/wareki/wareki.ts';
import type { YearlyFigures } from './service.ts';

/** The figures as one CSV that Excel opens (UTF-8 with a BOM, or CP932 on request): 年度, 区分, 項目, 値. */
export function figuresCsv(f: YearlyFigures, t: Translate, encoding: ExcelEncoding): Buffer {
  const year = formatFiscalYear(f.fiscalYear);
  const rows: (string | number)[][] = [[t('figures.fiscalYear'), t('figures.group'), t('figures.item'), t('figures.value')]];
  const add = (group: string, item: string, value: number) => rows.push([year, group, item, value]);
  add(t('figures.volunteers'), t('volunteers.registeredAtEnd'), f.volunteers.registeredAtEnd);
  add(t('figures.volunteers'), t('volunteers.newRegistrations'), f.volunteers.newRegistrations);
  add(t('figures.volunteers'), t('volunteers.withdrawals'), f.volunteers.withdrawals);
  for (const c of f.requestsByHelpType) add(t('figures.byHelpType'), c.label, c.count);
  for (const c of f.requestsByArea) add(t('figures.byArea'), c.label, c.count);
  for (const c of f.requestsByOutcome) add(t('figures.byOutcome'), c.label, c.count);
  for (const c of f.unmetByReason) add(t('figures.unmetByReason'), c.label, c.count);
  for (const c of f.requestsByReferrer) add(t('figures.byReferrer'), c.label, c.count);
  for (const c of f.requestsBySource) add(t('figures.bySource'), c.label, c.count);
  add(t('figures.activity'), t('figures.matches'), f.matches);
  add(t('figures.activity'), t('figures.activities'), f.activities);
  add(t('figures.activity'), t('figures.activityHours'), hours(f.activityMinutes));
  add(t('figures.activity'), t('figures.activityMinutes'), f.activityMinutes);
  for (const c of f.coordinatorActivities.byType) add(t('figures.coordinatorActivities'), t(`coordinatorActivities.type.${c.type}`), c.count);
  add(t('figures.coordinatorActivities'), t('figures.coordinatorActivityCount'), f.coordinatorActivities.activities);
  add(t('figures.coordinatorActivities'), t('figures.coordinatorActivityHours'), hours(f.coordinatorActivities.minutes));
  add(t('figures.coordinatorActivities'), t('figures.coordinatorActivityMinutes'), f.coordinatorActivities.minutes);
  const k = f.councils;
  for (const c of k.meetingsByCouncil) add(t('localIssues.figures.meetingsByCouncil'), c.label, c.count);
  for (const c of k.meetingsByKind) add(t('localIssues.figures.meetingsByKind'), c.label, c.count);
  for (const c of k.membersByType) add(t('localIssues.figures.membersByType'), c.label, c.count);
  add(t('localIssues.figures.participants'), t('localIssues.figures.attendingMembers'), k.participants.members);
  add(t('localIssues.figures.participants'), t('localIssues.figures.otherParticipants'), k.participants.others);
  add(t('localIssues.figures.participants'), t('localIssues.figures.observers'), k.participants.observers);
  add(t('localIssues.figures.issues'), t('localIssues.figures.raised'), k.issues.raised);
  add(t('localIssues.figures.issues'), t('localIssues.figures.resolved'), k.issues.resolved);
  add(t('localIssues.figures.issues'), t('localIssues.figures.carriedOver'), k.issues.carriedOver);
  for (const c of k.resourcesByArea) add(t('localIssues.figures.resourcesByArea'), c.label, c.count);
  for (const c of k.outcomesByKind) add(t('localIssues.figures.outcomesByKind'), t(`localIssues.outcomeKind.${c.kind}`), c.count);
  return excelCsv(rows, encoding);
}

// Hours to two decimals (17時間15分 is 17.25, not 17.3); the exact minutes follow in their own row.
function hours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}
