import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { SurveyDefinition } from './definition.ts';
import { surveyResponses, surveys, surveyTargets, surveyVersions } from './schema.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyTargetRow = typeof surveyTargets.$inferSelect;
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
type NewSurvey = Omit<typeof surveys.$inferInsert, 'tenantId'>;
type NewTarget = Omit<typeof surveyTargets.$inferInsert, 'tenantId' | 'surveyId'>;
type NewResponse = Omit<typeof surveyResponses.$inferInsert, 'tenantId'>;

export async function insertSurvey(db: Database, tenantId: string, values: NewSurvey, definition: SurveyDefinition): Promise<SurveyRow> {
  const [row] = await db.insert(surveys).values({ ...values, tenantId }).returning();
  await db.insert(surveyVersions).values({ tenantId, surveyId: row!.id, version: row!.currentVersion, definition });
  return row!;
}

export async function updateSurveyRow(db: Database, tenantId: string, id: string, values: Partial<NewSurvey>): Promise<SurveyRow | undefined> {
  const [row] = await db.update(surveys).set({ ...values, updatedAt: sql`now()` }).where(and(eq(surveys.tenantId, tenantId), eq(surveys.id, id))).returning();
  return row;
}

export async function selectSurveys(db: Database, tenantId: string): Promise<SurveyRow[]> {
  return db.select().from(surveys).where(eq(surveys.tenantId, tenantId)).orderBy(desc(surveys.startsOn), asc(surveys.title));
}

export async function selectSurvey(db: Database, tenantId: string, id: string): Promise<SurveyRow | undefined> {
  const [row] = await db.select().from(surveys).where(and(eq(surveys.tenantId, tenantId), eq(surveys.id, id)));
  return row;
}

export async function selectSurveyByToken(db: Database, tenantId: string, token: string): Promise<SurveyRow | undefined> {
  const [row] = await db.select().from(surveys).where(and(eq(surveys.tenantId, tenantId), eq(surveys.publicToken, token)));
  return row;
}

export async function selectDefinition(db: Database, tenantId: string, surveyId: string, version: number): Promise<SurveyDefinition | undefined> {
  const [row] = await db
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.tenantId, tenantId), eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)));
  return row?.definition;
}

export async function selectVersions(db: Database, tenantId: string, surveyId: string): Promise<{ version: number; definition: SurveyDefinition }[]> {
  return db
    .select({ version: surveyVersions.version, definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(and(eq(surveyVersions.tenantId, tenantId), eq(surveyVersions.surveyId, surveyId)))
    .orderBy(asc(surveyVersions.version));
}

/** Rewrites the current version in place (no answers depend on it yet), or adds the next one. */
export async function saveDefinition(db: Database, tenantId: string, surveyId: string, version: number, definition: SurveyDefinition, asNew: boolean): Promise<void> {
  if (asNew) {
    await db.insert(surveyVersions).values({ tenantId, surveyId, version, definition });
    await updateSurveyRow(db, tenantId, surveyId, { currentVersion: version });
    return;
  }
  await db
    .update(surveyVersions)
    .set({ definition })
    .where(and(eq(surveyVersions.tenantId, tenantId), eq(surveyVersions.surveyId, surveyId), eq(surveyVersions.version, version)));
}

export async function insertTargets(db: Database, tenantId: string, surveyId: string, rows: NewTarget[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(surveyTargets).values(rows.map((r) => ({ ...r, tenantId, surveyId }))).returning({ id: surveyTargets.id });
  return inserted.length;
}

export async function selectTargets(db: Database, tenantId: string, surveyId: string): Promise<SurveyTargetRow[]> {
  return db
    .select()
    .from(surveyTargets)
    .where(and(eq(surveyTargets.tenantId, tenantId), eq(surveyTargets.surveyId, surveyId)))
    .orderBy(asc(surveyTargets.respondentType), asc(surveyTargets.name));
}

export async function selectTarget(db: Database, tenantId: string, surveyId: string, id: string): Promise<SurveyTargetRow | undefined> {
  const [row] = await db.select().from(surveyTargets).where(and(eq(surveyTargets.tenantId, tenantId), eq(surveyTargets.surveyId, surveyId), eq(surveyTargets.id, id)));
  return row;
}

export async function updateTargetRow(db: Database, tenantId: string, id: string, values: Partial<NewTarget>): Promise<void> {
  await db.update(surveyTargets).set(values).where(and(eq(surveyTargets.tenantId, tenantId), eq(surveyTargets.id, id)));
}

/**
 * Saves one set of answers under its submission key: a second post of the
 * same form (a double click, a resent page) finds the row and changes it only
 * while it is still a draft.
 */
export async function upsertResponse(db: Database, tenantId: string, values: NewResponse): Promise<{ row: SurveyResponseRow; outcome: 'created' | 'updated' | 'unchanged' }> {
  // Insert first: of two posts at the same moment, the unique key lets one in and the other finds it.
  const [inserted] = await db.insert(surveyResponses).values({ ...values, tenantId }).onConflictDoNothing().returning();
  if (inserted) return { row: inserted, outcome: 'created' };
  const [existing] = await db
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.surveyId, values.surveyId), eq(surveyResponses.submissionKey, values.submissionKey)))
    .for('update');
  if (!existing || existing.status !== 'draft') return { row: existing!, outcome: 'unchanged' };
  const [row] = await db.update(surveyResponses).set({ ...values, updatedAt: sql`now()` }).where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.id, existing.id))).returning();
  return { row: row!, outcome: 'updated' };
}

export async function selectDraftOfTarget(db: Database, tenantId: string, surveyId: string, targetId: string): Promise<SurveyResponseRow | undefined> {
  const [row] = await db
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.targetId, targetId), eq(surveyResponses.status, 'draft')))
    .orderBy(desc(surveyResponses.updatedAt))
    .limit(1);
  return row;
}

export async function selectSubmitted(db: Database, tenantId: string, surveyId: string): Promise<SurveyResponseRow[]> {
  return db
    .select()
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, 'submitted')))
    .orderBy(asc(surveyResponses.submittedAt));
}

export async function countSubmitted(db: Database, tenantId: string, surveyId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, tenantId), eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.status, 'submitted')));
  return Number(row?.n ?? 0);
}
