import { assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import * as areasService from '../../areas/service.ts';
import * as councilMeetingsService from '../../councils/meetings-service.ts';
import * as councilsService from '../../councils/service.ts';
import * as repository from './repository.ts';

type Count = { label: string; count: number };

/** The 年度 figures of councils and local issues: counts only, so every staff role may read them. */
export type CouncilYear = {
  meetingsByCouncil: Count[];
  meetingsByKind: Count[];
  membersByType: Count[];
  participants: { members: number; others: number; observers: number };
  issues: { raised: number; resolved: number; carriedOver: number };
  /** Listings created or changed for an issue, per area of the issue. */
  resourcesByArea: Count[];
  outcomesByKind: { kind: string; count: number }[];
};

const byCount = (a: Count, b: Count) => b.count - a.count || a.label.localeCompare(b.label, 'ja');

function tally(labels: string[]): Count[] {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([label, count]) => ({ label, count })).sort(byCount);
}

/** Meetings held (closed) in the 年度 per council and kind, members serving in it by 種別, who took part, and the issues' year. */
export async function summariseCouncilYear(ctx: ServiceContext, fiscalYear: number, range: { start: string; end: string }, areaIds?: readonly string[]): Promise<CouncilYear> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const [councils, kinds, memberTypes, areas] = await Promise.all([
    councilsService.findCouncils(ctx, { areaIds, includeArchived: true }),
    councilsService.findTerms(ctx, 'council_kind'),
    councilsService.findTerms(ctx, 'member_type'),
    areasService.findAllAreas(ctx),
  ]);
  const meetings = (await councilMeetingsService.findMeetingsOf(ctx, councils.map((c) => c.id))).filter((m) => m.fiscalYear === fiscalYear && m.status === 'closed');
  const [records, members, issues, outcomes] = await Promise.all([
    Promise.all(meetings.map((m) => councilMeetingsService.getMeeting(ctx, m.id))),
    Promise.all(councils.map((c) => councilsService.findMembers(ctx, c.id))),
    repository.countIssuesForYear(ctx.db, ctx.tenantId, range, areaIds),
    repository.countOutcomesByArea(ctx.db, ctx.tenantId, range, areaIds),
  ]);
  const councilOf = new Map(councils.map((c) => [c.id, c]));
  const serving = members.flat().filter((m) => m.termStart <= range.end && (m.termEnd === null || m.termEnd >= range.start));
  const attended = records.flatMap((r) => r.attendance).filter((a) => a.status !== 'absent').length;
  const resourceKinds = new Set(['listing_created', 'listing_changed']);
  const resourcesByArea = new Map<string, number>();
  for (const o of outcomes.filter((x) => resourceKinds.has(x.kind))) resourcesByArea.set(o.areaId, (resourcesByArea.get(o.areaId) ?? 0) + o.count);
  const outcomesByKind = new Map<string, number>();
  for (const o of outcomes) outcomesByKind.set(o.kind, (outcomesByKind.get(o.kind) ?? 0) + o.count);
  return {
    meetingsByCouncil: tally(meetings.map((m) => councilOf.get(m.councilId)?.name ?? '')),
    meetingsByKind: tally(meetings.map((m) => kinds.find((k) => k.id === councilOf.get(m.councilId)?.kindId)?.name ?? '')),
    membersByType: tally(serving.map((m) => memberTypes.find((k) => k.id === m.memberTypeId)?.name ?? '')),
    participants: { members: attended, others: meetings.reduce((n, m) => n + m.otherParticipants, 0), observers: meetings.reduce((n, m) => n + m.observers, 0) },
    issues,
    resourcesByArea: [...resourcesByArea].map(([id, count]) => ({ label: areas.find((a) => a.id === id)?.name ?? '', count })).sort(byCount),
    outcomesByKind: [...outcomesByKind].map(([kind, count]) => ({ kind, count })),
  };
}
