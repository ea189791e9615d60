// A minimal read of councils and their meetings, kept here only until the
// councils feature offers these reads in its service (then this file goes).
import { and, asc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { councilMeetings, councils, councilTerms } from '../councils/schema.ts';

export type CouncilRow = typeof councils.$inferSelect;
export type MeetingRow = typeof councilMeetings.$inferSelect;

export async function selectCouncils(db: Database, tenantId: string): Promise<(CouncilRow & { kindName: string })[]> {
  const rows = await db
    .select({ council: councils, kindName: councilTerms.name })
    .from(councils)
    .innerJoin(councilTerms, and(eq(councilTerms.tenantId, councils.tenantId), eq(councilTerms.id, councils.kindId)))
    .where(and(eq(councils.tenantId, tenantId), isNull(councils.archivedAt)))
    .orderBy(asc(councils.name));
  return rows.map((r) => ({ ...r.council, kindName: r.kindName }));
}

export async function selectMeetings(db: Database, tenantId: string, filter: { ids?: readonly string[]; councilIds?: readonly string[]; from?: Date }): Promise<MeetingRow[]> {
  const conditions = [eq(councilMeetings.tenantId, tenantId)];
  if (filter.ids) conditions.push(filter.ids.length ? inArray(councilMeetings.id, [...filter.ids]) : sql`false`);
  if (filter.councilIds) conditions.push(filter.councilIds.length ? inArray(councilMeetings.councilId, [...filter.councilIds]) : sql`false`);
  if (filter.from) conditions.push(gte(councilMeetings.endsAt, filter.from));
  return db.select().from(councilMeetings).where(and(...conditions)).orderBy(asc(councilMeetings.startsAt)).limit(1000);
}
