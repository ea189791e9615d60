import { and, desc, eq, isNotNull, isNull, or, lt } from 'drizzle-orm';
import type { Database } from '../../../db/client.ts';
import { resources } from '../schema.ts';
import { providerLinkUses, resourceConfirmationRequests, resourceSuggestions } from './schema.ts';

export type SuggestionRow = typeof resourceSuggestions.$inferSelect;
export type ConfirmationRequestRow = typeof resourceConfirmationRequests.$inferSelect;

export async function insertSuggestion(db: Database, tenantId: string, values: Omit<typeof resourceSuggestions.$inferInsert, 'tenantId'>): Promise<SuggestionRow> {
  const [row] = await db.insert(resourceSuggestions).values({ ...values, tenantId }).returning();
  return row!;
}

export async function selectPendingSuggestions(db: Database, tenantId: string): Promise<SuggestionRow[]> {
  return db
    .select()
    .from(resourceSuggestions)
    .where(and(eq(resourceSuggestions.tenantId, tenantId), eq(resourceSuggestions.status, 'pending')))
    .orderBy(desc(resourceSuggestions.createdAt));
}

export async function selectSuggestion(db: Database, tenantId: string, id: string): Promise<SuggestionRow | undefined> {
  const [row] = await db.select().from(resourceSuggestions).where(and(eq(resourceSuggestions.tenantId, tenantId), eq(resourceSuggestions.id, id))).limit(1);
  return row;
}

export async function decideSuggestion(db: Database, tenantId: string, id: string, values: Pick<SuggestionRow, 'status' | 'decidedAt' | 'decidedBy'>): Promise<void> {
  await db.update(resourceSuggestions).set(values).where(and(eq(resourceSuggestions.tenantId, tenantId), eq(resourceSuggestions.id, id)));
}

/** Records a link as used; false when it already was. */
export async function markLinkUsed(db: Database, tenantId: string, tokenHash: string, now: Date): Promise<boolean> {
  const rows = await db.insert(providerLinkUses).values({ tokenHash, tenantId, usedAt: now }).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function isLinkUsed(db: Database, tenantId: string, tokenHash: string): Promise<boolean> {
  const rows = await db.select().from(providerLinkUses).where(and(eq(providerLinkUses.tenantId, tenantId), eq(providerLinkUses.tokenHash, tokenHash))).limit(1);
  return rows.length > 0;
}

/** Live, published listings last confirmed before `before` (or never). */
export async function selectListingsDueForConfirmation(db: Database, tenantId: string, before: string) {
  return db
    .select()
    .from(resources)
    .where(and(eq(resources.tenantId, tenantId), isNull(resources.archivedAt), or(isNull(resources.confirmedOn), lt(resources.confirmedOn, before))));
}

/** Starts a cycle for a listing; undefined when this cycle was already started (so nothing is sent twice). */
export async function startCycle(db: Database, tenantId: string, resourceId: string, cycle: string): Promise<ConfirmationRequestRow | undefined> {
  const [row] = await db.insert(resourceConfirmationRequests).values({ tenantId, resourceId, cycle }).onConflictDoNothing().returning();
  return row;
}

export async function selectCycle(db: Database, tenantId: string, resourceId: string, cycle: string): Promise<ConfirmationRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(resourceConfirmationRequests)
    .where(and(eq(resourceConfirmationRequests.tenantId, tenantId), eq(resourceConfirmationRequests.resourceId, resourceId), eq(resourceConfirmationRequests.cycle, cycle)))
    .limit(1);
  return row;
}

/** Sets one step's time only if it is still empty; true when this call set it. */
export async function claimStep(db: Database, id: string, step: 'requestedAt' | 'remindedAt' | 'escalatedAt', now: Date): Promise<boolean> {
  const column = resourceConfirmationRequests[step];
  const rows = await db.update(resourceConfirmationRequests).set({ [step]: now }).where(and(eq(resourceConfirmationRequests.id, id), isNull(column))).returning();
  return rows.length > 0;
}

/** Listings handed to staff to phone (escalated) in their current cycle. */
export async function selectEscalatedResourceIds(db: Database, tenantId: string): Promise<string[]> {
  const rows = await db
    .select({ resourceId: resourceConfirmationRequests.resourceId })
    .from(resourceConfirmationRequests)
    .where(and(eq(resourceConfirmationRequests.tenantId, tenantId), isNotNull(resourceConfirmationRequests.escalatedAt)));
  return rows.map((r) => r.resourceId);
}
