import { and, desc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { insertManyRows } from '../../db/bulk-rows.ts';
import type { ServiceContext } from '../context/service-context.ts';
import { auditLog } from './schema.ts';

export type AuditEntry = typeof auditLog.$inferSelect;

type AuditInput = {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** The row that records `input` as done in `ctx`, secrets redacted. */
function auditRow(ctx: ServiceContext, input: AuditInput): typeof auditLog.$inferInsert {
  return {
    tenantId: ctx.tenantId,
    actorUserId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.displayName ?? '',
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: withoutSecrets(input.before) ?? null,
    after: withoutSecrets(input.after) ?? null,
    requestId: ctx.requestId,
    at: ctx.now,
  };
}

/** Writes one audit row for a change made in `ctx`; call it inside the change's transaction. */
export async function recordAudit(ctx: ServiceContext, db: Database, input: AuditInput): Promise<void> {
  await db.insert(auditLog).values(auditRow(ctx, input));
}

/** Writes many audit rows in one statement (bulk imports); same rules as recordAudit. */
export async function recordAuditMany(ctx: ServiceContext, db: Database, inputs: AuditInput[]): Promise<void> {
  await insertManyRows(db, auditLog, inputs.map((input) => auditRow(ctx, input)));
}

/**
 * Writes one audit row for each change, each as done in its own context (its
 * request, its actor), in one statement: for a few hundred rows at most (a
 * batch of applications), where one INSERT is quicker than a bulk path.
 */
export async function recordAuditEach(db: Database, changes: { ctx: ServiceContext; input: AuditInput }[]): Promise<void> {
  if (changes.length === 0) return;
  await db.insert(auditLog).values(changes.map(({ ctx, input }) => auditRow(ctx, input)));
}

const secretKeys = ['passwordHash', 'password', 'tokenHash'];

// Hashes never belong in the log, even hashed. The value is stored as its
// JSON text either way, so a copy is made only when something is redacted.
function withoutSecrets(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const present = secretKeys.filter((key) => key in value);
  if (present.length === 0) return value;
  return { ...(value as Record<string, unknown>), ...Object.fromEntries(present.map((key) => [key, '[redacted]'])) };
}

export type AuditQuery = { entityType?: string; entityId?: string; beforeId?: number; limit: number };

/** Newest first, paged by id, scoped to one tenant. */
export async function findAuditEntries(db: Database, tenantId: string, query: AuditQuery): Promise<AuditEntry[]> {
  const conditions = [eq(auditLog.tenantId, tenantId)];
  if (query.entityType) conditions.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.beforeId) conditions.push(lt(auditLog.id, query.beforeId));
  return db.select().from(auditLog).where(and(...conditions)).orderBy(desc(auditLog.id)).limit(query.limit);
}

/** The kinds of record that appear in a tenant's log, for the filter. */
export async function findAuditEntityTypes(db: Database, tenantId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ entityType: auditLog.entityType })
    .from(auditLog)
    .where(eq(auditLog.tenantId, tenantId))
    .orderBy(auditLog.entityType);
  return rows.map((r) => r.entityType);
}

export async function countAuditEntries(db: Database, tenantId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.tenantId, tenantId));
  return row?.n ?? 0;
}
