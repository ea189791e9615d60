import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { users } from '../../platform/auth/schema.ts';
import { providers } from '../resources/schema.ts';
import { councilMembers, councils, councilTerms } from './schema.ts';
import type { TermList } from './vocabulary.ts';

export type CouncilTermRow = typeof councilTerms.$inferSelect;
export type CouncilRow = typeof councils.$inferSelect;
export type CouncilMemberRow = typeof councilMembers.$inferSelect & { organisationName: string | null };
type NewCouncil = Omit<typeof councils.$inferInsert, 'tenantId'>;
type NewMember = Omit<typeof councilMembers.$inferInsert, 'tenantId'>;

export async function selectTerms(db: Database, tenantId: string, list?: TermList): Promise<CouncilTermRow[]> {
  const where = list ? and(eq(councilTerms.tenantId, tenantId), eq(councilTerms.list, list)) : eq(councilTerms.tenantId, tenantId);
  return db.select().from(councilTerms).where(where).orderBy(asc(councilTerms.list), asc(councilTerms.sortOrder), asc(councilTerms.name));
}

/** Adds the entries a tenant lacks; an entry the tenant renamed or retired stays as it is. */
export async function insertMissingTerms(db: Database, tenantId: string, list: TermList, entries: readonly { code: string; name: string }[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insert(councilTerms)
    .values(entries.map((e, i) => ({ tenantId, list, code: e.code, name: e.name, sortOrder: (i + 1) * 10 })))
    .onConflictDoNothing();
}

export async function insertTerm(db: Database, tenantId: string, values: { list: TermList; code: string; name: string; sortOrder: number }): Promise<CouncilTermRow> {
  const [row] = await db.insert(councilTerms).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateTermRow(db: Database, tenantId: string, id: string, values: { name?: string; archivedAt?: Date | null }): Promise<CouncilTermRow | undefined> {
  const [row] = await db.update(councilTerms).set(values).where(and(eq(councilTerms.tenantId, tenantId), eq(councilTerms.id, id))).returning();
  return row;
}

export async function selectCouncils(db: Database, tenantId: string, filter: { areaIds?: readonly string[]; includeArchived?: boolean } = {}): Promise<CouncilRow[]> {
  const conditions = [eq(councils.tenantId, tenantId)];
  if (!filter.includeArchived) conditions.push(isNull(councils.archivedAt));
  if (filter.areaIds) conditions.push(filter.areaIds.length ? inArray(councils.areaId, [...filter.areaIds]) : sql`false`);
  return db.select().from(councils).where(and(...conditions)).orderBy(asc(councils.name));
}

export async function selectCouncil(db: Database, tenantId: string, id: string): Promise<CouncilRow | undefined> {
  const [row] = await db.select().from(councils).where(and(eq(councils.tenantId, tenantId), eq(councils.id, id))).limit(1);
  return row;
}

export async function insertCouncil(db: Database, tenantId: string, values: NewCouncil): Promise<CouncilRow> {
  const [row] = await db.insert(councils).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateCouncilRow(db: Database, tenantId: string, id: string, values: Partial<NewCouncil>): Promise<CouncilRow | undefined> {
  const [row] = await db.update(councils).set(values).where(and(eq(councils.tenantId, tenantId), eq(councils.id, id))).returning();
  return row;
}


/** Member terms of some councils, with the organisation's name from the directory. */
export async function selectMembers(db: Database, tenantId: string, councilIds: readonly string[]): Promise<CouncilMemberRow[]> {
  if (councilIds.length === 0) return [];
  const rows = await db
    .select({ member: councilMembers, organisationName: providers.name })
    .from(councilMembers)
    .leftJoin(providers, and(eq(providers.tenantId, councilMembers.tenantId), eq(providers.id, councilMembers.organisationId)))
    .where(and(eq(councilMembers.tenantId, tenantId), inArray(councilMembers.councilId, [...councilIds])))
    .orderBy(asc(councilMembers.termStart), asc(councilMembers.createdAt));
  return rows.map((r) => ({ ...r.member, organisationName: r.organisationName }));
}

export async function selectMember(db: Database, tenantId: string, id: string): Promise<CouncilMemberRow | undefined> {
  const [row] = await db
    .select({ member: councilMembers, organisationName: providers.name })
    .from(councilMembers)
    .leftJoin(providers, and(eq(providers.tenantId, councilMembers.tenantId), eq(providers.id, councilMembers.organisationId)))
    .where(and(eq(councilMembers.tenantId, tenantId), eq(councilMembers.id, id)))
    .limit(1);
  return row && { ...row.member, organisationName: row.organisationName };
}

export async function insertMember(db: Database, tenantId: string, values: NewMember): Promise<typeof councilMembers.$inferSelect> {
  const [row] = await db.insert(councilMembers).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateMemberRow(db: Database, tenantId: string, id: string, values: Partial<NewMember>): Promise<typeof councilMembers.$inferSelect | undefined> {
  const [row] = await db.update(councilMembers).set(values).where(and(eq(councilMembers.tenantId, tenantId), eq(councilMembers.id, id))).returning();
  return row;
}

/** Active staff accounts (any role), the people an action item can be given to. */
export async function selectStaffAccounts(db: Database, tenantId: string): Promise<{ id: string; displayName: string }[]> {
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.isActive, true)))
    .orderBy(asc(users.nameReading), asc(users.displayName));
}
