import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { NotFound } from '../../../platform/errors/app-error.ts';
import * as areasService from '../../areas/service.ts';
import * as councilMeetingsService from '../../councils/meetings-service.ts';
import type { PublicMeeting } from '../../councils/meetings-service.ts';
import * as councilsService from '../../councils/service.ts';
import { nameOutcomes, type NamedOutcome } from '../outcomes/service.ts';
import * as repository from '../repository.ts';
import type { IssueUpdateRow, LocalIssueRow } from '../repository.ts';

export type { PublicMeeting };

/** What the public sees of an issue: its words, status and timeline, and what came of it (volunteers as a count, never by name). */
export type PublicIssue = Pick<LocalIssueRow, 'id' | 'title' | 'description' | 'status' | 'progress' | 'raisedOn' | 'resolvedOn'> & {
  updates: Pick<IssueUpdateRow, 'id' | 'happenedOn' | 'kind' | 'body' | 'meetingId' | 'councilId' | 'statusAfter' | 'progressAfter'>[];
  outcomes: Pick<NamedOutcome, 'id' | 'kind' | 'label' | 'publicHref' | 'achievedOn'>[];
  volunteers: number;
};

/** Names of councils and meetings as the public may read them: announced councils and their announced meetings only. */
export type PublicNames = { councils: Map<string, string>; meetings: Map<string, PublicMeeting> };

async function publicIssues(ctx: ServiceContext, rows: LocalIssueRow[]): Promise<PublicIssue[]> {
  const ids = rows.map((r) => r.id);
  const [updates, outcomes] = await Promise.all([repository.selectUpdates(ctx.db, ctx.tenantId, ids), repository.selectOutcomes(ctx.db, ctx.tenantId, ids)]);
  const shown = await nameOutcomes(ctx, outcomes.filter((o) => o.kind !== 'volunteer' && o.kind !== 'activity'), { forPublic: true });
  return rows.map((r) => ({
    id: r.id, title: r.title, description: r.description, status: r.status, progress: r.progress, raisedOn: r.raisedOn, resolvedOn: r.resolvedOn,
    updates: updates.filter((u) => u.issueId === r.id).map(({ id, happenedOn, kind, body, meetingId, councilId, statusAfter, progressAfter }) => ({ id, happenedOn, kind, body, meetingId, councilId, statusAfter, progressAfter })),
    outcomes: shown.filter((o) => o.issueId === r.id && o.publicHref).map(({ id, kind, label, publicHref, achievedOn }) => ({ id, kind, label, publicHref, achievedOn })),
    volunteers: outcomes.filter((o) => o.issueId === r.id && o.kind === 'volunteer').length,
  }));
}

/** The public meetings of some areas and the areas above them (where a 第1層 council meets), with the names of announced councils. */
async function publicMeetingsAround(ctx: ServiceContext, areaIds: readonly string[]): Promise<{ meetings: PublicMeeting[]; names: PublicNames }> {
  const areas = await areasService.findAllAreas(ctx);
  const around = new Set(areaIds);
  for (const id of areaIds) for (let parent = areas.find((a) => a.id === id)?.parentId; parent; parent = areas.find((a) => a.id === parent)?.parentId) around.add(parent);
  const [councils, meetings] = await Promise.all([councilsService.findPublicCouncils(ctx), councilMeetingsService.findPublicMeetings(ctx, [...around])]);
  return { meetings, names: { councils: new Map(councils.map((c) => [c.id, c.name])), meetings: new Map(meetings.map((m) => [m.id, m])) } };
}

// A page people read and print: the newest issues and minutes, not twenty years of them.
const issuesShown = 100;
const minutesShown = 20;

export type Community = { upcoming: PublicMeeting[]; minutes: PublicMeeting[]; issues: PublicIssue[]; names: PublicNames };

/**
 * 「地域の話し合いと取り組み」 of one area: announced meetings still to come, the
 * minutes of closed meetings whose council publishes them (never others), and
 * the public issues of the area with their timelines.
 */
export async function findCommunity(ctx: ServiceContext, areaId: string): Promise<Community> {
  await areasService.getArea(ctx, areaId);
  const [{ meetings, names }, rows, councils] = await Promise.all([
    publicMeetingsAround(ctx, [areaId]),
    repository.selectIssues(ctx.db, ctx.tenantId, { publicOnly: true, areaIds: [areaId] }, issuesShown),
    councilsService.findPublicCouncils(ctx, [areaId]),
  ]);
  const own = new Set(councils.map((c) => c.id));
  const ofArea = meetings.filter((m) => own.has(m.councilId));
  return {
    upcoming: ofArea.filter((m) => m.status === 'scheduled' && m.endsAt >= ctx.now),
    minutes: ofArea.filter((m) => m.status === 'closed' && m.minutes !== null).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime()).slice(0, minutesShown),
    issues: await publicIssues(ctx, rows),
    names,
  };
}

/** One public issue with its areas; NotFound when it is not public. */
export async function getPublicIssue(ctx: ServiceContext, id: string): Promise<{ issue: PublicIssue; areaIds: string[]; names: PublicNames }> {
  const row = await repository.selectIssue(ctx.db, ctx.tenantId, id);
  if (!row || !row.isPublic) throw new NotFound();
  const areas = (await repository.selectIssueAreas(ctx.db, ctx.tenantId, [id])).map((a) => a.areaId);
  const [[issue], { names }] = await Promise.all([publicIssues(ctx, [row]), publicMeetingsAround(ctx, areas)]);
  return { issue: issue!, areaIds: areas, names };
}

/** Public issues (all areas or some), for the API without a session. */
export async function findPublicIssues(ctx: ServiceContext, areaIds?: readonly string[]): Promise<(PublicIssue & { areaIds: string[] })[]> {
  const rows = await repository.selectIssues(ctx.db, ctx.tenantId, { publicOnly: true, areaIds }, 500);
  const areas = await repository.selectIssueAreas(ctx.db, ctx.tenantId, rows.map((r) => r.id));
  return (await publicIssues(ctx, rows)).map((i) => ({ ...i, areaIds: areas.filter((a) => a.issueId === i.id).map((a) => a.areaId) }));
}
