import crypto from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { assertRole } from '../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../platform/errors/app-error.ts';
import { enqueueJob } from '../../platform/jobs/jobs.ts';
import { messageWithParams } from '../../platform/validation/fields.ts';
import { japanDateOf } from '../../platform/wareki/japan-time.ts';
import { fiscalYearOf } from '../../platform/wareki/wareki.ts';
import { meetingLengthMinutes, parseAgenda, plannedMinutes, termCovers } from './council-rules.ts';
import * as repository from './meetings-repository.ts';
import type { ActionItemRow, AgendaItemRow, AttendanceRow, HandoutInfo, MeetingRow } from './meetings-repository.ts';
import * as councilRepository from './repository.ts';
import { getCouncil, getManagedCouncil, type CouncilMemberRow, type CouncilRow } from './service.ts';
import type { ClosingInput, MeetingInput } from './validation.ts';

export type { ActionItemRow, AgendaItemRow, AttendanceRow, HandoutInfo, MeetingRow };

export const invitationJob = 'councils.invitation';
export const reminderJob = 'councils.reminder';
// Members are reminded this long before a meeting.
const reminderLeadMs = 3 * 24 * 60 * 60_000;

export type MeetingRecord = {
  meeting: MeetingRow;
  council: CouncilRow;
  agenda: AgendaItemRow[];
  handouts: HandoutInfo[];
  attendance: AttendanceRow[];
  actionItems: ActionItemRow[];
  /** Member terms that cover the meeting's day: who is invited and whose attendance is taken. */
  members: CouncilMemberRow[];
};

function agendaRows(text: string, startsAt: Date, endsAt: Date) {
  const lines = parseAgenda(text);
  const planned = plannedMinutes(lines);
  const length = meetingLengthMinutes(startsAt, endsAt);
  if (planned > length) throw new Invalid([{ path: 'agenda', message: messageWithParams('councils.agendaTooLong', { planned, length }) }]);
  const rows: { id: string; parentId: string | null; position: number; title: string; durationMinutes: number | null }[] = [];
  let parent: string | null = null;
  lines.forEach((line, position) => {
    const id = crypto.randomUUID();
    if (line.depth === 0) parent = id;
    rows.push({ id, parentId: line.depth === 0 ? null : parent, position, title: line.title.slice(0, 200), durationMinutes: line.durationMinutes });
  });
  return rows;
}

/** Staff list of a council's meetings, newest first. */
export async function findMeetings(ctx: ServiceContext, councilId: string): Promise<MeetingRow[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return repository.selectMeetings(ctx.db, ctx.tenantId, { councilIds: [councilId] });
}

/** Meetings of many councils (the staff overview and the figures). */
export async function findMeetingsOf(ctx: ServiceContext, councilIds: readonly string[]): Promise<MeetingRow[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return repository.selectMeetings(ctx.db, ctx.tenantId, { councilIds }, 'recent', 5000);
}

export type PublicMeeting = Pick<MeetingRow, 'id' | 'councilId' | 'fiscalYear' | 'number' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'status' | 'eventId'> & {
  councilName: string;
  /** Only when the council publishes its minutes and the meeting is closed. */
  minutes: string | null;
  decisions: string | null;
  online: boolean;
};

/** What anyone may see of a meeting: announced ones only, minutes only where the council publishes them. */
export function publicView(meeting: MeetingRow, council: CouncilRow): PublicMeeting {
  const minutesShown = council.minutesPublic && meeting.status === 'closed';
  return {
    id: meeting.id,
    councilId: meeting.councilId,
    councilName: council.name,
    fiscalYear: meeting.fiscalYear,
    number: meeting.number,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    online: meeting.onlineUrl !== '',
    status: meeting.status,
    eventId: meeting.eventId,
    minutes: minutesShown ? meeting.minutes : null,
    decisions: minutesShown ? meeting.decisions : null,
  };
}

/** Public meetings of the councils of some areas (all areas when omitted), upcoming first then past. */
export async function findPublicMeetings(ctx: ServiceContext, areaIds?: readonly string[]): Promise<PublicMeeting[]> {
  const councils = (await councilRepository.selectCouncils(ctx.db, ctx.tenantId, { areaIds })).filter((c) => c.meetingsPublic);
  if (councils.length === 0) return [];
  const byId = new Map(councils.map((c) => [c.id, c]));
  const meetings = await repository.selectMeetings(ctx.db, ctx.tenantId, { councilIds: [...byId.keys()], publicOnly: true }, 'upcoming', 2000);
  return meetings.filter((m) => m.status !== 'cancelled' || m.startsAt >= ctx.now).map((m) => publicView(m, byId.get(m.councilId)!));
}

/** One public meeting; NotFound when its council does not announce meetings. */
export async function getPublicMeeting(ctx: ServiceContext, id: string): Promise<PublicMeeting & { agenda: AgendaItemRow[] }> {
  const meeting = await repository.selectMeeting(ctx.db, ctx.tenantId, id);
  const council = meeting && (await councilRepository.selectCouncil(ctx.db, ctx.tenantId, meeting.councilId));
  if (!meeting || !council || !council.meetingsPublic || council.archivedAt) throw new NotFound();
  const agenda = await repository.selectAgenda(ctx.db, ctx.tenantId, id);
  // Agenda notes are minutes too: hidden unless the minutes are public.
  const shown = publicView(meeting, council);
  return { ...shown, agenda: shown.minutes === null ? agenda.map((a) => ({ ...a, notes: '' })) : agenda };
}

/** A meeting with everything a staff page shows; NotFound for another tenant's. */
export async function getMeeting(ctx: ServiceContext, id: string): Promise<MeetingRecord> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const meeting = await repository.selectMeeting(ctx.db, ctx.tenantId, id);
  if (!meeting) throw new NotFound();
  const [council, agenda, handouts, attendance, actionItems, allMembers] = await Promise.all([
    getCouncil(ctx, meeting.councilId),
    repository.selectAgenda(ctx.db, ctx.tenantId, id),
    repository.selectHandouts(ctx.db, ctx.tenantId, id),
    repository.selectAttendance(ctx.db, ctx.tenantId, [id]),
    repository.selectActionItems(ctx.db, ctx.tenantId, { meetingId: id }),
    councilRepository.selectMembers(ctx.db, ctx.tenantId, [meeting.councilId]),
  ]);
  const day = japanDateOf(meeting.startsAt);
  const members = allMembers.filter((m) => termCovers(m, day) || attendance.some((a) => a.memberId === m.id));
  return { meeting, council, agenda, handouts, attendance, actionItems, members };
}

async function getManagedMeeting(ctx: ServiceContext, id: string): Promise<MeetingRecord> {
  const record = await getMeeting(ctx, id);
  await getManagedCouncil(ctx, record.council.id);
  return record;
}

/** Schedules 第N回: numbered within the 年度 of its day, under a lock so two at once do not share a number. */
export async function scheduleMeeting(ctx: ServiceContext, councilId: string, input: MeetingInput): Promise<MeetingRow> {
  const actor = assertRole(ctx, 'admin', 'coordinator');
  const council = await getManagedCouncil(ctx, councilId);
  if (council.archivedAt) throw new Invalid([{ path: 'heldOn', message: 'councils.councilArchived' }]);
  const agenda = agendaRows(input.agenda, input.startsAt, input.endsAt);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await repository.lockCouncilForNumbering(db, ctx.tenantId, councilId);
    const fiscalYear = fiscalYearOf(japanDateOf(input.startsAt));
    const number = await repository.nextMeetingNumber(db, ctx.tenantId, councilId, fiscalYear);
    const { agenda: _typed, ...details } = input;
    const meeting = await repository.insertMeeting(db, ctx.tenantId, { ...details, councilId, fiscalYear, number, createdBy: actor.id, createdAt: ctx.now, updatedAt: ctx.now });
    await repository.replaceAgenda(db, ctx.tenantId, meeting.id, agenda);
    await recordAudit(ctx, db, { action: 'create', entityType: 'council_meeting', entityId: meeting.id, after: meeting });
    return meeting;
  });
}

/** Changes date, place or agenda of a meeting not yet closed; its number stays. */
export async function updateMeetingDetails(ctx: ServiceContext, id: string, version: number, input: MeetingInput): Promise<MeetingRow> {
  const { meeting: before } = await getManagedMeeting(ctx, id);
  if (before.status !== 'scheduled') throw new Invalid([{ path: 'heldOn', message: 'councils.meetingNotScheduled' }]);
  const agenda = agendaRows(input.agenda, input.startsAt, input.endsAt);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const { agenda: _typed, ...details } = input;
    const after = await repository.updateMeetingAtVersion(db, ctx.tenantId, id, version, { ...details, updatedAt: ctx.now });
    if (!after) throw new Invalid([{ path: 'version', message: 'councils.editConflict' }]);
    await repository.replaceAgenda(db, ctx.tenantId, id, agenda);
    await recordAudit(ctx, db, { action: 'update', entityType: 'council_meeting', entityId: id, before, after });
    return after;
  });
}

export async function cancelMeeting(ctx: ServiceContext, id: string): Promise<void> {
  const { meeting } = await getManagedMeeting(ctx, id);
  if (meeting.status !== 'scheduled') throw new Invalid([{ path: 'status', message: 'councils.meetingNotScheduled' }]);
  await repository.updateMeetingRow(ctx.db, ctx.tenantId, id, { status: 'cancelled', updatedAt: ctx.now });
  await recordAudit(ctx, ctx.db, { action: 'update', entityType: 'council_meeting', entityId: id, before: meeting, after: { status: 'cancelled' } });
}

/**
 * Closes a meeting (or corrects a closed one): attendance of members whose term
 * covers the day, counts of others and 傍聴者, minutes, decisions and action items.
 * All or nothing; a save over a newer version is refused.
 */
export async function closeMeeting(ctx: ServiceContext, id: string, input: ClosingInput): Promise<MeetingRow> {
  const record = await getManagedMeeting(ctx, id);
  const { meeting } = record;
  if (meeting.status === 'cancelled') throw new Invalid([{ path: 'minutes', message: 'councils.meetingCancelled' }]);
  const day = japanDateOf(meeting.startsAt);
  const all = await councilRepository.selectMembers(ctx.db, ctx.tenantId, [meeting.councilId]);
  for (const row of input.attendance) {
    const member = all.find((m) => m.id === row.memberId);
    if (!member) throw new Invalid([{ path: `attendance.${row.memberId}`, message: 'validation.choice' }]);
    if (!termCovers(member, day)) {
      throw new Invalid([{ path: `attendance.${row.memberId}`, message: messageWithParams('councils.attendanceOutsideTerm', { name: member.personName || member.organisationName || '', start: member.termStart }) }]);
    }
  }
  const staffIds = new Set((await ownerCandidates(ctx)).map((u) => u.id));
  input.actionItems.forEach((item, i) => {
    if (!staffIds.has(item.ownerId)) throw new Invalid([{ path: `action.${i}.ownerId`, message: 'councils.actionOwnerRequired' }]);
  });
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const after = await repository.updateMeetingAtVersion(db, ctx.tenantId, id, input.version, {
      status: 'closed',
      otherParticipants: input.otherParticipants,
      observers: input.observers,
      organisationsPresent: input.organisationsPresent,
      minutes: input.minutes,
      decisions: input.decisions,
      closedAt: meeting.closedAt ?? ctx.now,
      updatedAt: ctx.now,
    });
    if (!after) throw new Invalid([{ path: 'version', message: 'councils.editConflict' }]);
    await repository.replaceAttendance(db, ctx.tenantId, id, input.attendance);
    await repository.insertActionItems(db, ctx.tenantId, id, input.actionItems);
    for (const item of record.agenda) {
      const notes = input.agendaNotes[item.id];
      if (notes !== undefined && notes !== item.notes) await repository.updateAgendaNotes(db, ctx.tenantId, item.id, notes);
    }
    await recordAudit(ctx, db, { action: 'update', entityType: 'council_meeting', entityId: id, before: meeting, after });
    return after;
  });
}

/** Staff accounts that can own an action item. */
export async function ownerCandidates(ctx: ServiceContext): Promise<{ id: string; displayName: string }[]> {
  return councilRepository.selectStaffAccounts(ctx.db, ctx.tenantId);
}

/** Queues an invitation mail to every member with an address whose term covers the day, and a reminder before it. */
export async function sendInvitations(ctx: ServiceContext, id: string): Promise<{ queued: number; onPaper: CouncilMemberRow[] }> {
  const { meeting, members } = await getManagedMeeting(ctx, id);
  if (meeting.status !== 'scheduled') throw new Invalid([{ path: 'status', message: 'councils.meetingNotScheduled' }]);
  const invited = members.filter((m) => !m.archivedAt);
  let queued = 0;
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    for (const member of invited.filter((m) => m.email)) {
      const payload = { meetingId: id, memberId: member.id };
      if (await enqueueJob(db, { tenantId: ctx.tenantId, name: invitationJob, payload, uniqueKey: `${invitationJob}:${id}:${member.id}`, runAt: ctx.now })) queued++;
      const remindAt = new Date(meeting.startsAt.getTime() - reminderLeadMs);
      if (remindAt > ctx.now) await enqueueJob(db, { tenantId: ctx.tenantId, name: reminderJob, payload, uniqueKey: `${reminderJob}:${id}:${member.id}:${meeting.startsAt.toISOString()}`, runAt: remindAt });
    }
    await repository.updateMeetingRow(db, ctx.tenantId, id, { invitationsSentAt: ctx.now });
    await recordAudit(ctx, db, { action: 'update', entityType: 'council_meeting', entityId: id, after: { invitationsQueued: queued } });
  });
  return { queued, onPaper: invited.filter((m) => !m.email) };
}

/** The action items waiting for one staff account (the home page's list), with their meeting. */
export async function findOpenActionItems(ctx: ServiceContext, ownerId: string): Promise<(ActionItemRow & { meeting: MeetingRow | undefined })[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  const items = await repository.selectActionItems(ctx.db, ctx.tenantId, { ownerId, openOnly: true });
  const meetings = await Promise.all([...new Set(items.map((i) => i.meetingId))].map((mid) => repository.selectMeeting(ctx.db, ctx.tenantId, mid)));
  return items.map((i) => ({ ...i, meeting: meetings.find((m) => m?.id === i.meetingId) }));
}

/** The owner (or someone who manages the council) marks an action item done, or open again. */
export async function setActionItemDone(ctx: ServiceContext, id: string, done: boolean): Promise<void> {
  const actor = assertRole(ctx, 'admin', 'coordinator', 'staff');
  const item = await repository.selectActionItem(ctx.db, ctx.tenantId, id);
  if (!item) throw new NotFound();
  if (item.ownerId !== actor.id) await getManagedMeeting(ctx, item.meetingId);
  const after = await repository.markActionItemDone(ctx.db, ctx.tenantId, id, done ? ctx.now : null);
  await recordAudit(ctx, ctx.db, { action: 'update', entityType: 'meeting_action_item', entityId: id, before: item, after });
}
