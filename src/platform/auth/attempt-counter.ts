import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { loginThrottles } from './schema.ts';

// Counters of attempts per key in a fixed window (sign-in failures, public
// form submissions), kept in `login_throttles` so every process sees them.
// Keys name what is counted: `client:…`, `pair:…`, `account:…`, `form:…`.

export type AttemptCount = { count: number; windowEndsAt: Date };

const windowSql = (windowMs: number) => sql`${`${windowMs} milliseconds`}::interval`;

/**
 * Counts one attempt and returns the count, in one statement: parallel
 * attempts each get their own number, so no more than the limit ever
 * pass a check made on it. A window that has run out starts again.
 */
export async function countAttempt(db: Database, tenantId: string, key: string, now: Date, windowMs: number): Promise<AttemptCount> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const live = sql`${loginThrottles.windowStartedAt} + ${windowSql(windowMs)} > ${at}`;
  const [row] = await db
    .insert(loginThrottles)
    .values({ tenantId, clientKey: key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: [loginThrottles.tenantId, loginThrottles.clientKey],
      set: {
        failures: sql`CASE WHEN ${live} THEN ${loginThrottles.failures} + 1 ELSE 1 END`,
        windowStartedAt: sql`CASE WHEN ${live} THEN ${loginThrottles.windowStartedAt} ELSE ${at} END`,
      },
    })
    .returning({ count: loginThrottles.failures, windowStartedAt: loginThrottles.windowStartedAt });
  return { count: row!.count, windowEndsAt: new Date(new Date(row!.windowStartedAt).getTime() + windowMs) };
}

/** The attempts counted for a key in its live window (0 when none or run out), without counting one. */
export async function peekAttempts(db: Database, tenantId: string, key: string, now: Date, windowMs: number): Promise<number> {
  const [row] = await db.select().from(loginThrottles).where(and(eq(loginThrottles.tenantId, tenantId), eq(loginThrottles.clientKey, key))).limit(1);
  return row && new Date(row.windowStartedAt).getTime() + windowMs > now.getTime() ? row.failures : 0;
}

/** Takes back one counted attempt (one that turned out to be a success). */
export async function uncountAttempt(db: Database, tenantId: string, key: string): Promise<void> {
  await db
    .update(loginThrottles)
    .set({ failures: sql`greatest(${loginThrottles.failures} - 1, 0)` })
    .where(and(eq(loginThrottles.tenantId, tenantId), eq(loginThrottles.clientKey, key)));
}

/** Forgets a key's attempts (a client that signed in to that account). */
export async function forgetAttempts(db: Database, tenantId: string, key: string): Promise<void> {
  await db.delete(loginThrottles).where(and(eq(loginThrottles.tenantId, tenantId), eq(loginThrottles.clientKey, key)));
}
