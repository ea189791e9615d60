import { z } from 'zod';
import type { MeetingRow, PublicMeeting } from '../councils/meetings-service.ts';
import type { CouncilRow } from '../councils/service.ts';
import type { PublicIssue } from './public/service.ts';
import type { IssueListItem } from './service.ts';
import { issueStatuses } from './vocabulary.ts';

export const councilOutput = z
  .object({ id: z.uuid(), name: z.string(), kind: z.string(), areaId: z.uuid(), tiers: z.array(z.number().int()), meetingsPublic: z.boolean(), minutesPublic: z.boolean() })
  .meta({ id: 'Council' });

/** A meeting: public fields for everyone; minutes and decisions only where published (or for staff). */
export const meetingOutput = z
  .object({
    id: z.uuid(),
    councilId: z.uuid(),
    fiscalYear: z.number().int(),
    number: z.number().int(),
    title: z.string(),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    place: z.string(),
    online: z.boolean(),
    status: z.string(),
    minutes: z.string().nullable(),
    decisions: z.string().nullable(),
  })
  .meta({ id: 'CouncilMeeting' });

export const issueOutput = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    status: z.enum(issueStatuses),
    progress: z.number().int().min(0).max(100),
    raisedOn: z.iso.date(),
    resolvedOn: z.iso.date().nullable(),
    areaIds: z.array(z.uuid()),
    timeline: z.array(z.object({ happenedOn: z.iso.date(), kind: z.string(), body: z.string(), statusAfter: z.string().nullable(), progressAfter: z.number().int().nullable() })),
    // Staff only: where it is held and whether it is published.
    councilId: z.uuid().nullable().optional(),
    helpTypeIds: z.array(z.uuid()).optional(),
    isPublic: z.boolean().optional(),
  })
  .meta({ id: 'LocalIssue' });

export function presentCouncil(row: CouncilRow, kindName: string): z.infer<typeof councilOutput> {
  return { id: row.id, name: row.name, kind: kindName, areaId: row.areaId, tiers: row.tiers, meetingsPublic: row.meetingsPublic, minutesPublic: row.minutesPublic };
}

export function presentPublicMeeting(m: PublicMeeting): z.infer<typeof meetingOutput> {
  return { id: m.id, councilId: m.councilId, fiscalYear: m.fiscalYear, number: m.number, title: m.title, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString(), place: m.place, online: m.online, status: m.status, minutes: m.minutes, decisions: m.decisions };
}

export function presentStaffMeeting(m: MeetingRow): z.infer<typeof meetingOutput> {
  return { id: m.id, councilId: m.councilId, fiscalYear: m.fiscalYear, number: m.number, title: m.title, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString(), place: m.place, online: m.onlineUrl !== '', status: m.status, minutes: m.minutes, decisions: m.decisions };
}

export function presentPublicIssue(i: PublicIssue & { areaIds: string[] }): z.infer<typeof issueOutput> {
  return {
    id: i.id, title: i.title, description: i.description, status: i.status as z.infer<typeof issueOutput>['status'], progress: i.progress, raisedOn: i.raisedOn, resolvedOn: i.resolvedOn, areaIds: i.areaIds,
    timeline: i.updates.map((u) => ({ happenedOn: u.happenedOn, kind: u.kind, body: u.body, statusAfter: u.statusAfter, progressAfter: u.progressAfter })),
  };
}

export function presentStaffIssue(i: IssueListItem, timeline: z.infer<typeof issueOutput>['timeline']): z.infer<typeof issueOutput> {
  return {
    id: i.id, title: i.title, description: i.description, status: i.status as z.infer<typeof issueOutput>['status'], progress: i.progress, raisedOn: i.raisedOn, resolvedOn: i.resolvedOn, areaIds: i.areaIds,
    timeline, councilId: i.councilId, helpTypeIds: i.helpTypeIds, isPublic: i.isPublic,
  };
}
