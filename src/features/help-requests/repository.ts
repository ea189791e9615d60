import { and, asc, desc, eq, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { likePattern } from './resident-search.ts';
import { helpRequestContacts, helpRequestDrafts, helpRequests, helpRequestStatusChanges, residents } from './schema.ts';

export type ResidentRow = typeof residents.$inferSelect;
export type HelpRequestRow = typeof helpRequests.$inferSelect;
export type HelpRequestStatusChangeRow = typeof helpRequestStatusChanges.$inferSelect;
export type DraftRow = typeof helpRequestDrafts.$inferSelect;

function areaCondition(column: typeof residents.areaId | typeof helpRequests.areaId, areaIds: readonly string[] | undefined): SQL | undefined {
  if (!areaIds) return undefined;
  return areaIds.length ? inArray(column, [...areaIds]) : sql`false`;
}

/** Residents whose name, reading or phone contain every term, in the given areas (all when undefined). */
export async function searchResidents(db: Database, tenantId: string, terms: string[], areaIds: readonly string[] | undefined): Promise<ResidentRow[]> {
  const conditions = [eq(residents.tenantId, tenantId), isNull(residents.anonymisedAt), ...terms.map((t) => sql`${residents.searchText} LIKE ${likePattern(t)}`)];
  const scoped = areaCondition(residents.areaId, areaIds);
  if (scoped) conditions.push(scoped);
  return db.select().from(residents).where(and(...conditions)).orderBy(asc(residents.nameReading), asc(residents.name)).limit(20);
}

export async function selectResident(db: Database, tenantId: string, id: string): Promise<ResidentRow | undefined> {
  const [row] = await db.select().from(residents).where(and(eq(residents.tenantId, tenantId), eq(residents.id, id))).limit(1);
  return row;
}

/** Residents by id, in the given areas (all when undefined). */
export async function selectResidentsByIds(db: Database, tenantId: string, ids: string[], areaIds: readonly string[] | undefined): Promise<ResidentRow[]> {
  const conditions = [eq(residents.tenantId, tenantId), inArray(residents.id, ids)];
  const scoped = areaCondition(residents.areaId, areaIds);
  if (scoped) conditions.push(scoped);
  return db.select().from(residents).where(and(...conditions));
}

export async function insertResident(db: Database, tenantId: string, values: Omit<typeof residents.$inferInsert, 'tenantId'>): Promise<ResidentRow> {
  const [row] = await db.insert(residents).values({ ...values, tenantId }).returning();
  return row!;
}

export async function insertHelpRequest(db: Database, tenantId: string, values: Omit<typeof helpRequests.$inferInsert, 'tenantId'>): Promise<HelpRequestRow> {
  const [row] = await db.insert(helpRequests).values({ ...values, tenantId }).returning();
  return row!;
}

export async function selectHelpRequest(db: Database, tenantId: string, id: string): Promise<HelpRequestRow | undefined> {
  const [row] = await db.select().from(helpRequests).where(and(eq(helpRequests.tenantId, tenantId), eq(helpRequests.id, id))).limit(1);
  return row;
}

export type RequestWithResident = { request: HelpRequestRow; resident: ResidentRow };

/** Requests with their resident, newest first, in the given areas (all when undefined); at most `limit` (null: all of them). */
export async function selectHelpRequests(db: Database, tenantId: string, filter: { areaIds?: readonly string[]; status?: string; source?: string; residentId?: string }, limit: number | null = 500): Promise<RequestWithResident[]> {
  const conditions = [eq(helpRequests.tenantId, tenantId)];
  const scoped = areaCondition(helpRequests.areaId, filter.areaIds);
  if (scoped) conditions.push(scoped);
  if (filter.status) conditions.push(eq(helpRequests.status, filter.status));
  if (filter.source) conditions.push(eq(helpRequests.source, filter.source));
  if (filter.residentId) conditions.push(eq(helpRequests.residentId, filter.residentId));
  const query = db
    .select({ request: helpRequests, resident: residents })
    .from(helpRequests)
    .innerJoin(residents, and(eq(residents.id, helpRequests.residentId), eq(residents.tenantId, helpRequests.tenantId)))
    .where(and(...conditions))
    .orderBy(desc(helpRequests.receivedOn), desc(helpRequests.createdAt))
    .$dynamic();
  return limit === null ? query : query.limit(limit);
}

export async function updateHelpRequestRow(db: Database, tenantId: string, id: string, values: Partial<typeof helpRequests.$inferInsert>): Promise<HelpRequestRow | undefined> {
  const [row] = await db.update(helpRequests).set(values).where(and(eq(helpRequests.tenantId, tenantId), eq(helpRequests.id, id))).returning();
  return row;
}

export async function insertRequestStatusChange(db: Database, tenantId: string, values: Omit<typeof helpRequestStatusChanges.$inferInsert, 'tenantId'>): Promise<void> {
  await db.insert(helpRequestStatusChanges).values({ ...values, tenantId });
}

export async function selectRequestStatusChanges(db: Database, tenantId: string, helpRequestId: string): Promise<HelpRequestStatusChangeRow[]> {
  return db
    .select()
    .from(helpRequestStatusChanges)
    .where(and(eq(helpRequestStatusChanges.tenantId, tenantId), eq(helpRequestStatusChanges.helpRequestId, helpRequestId)))
    .orderBy(asc(helpRequestStatusChanges.onDate), asc(helpRequestStatusChanges.createdAt));
}

export async function selectDraft(db: Database, tenantId: string, userId: string, id: string): Promise<DraftRow | undefined> {
  const [row] = await db
    .select()
    .from(helpRequestDrafts)
    .where(and(eq(helpRequestDrafts.tenantId, tenantId), eq(helpRequestDrafts.userId, userId), eq(helpRequestDrafts.id, id)))
    .limit(1);
  return row;
}

export async function selectDrafts(db: Database, tenantId: string, userId: string): Promise<DraftRow[]> {
  return db
    .select()
    .from(helpRequestDrafts)
    .where(and(eq(helpRequestDrafts.tenantId, tenantId), eq(helpRequestDrafts.userId, userId)))
    .orderBy(desc(helpRequestDrafts.updatedAt))
    .limit(20);
}

export async function insertDraft(db: Database, tenantId: string, userId: string, fields: Record<string, string>, now: Date): Promise<DraftRow> {
  const [row] = await db.insert(helpRequestDrafts).values({ tenantId, userId, fields, createdAt: now, updatedAt: now }).returning();
  return row!;
}

export async function updateDraft(db: Database, tenantId: string, userId: string, id: string, fields: Record<string, string>, now: Date): Promise<DraftRow | undefined> {
  const [row] = await db
    .update(helpRequestDrafts)
    .set({ fields, updatedAt: now })
    .where(and(eq(helpRequestDrafts.tenantId, tenantId), eq(helpRequestDrafts.userId, userId), eq(helpRequestDrafts.id, id)))
    .returning();
  return row;
}

export async function deleteDraft(db: Database, tenantId: string, userId: string, id: string): Promise<void> {
  await db.delete(helpRequestDrafts).where(and(eq(helpRequestDrafts.tenantId, tenantId), eq(helpRequestDrafts.userId, userId), eq(helpRequestDrafts.id, id)));
}

export async function selectHelpRequestsByIds(db: Database, tenantId: string, ids: string[]): Promise<RequestWithResident[]> {
  if (ids.length === 0) return [];
  return db
    .select({ request: helpRequests, resident: residents })
    .from(helpRequests)
    .innerJoin(residents, and(eq(residents.id, helpRequests.residentId), eq(residents.tenantId, helpRequests.tenantId)))
    .where(and(eq(helpRequests.tenantId, tenantId), inArray(helpRequests.id, ids)));
}

export type ContactRow = typeof helpRequestContacts.$inferSelect;

export async function insertContact(db: Database, tenantId: string, values: Omit<typeof helpRequestContacts.$inferInsert, 'tenantId'>): Promise<ContactRow> {
  const [row] = await db.insert(helpRequestContacts).values({ ...values, tenantId }).returning();
  return row!;
}

export async function selectContacts(db: Database, tenantId: string, helpRequestId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(helpRequestContacts)
    .where(and(eq(helpRequestContacts.tenantId, tenantId), eq(helpRequestContacts.helpRequestId, helpRequestId)))
    .orderBy(desc(helpRequestContacts.contactedOn), desc(helpRequestContacts.createdAt));
}

export async function selectContact(db: Database, tenantId: string, id: string): Promise<ContactRow | undefined> {
  const [row] = await db.select().from(helpRequestContacts).where(and(eq(helpRequestContacts.tenantId, tenantId), eq(helpRequestContacts.id, id))).limit(1);
  return row;
}

export async function markFollowUpDone(db: Database, tenantId: string, id: string, now: Date): Promise<void> {
  await db.update(helpRequestContacts).set({ followUpDoneAt: now }).where(and(eq(helpRequestContacts.tenantId, tenantId), eq(helpRequestContacts.id, id)));
}

export type FollowUpDue = { contact: ContactRow; request: HelpRequestRow; residentName: string };

/** Follow-ups due on or before `today` and not yet done, in the given areas (all when undefined). */
export async function selectFollowUpsDue(db: Database, tenantId: string, today: string, areaIds: readonly string[] | undefined): Promise<FollowUpDue[]> {
  const conditions = [eq(helpRequestContacts.tenantId, tenantId), lte(helpRequestContacts.followUpOn, today), isNull(helpRequestContacts.followUpDoneAt)];
  const scoped = areaCondition(helpRequests.areaId, areaIds);
  if (scoped) conditions.push(scoped);
  const rows = await db
    .select({ contact: helpRequestContacts, request: helpRequests, residentName: residents.name })
    .from(helpRequestContacts)
    .innerJoin(helpRequests, and(eq(helpRequests.id, helpRequestContacts.helpRequestId), eq(helpRequests.tenantId, helpRequestContacts.tenantId)))
    .innerJoin(residents, and(eq(residents.id, helpRequests.residentId), eq(residents.tenantId, helpRequests.tenantId)))
    .where(and(...conditions))
    .orderBy(asc(helpRequestContacts.followUpOn))
    .limit(100);
  return rows;
}

const groupColumns = {
  helpType: helpRequests.helpTypeId,
  area: helpRequests.areaId,
  outcome: helpRequests.outcome,
  unmetReason: helpRequests.unmetReason,
  referrer: helpRequests.referrerType,
  source: helpRequests.source,
} as const;
export type RequestGrouping = keyof typeof groupColumns;

/** Requests received between two dates, counted by one column; unmet reasons count only 対応できず. */
export async function countRequestsBy(db: Database, tenantId: string, range: { start: string; end: string }, areaIds: readonly string[] | undefined, by: RequestGrouping): Promise<{ key: string; count: number }[]> {
  const column = groupColumns[by];
  const conditions = [eq(helpRequests.tenantId, tenantId), sql`${helpRequests.receivedOn} BETWEEN ${range.start} AND ${range.end}`];
  const scoped = areaCondition(helpRequests.areaId, areaIds);
  if (scoped) conditions.push(scoped);
  if (by === 'unmetReason') conditions.push(eq(helpRequests.status, 'unmet'));
  if (by === 'outcome') conditions.push(eq(helpRequests.status, 'closed'));
  const rows = await db
    .select({ key: sql<string>`${column}::text`, count: sql<number>`count(*)::int` })
    .from(helpRequests)
    .where(and(...conditions))
    .groupBy(column);
  return rows.sort((a, b) => b.count - a.count);
}

/** Closed or unmet requests that ended before `closedBefore` and still hold personal details. */
export async function selectRequestsToAnonymise(db: Database, tenantId: string, closedBefore: string): Promise<HelpRequestRow[]> {
  return db
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.tenantId, tenantId), inArray(helpRequests.status, ['closed', 'unmet']), sql`${helpRequests.closedOn} < ${closedBefore}`, isNull(helpRequests.anonymisedAt)))
    .limit(1000);
}

/** Whether the resident has any request that is still open or ended on or after `closedBefore`. */
export async function residentHasRecentRequests(db: Database, tenantId: string, residentId: string, closedBefore: string): Promise<boolean> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(helpRequests)
    .where(and(eq(helpRequests.tenantId, tenantId), eq(helpRequests.residentId, residentId), sql`(${helpRequests.closedOn} IS NULL OR ${helpRequests.closedOn} >= ${closedBefore})`));
  return (row?.n ?? 0) > 0;
}

export async function anonymiseRequestRow(db: Database, tenantId: string, id: string, now: Date): Promise<void> {
  await db
    .update(helpRequests)
    .set({ description: '', referrerName: '', referrerPhone: '', meetingPoint: '', anonymisedAt: now, updatedAt: now })
    .where(and(eq(helpRequests.tenantId, tenantId), eq(helpRequests.id, id)));
  await db.update(helpRequestContacts).set({ note: '' }).where(and(eq(helpRequestContacts.tenantId, tenantId), eq(helpRequestContacts.helpRequestId, id)));
}

export async function anonymiseResidentRow(db: Database, tenantId: string, id: string, now: Date): Promise<void> {
  await db
    .update(residents)
    .set({ name: '', nameReading: '', phone: '', postalCode: '', address: '', household: '', situationNotes: '', searchText: '', anonymisedAt: now, updatedAt: now })
    .where(and(eq(residents.tenantId, tenantId), eq(residents.id, id), isNull(residents.anonymisedAt)));
}

/** Web requests still at 受付 in the given areas (all when undefined): what waits on the staff home. */
export async function countWebRequestsWaiting(db: Database, tenantId: string, areaIds: readonly string[] | undefined): Promise<number> {
  const conditions = [eq(helpRequests.tenantId, tenantId), eq(helpRequests.source, 'public'), eq(helpRequests.status, 'received')];
  const scoped = areaCondition(helpRequests.areaId, areaIds);
  if (scoped) conditions.push(scoped);
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(helpRequests).where(and(...conditions));
  return Number(row?.count ?? 0);
}

/**
 * The evidence of a local issue: requests of these help types in these areas
 * that went unanswered (対応できず since `since`) and that are waiting now
 * (受付・調整中, not yet matched). Counts only.
 */
export async function countUnansweredRequests(db: Database, tenantId: string, filter: { helpTypeIds: readonly string[]; areaIds: readonly string[]; since: string }): Promise<{ unmet: number; waiting: number }> {
  if (filter.helpTypeIds.length === 0 || filter.areaIds.length === 0) return { unmet: 0, waiting: 0 };
  const [row] = await db
    .select({
      unmet: sql<number>`count(*) FILTER (WHERE ${helpRequests.status} = 'unmet' AND ${helpRequests.statusSince} >= ${filter.since})::int`,
      waiting: sql<number>`count(*) FILTER (WHERE ${helpRequests.status} IN ('received', 'coordinating'))::int`,
    })
    .from(helpRequests)
    .where(and(eq(helpRequests.tenantId, tenantId), inArray(helpRequests.helpTypeId, [...filter.helpTypeIds]), inArray(helpRequests.areaId, [...filter.areaIds]), inArray(helpRequests.status, ['unmet', 'received', 'coordinating'])));
  return { unmet: row?.unmet ?? 0, waiting: row?.waiting ?? 0 };
}
