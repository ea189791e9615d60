import { and, asc, desc, eq, gte, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { councilMeetings, councils, meetingActionItems, meetingAgendaItems, meetingAttendance, meetingHandouts } from './schema.ts';

export type MeetingRow = typeof councilMeetings.$inferSelect;
export type AgendaItemRow = typeof meetingAgendaItems.$inferSelect;
export type AttendanceRow = typeof meetingAttendance.$inferSelect;
export type ActionItemRow = typeof meetingActionItems.$inferSelect;
/** A handout's description, without its bytes (lists never load files). */
export type HandoutInfo = Omit<typeof meetingHandouts.$inferSelect, 'content'>;
type NewMeeting = Omit<typeof councilMeetings.$inferInsert, 'tenantId'>;

export type MeetingFilter = { councilIds?: readonly string[]; from?: Date; status?: string; publicOnly?: boolean };

function meetingConditions(tenantId: string, filter: MeetingFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(councilMeetings.tenantId, tenantId)];
  if (filter.councilIds) conditions.push(filter.councilIds.length ? inArray(councilMeetings.councilId, [...filter.councilIds]) : sql`false`);
  if (filter.from) conditions.push(gte(councilMeetings.startsAt, filter.from));
  if (filter.status) conditions.push(eq(councilMeetings.status, filter.status));
  if (filter.publicOnly) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${councils} WHERE ${councils.tenantId} = ${councilMeetings.tenantId} AND ${councils.id} = ${councilMeetings.councilId} AND ${councils.meetingsPublic} AND ${councils.archivedAt} IS NULL)`);
  }
  return and(...conditions);
}

export async function selectMeetings(db: Database, tenantId: string, filter: MeetingFilter, order: 'upcoming' | 'recent' = 'recent', limit = 500): Promise<MeetingRow[]> {
  return db
    .select()
    .from(councilMeetings)
    .where(meetingConditions(tenantId, filter))
    .orderBy(order === 'upcoming' ? asc(councilMeetings.startsAt) : desc(councilMeetings.startsAt))
    .limit(limit);
}

export async function selectMeeting(db: Database, tenantId: string, id: string): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(councilMeetings).where(and(eq(councilMeetings.tenantId, tenantId), eq(councilMeetings.id, id))).limit(1);
  return row;
}

/** The next 第N回 of a council in a 年度 (under the caller's lock). */
export async function nextMeetingNumber(db: Database, tenantId: string, councilId: string, fiscalYear: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${councilMeetings.number}), 0)::int + 1` })
    .from(councilMeetings)
    .where(and(eq(councilMeetings.tenantId, tenantId), eq(councilMeetings.councilId, councilId), eq(councilMeetings.fiscalYear, fiscalYear)));
  return row?.n ?? 1;
}

/** Serialises numbering per council: two meetings scheduled at once do not both become 第3回. */
export async function lockCouncilForNumbering(db: Database, tenantId: string, councilId: string): Promise<void> {
  await db.select({ id: councils.id }).from(councils).where(and(eq(councils.tenantId, tenantId), eq(councils.id, councilId))).for('update');
}

export async function insertMeeting(db: Database, tenantId: string, values: NewMeeting): Promise<MeetingRow> {
  const [row] = await db.insert(councilMeetings).values({ ...values, tenantId }).returning();
  return row!;
}

/** Saves when the record is still at `version`; undefined means someone else saved first. */
export async function updateMeetingAtVersion(db: Database, tenantId: string, id: string, version: number, values: Partial<NewMeeting>): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(councilMeetings)
    .set({ ...values, version: sql`${councilMeetings.version} + 1` })
    .where(and(eq(councilMeetings.tenantId, tenantId), eq(councilMeetings.id, id), eq(councilMeetings.version, version)))
    .returning();
  return row;
}

export async function updateMeetingRow(db: Database, tenantId: string, id: string, values: Partial<NewMeeting>): Promise<void> {
  await db.update(councilMeetings).set(values).where(and(eq(councilMeetings.tenantId, tenantId), eq(councilMeetings.id, id)));
}

export async function selectAgenda(db: Database, tenantId: string, meetingId: string): Promise<AgendaItemRow[]> {
  return db.select().from(meetingAgendaItems).where(and(eq(meetingAgendaItems.tenantId, tenantId), eq(meetingAgendaItems.meetingId, meetingId))).orderBy(asc(meetingAgendaItems.position));
}

/** Replaces a meeting's agenda with a new tree (parents before children, ids given by the caller). */
export async function replaceAgenda(db: Database, tenantId: string, meetingId: string, items: Omit<typeof meetingAgendaItems.$inferInsert, 'tenantId' | 'meetingId'>[]): Promise<void> {
  await db.delete(meetingAgendaItems).where(and(eq(meetingAgendaItems.tenantId, tenantId), eq(meetingAgendaItems.meetingId, meetingId)));
  if (items.length) await db.insert(meetingAgendaItems).values(items.map((item) => ({ ...item, tenantId, meetingId })));
}

export async function selectAttendance(db: Database, tenantId: string, meetingIds: readonly string[]): Promise<AttendanceRow[]> {
  if (meetingIds.length === 0) return [];
  return db.select().from(meetingAttendance).where(and(eq(meetingAttendance.tenantId, tenantId), inArray(meetingAttendance.meetingId, [...meetingIds])));
}

export async function replaceAttendance(db: Database, tenantId: string, meetingId: string, rows: { memberId: string; status: string; proxyName: string }[]): Promise<void> {
  await db.delete(meetingAttendance).where(and(eq(meetingAttendance.tenantId, tenantId), eq(meetingAttendance.meetingId, meetingId)));
  if (rows.length) await db.insert(meetingAttendance).values(rows.map((r) => ({ ...r, tenantId, meetingId })));
}

const handoutInfo = {
  id: meetingHandouts.id,
  tenantId: meetingHandouts.tenantId,
  meetingId: meetingHandouts.meetingId,
  position: meetingHandouts.position,
  title: meetingHandouts.title,
  fileName: meetingHandouts.fileName,
  mediaType: meetingHandouts.mediaType,
  byteSize: meetingHandouts.byteSize,
  createdAt: meetingHandouts.createdAt,
};

export async function selectHandouts(db: Database, tenantId: string, meetingId: string): Promise<HandoutInfo[]> {
  return db.select(handoutInfo).from(meetingHandouts).where(and(eq(meetingHandouts.tenantId, tenantId), eq(meetingHandouts.meetingId, meetingId))).orderBy(asc(meetingHandouts.position));
}

export async function selectHandoutFile(db: Database, tenantId: string, meetingId: string, id: string): Promise<(HandoutInfo & { content: Uint8Array }) | undefined> {
  const [row] = await db
    .select()
    .from(meetingHandouts)
    .where(and(eq(meetingHandouts.tenantId, tenantId), eq(meetingHandouts.meetingId, meetingId), eq(meetingHandouts.id, id)))
    .limit(1);
  return row;
}

export async function insertHandout(db: Database, tenantId: string, values: Omit<typeof meetingHandouts.$inferInsert, 'tenantId' | 'position'>): Promise<HandoutInfo> {
  const [row] = await db
    .insert(meetingHandouts)
    .values({
      ...values,
      tenantId,
      // 資料1, 資料2 … in the order they were added.
      position: sql`(SELECT coalesce(max(${meetingHandouts.position}), 0) + 1 FROM ${meetingHandouts} WHERE ${meetingHandouts.tenantId} = ${tenantId} AND ${meetingHandouts.meetingId} = ${values.meetingId})`,
    })
    .returning(handoutInfo);
  return row!;
}

export async function deleteHandout(db: Database, tenantId: string, meetingId: string, id: string): Promise<void> {
  await db.delete(meetingHandouts).where(and(eq(meetingHandouts.tenantId, tenantId), eq(meetingHandouts.meetingId, meetingId), eq(meetingHandouts.id, id)));
}

export async function selectActionItems(db: Database, tenantId: string, filter: { meetingId?: string; ownerId?: string; openOnly?: boolean }): Promise<ActionItemRow[]> {
  const conditions: SQL[] = [eq(meetingActionItems.tenantId, tenantId)];
  if (filter.meetingId) conditions.push(eq(meetingActionItems.meetingId, filter.meetingId));
  if (filter.ownerId) conditions.push(eq(meetingActionItems.ownerId, filter.ownerId));
  if (filter.openOnly) conditions.push(isNull(meetingActionItems.doneAt));
  return db
    .select()
    .from(meetingActionItems)
    .where(and(...conditions))
    .orderBy(sql`${meetingActionItems.dueOn} ASC NULLS LAST`, asc(meetingActionItems.createdAt));
}

export async function insertActionItems(db: Database, tenantId: string, meetingId: string, items: { title: string; ownerId: string; dueOn: string | null }[]): Promise<void> {
  if (items.length) await db.insert(meetingActionItems).values(items.map((item) => ({ ...item, tenantId, meetingId })));
}

export async function markActionItemDone(db: Database, tenantId: string, id: string, doneAt: Date | null): Promise<ActionItemRow | undefined> {
  const [row] = await db.update(meetingActionItems).set({ doneAt }).where(and(eq(meetingActionItems.tenantId, tenantId), eq(meetingActionItems.id, id))).returning();
  return row;
}

export async function selectActionItem(db: Database, tenantId: string, id: string): Promise<ActionItemRow | undefined> {
  const [row] = await db.select().from(meetingActionItems).where(and(eq(meetingActionItems.tenantId, tenantId), eq(meetingActionItems.id, id))).limit(1);
  return row;
}

export async function updateAgendaNotes(db: Database, tenantId: string, id: string, notes: string): Promise<void> {
  await db.update(meetingAgendaItems).set({ notes }).where(and(eq(meetingAgendaItems.tenantId, tenantId), eq(meetingAgendaItems.id, id)));
}
