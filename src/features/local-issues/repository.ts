import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { localIssueAreas, localIssueHelpTypes, localIssueMeetings, localIssueOutcomes, localIssues, localIssueUpdates } from './schema.ts';

export type LocalIssueRow = typeof localIssues.$inferSelect;
export type IssueUpdateRow = typeof localIssueUpdates.$inferSelect;
export type IssueOutcomeRow = typeof localIssueOutcomes.$inferSelect;
type NewIssue = Omit<typeof localIssues.$inferInsert, 'tenantId'>;
type NewUpdate = Omit<typeof localIssueUpdates.$inferInsert, 'tenantId'>;
type NewOutcome = Omit<typeof localIssueOutcomes.$inferInsert, 'tenantId'>;

export type IssueFilter = { status?: string; areaIds?: readonly string[]; helpTypeId?: string; councilId?: string; publicOnly?: boolean };

// The one WHERE the register, the public page and the API share.
function issueConditions(tenantId: string, filter: IssueFilter): SQL | undefined {
  const t = localIssues;
  const conditions: (SQL | undefined)[] = [eq(t.tenantId, tenantId)];
  if (filter.status) conditions.push(eq(t.status, filter.status));
  if (filter.publicOnly) conditions.push(eq(t.isPublic, true));
  if (filter.areaIds) {
    const inAreas = filter.areaIds.length ? inArray(localIssueAreas.areaId, [...filter.areaIds]) : sql`false`;
    conditions.push(sql`EXISTS (SELECT 1 FROM ${localIssueAreas} WHERE ${localIssueAreas.tenantId} = ${t.tenantId} AND ${localIssueAreas.issueId} = ${t.id} AND ${inAreas})`);
  }
  if (filter.helpTypeId) {
    conditions.push(sql`EXISTS (SELECT 1 FROM ${localIssueHelpTypes} WHERE ${localIssueHelpTypes.tenantId} = ${t.tenantId} AND ${localIssueHelpTypes.issueId} = ${t.id} AND ${localIssueHelpTypes.helpTypeId} = ${filter.helpTypeId})`);
  }
  if (filter.councilId) {
    // Held now, raised from, or on the trail: an escalated issue shows on both councils.
    const onTrail = sql`EXISTS (SELECT 1 FROM ${localIssueUpdates} WHERE ${localIssueUpdates.tenantId} = ${t.tenantId} AND ${localIssueUpdates.issueId} = ${t.id} AND ${localIssueUpdates.councilId} = ${filter.councilId})`;
    conditions.push(or(eq(t.councilId, filter.councilId), eq(t.raisedFromCouncilId, filter.councilId), onTrail));
  }
  return and(...conditions);
}

export async function selectIssues(db: Database, tenantId: string, filter: IssueFilter, limit = 500): Promise<LocalIssueRow[]> {
  return db.select().from(localIssues).where(issueConditions(tenantId, filter)).orderBy(desc(localIssues.raisedOn), desc(localIssues.createdAt)).limit(limit);
}

export async function selectIssue(db: Database, tenantId: string, id: string): Promise<LocalIssueRow | undefined> {
  const [row] = await db.select().from(localIssues).where(and(eq(localIssues.tenantId, tenantId), eq(localIssues.id, id))).limit(1);
  return row;
}

export async function selectIssueAreas(db: Database, tenantId: string, issueIds: readonly string[]): Promise<{ issueId: string; areaId: string }[]> {
  if (issueIds.length === 0) return [];
  return db.select({ issueId: localIssueAreas.issueId, areaId: localIssueAreas.areaId }).from(localIssueAreas).where(and(eq(localIssueAreas.tenantId, tenantId), inArray(localIssueAreas.issueId, [...issueIds])));
}

export async function selectIssueHelpTypes(db: Database, tenantId: string, issueIds: readonly string[]): Promise<{ issueId: string; helpTypeId: string }[]> {
  if (issueIds.length === 0) return [];
  return db
    .select({ issueId: localIssueHelpTypes.issueId, helpTypeId: localIssueHelpTypes.helpTypeId })
    .from(localIssueHelpTypes)
    .where(and(eq(localIssueHelpTypes.tenantId, tenantId), inArray(localIssueHelpTypes.issueId, [...issueIds])));
}

export async function insertIssue(db: Database, tenantId: string, values: NewIssue): Promise<LocalIssueRow> {
  const [row] = await db.insert(localIssues).values({ ...values, tenantId }).returning();
  return row!;
}

/** Saves over the version the editor started from and bumps it; undefined when someone saved first. */
export async function updateIssueRow(db: Database, tenantId: string, id: string, expectedVersion: number, values: Partial<NewIssue>): Promise<LocalIssueRow | undefined> {
  const [row] = await db
    .update(localIssues)
    .set({ ...values, version: sql`${localIssues.version} + 1` })
    .where(and(eq(localIssues.tenantId, tenantId), eq(localIssues.id, id), eq(localIssues.version, expectedVersion)))
    .returning();
  return row;
}

export async function replaceIssueAreas(db: Database, tenantId: string, issueId: string, areaIds: readonly string[]): Promise<void> {
  await db.delete(localIssueAreas).where(and(eq(localIssueAreas.tenantId, tenantId), eq(localIssueAreas.issueId, issueId)));
  if (areaIds.length) await db.insert(localIssueAreas).values(areaIds.map((areaId) => ({ tenantId, issueId, areaId })));
}

export async function replaceIssueHelpTypes(db: Database, tenantId: string, issueId: string, helpTypeIds: readonly string[]): Promise<void> {
  await db.delete(localIssueHelpTypes).where(and(eq(localIssueHelpTypes.tenantId, tenantId), eq(localIssueHelpTypes.issueId, issueId)));
  if (helpTypeIds.length) await db.insert(localIssueHelpTypes).values(helpTypeIds.map((helpTypeId) => ({ tenantId, issueId, helpTypeId })));
}

export async function linkMeeting(db: Database, tenantId: string, issueId: string, meetingId: string): Promise<void> {
  await db.insert(localIssueMeetings).values({ tenantId, issueId, meetingId }).onConflictDoNothing();
}

export async function selectLinkedMeetingIds(db: Database, tenantId: string, issueId: string): Promise<string[]> {
  const rows = await db.select({ id: localIssueMeetings.meetingId }).from(localIssueMeetings).where(and(eq(localIssueMeetings.tenantId, tenantId), eq(localIssueMeetings.issueId, issueId)));
  return rows.map((r) => r.id);
}

export async function selectIssueIdsOfMeeting(db: Database, tenantId: string, meetingId: string): Promise<string[]> {
  const rows = await db.select({ id: localIssueMeetings.issueId }).from(localIssueMeetings).where(and(eq(localIssueMeetings.tenantId, tenantId), eq(localIssueMeetings.meetingId, meetingId)));
  return rows.map((r) => r.id);
}

export async function insertUpdate(db: Database, tenantId: string, values: NewUpdate): Promise<IssueUpdateRow> {
  const [row] = await db.insert(localIssueUpdates).values({ ...values, tenantId }).returning();
  return row!;
}

/** Timelines, oldest first, so each reads as a story. */
export async function selectUpdates(db: Database, tenantId: string, issueIds: readonly string[]): Promise<IssueUpdateRow[]> {
  if (issueIds.length === 0) return [];
  return db
    .select()
    .from(localIssueUpdates)
    .where(and(eq(localIssueUpdates.tenantId, tenantId), inArray(localIssueUpdates.issueId, [...issueIds])))
    .orderBy(asc(localIssueUpdates.happenedOn), asc(localIssueUpdates.createdAt));
}

export async function insertOutcome(db: Database, tenantId: string, values: NewOutcome): Promise<IssueOutcomeRow> {
  const [row] = await db.insert(localIssueOutcomes).values({ ...values, tenantId }).returning();
  return row!;
}

export async function deleteOutcomeRow(db: Database, tenantId: string, issueId: string, id: string): Promise<IssueOutcomeRow | undefined> {
  const [row] = await db.delete(localIssueOutcomes).where(and(eq(localIssueOutcomes.tenantId, tenantId), eq(localIssueOutcomes.issueId, issueId), eq(localIssueOutcomes.id, id))).returning();
  return row;
}

export async function selectOutcomes(db: Database, tenantId: string, issueIds: readonly string[]): Promise<IssueOutcomeRow[]> {
  if (issueIds.length === 0) return [];
  return db
    .select()
    .from(localIssueOutcomes)
    .where(and(eq(localIssueOutcomes.tenantId, tenantId), inArray(localIssueOutcomes.issueId, [...issueIds])))
    .orderBy(asc(localIssueOutcomes.achievedOn), asc(localIssueOutcomes.createdAt));
}

/** The issues a listing was built or changed for. */
export async function selectIssuesOfResource(db: Database, tenantId: string, resourceId: string): Promise<LocalIssueRow[]> {
  const rows = await db
    .selectDistinct({ issue: localIssues })
    .from(localIssueOutcomes)
    .innerJoin(localIssues, and(eq(localIssues.tenantId, localIssueOutcomes.tenantId), eq(localIssues.id, localIssueOutcomes.issueId)))
    .where(and(eq(localIssueOutcomes.tenantId, tenantId), eq(localIssueOutcomes.resourceId, resourceId)));
  return rows.map((r) => r.issue);
}
