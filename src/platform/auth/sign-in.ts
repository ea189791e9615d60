import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { loginThrottles, users } from './schema.ts';

export const signInRules = {
  accountFailuresBeforeLock: 5,
  accountLockMinutes: 15,
  clientFailuresPerWindow: 20,
  clientWindowMinutes: 15,
} as const;

export type SignInResult =
  | { ok: true; userId: string; displayName: string }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked' | 'throttled'; minutes: number };

type SignInInput = { tenantId: string; email: string; password: string; clientKey: string; now: Date };

/**
 * Checks credentials with two brakes: too many failures from one client
 * in a window are refused before any password check, and an account that
 * fails five times in a row is locked for a while.
 */
export async function attemptSignIn(db: Database, input: SignInInput): Promise<SignInResult> {
  const throttle = await clientThrottle(db, input);
  if (throttle.failures >= signInRules.clientFailuresPerWindow) {
    return { ok: false, reason: 'throttled', minutes: minutesUntil(throttle.windowEndsAt, input.now) };
  }
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, input.tenantId), sql`lower(${users.email}) = ${input.email.toLowerCase()}`))
    .limit(1);
  if (user?.lockedUntil && user.lockedUntil > input.now) {
    return { ok: false, reason: 'locked', minutes: minutesUntil(user.lockedUntil, input.now) };
  }
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !matches || !user.isActive) {
    await recordClientFailure(db, input);
    if (user) return recordAccountFailure(db, user.tenantId, user.id, user.failedLoginCount + 1, input.now);
    return { ok: false, reason: 'invalid' };
  }
  await db.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(and(eq(users.tenantId, user.tenantId), eq(users.id, user.id)));
  return { ok: true, userId: user.id, displayName: user.displayName };
}

async function recordAccountFailure(db: Database, tenantId: string, userId: string, failures: number, now: Date): Promise<SignInResult> {
  const locks = failures >= signInRules.accountFailuresBeforeLock;
  const lockedUntil = locks ? new Date(now.getTime() + signInRules.accountLockMinutes * 60_000) : null;
  await db
    .update(users)
    .set({ failedLoginCount: locks ? 0 : failures, lockedUntil })
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId)));
  return locks ? { ok: false, reason: 'locked', minutes: signInRules.accountLockMinutes } : { ok: false, reason: 'invalid' };
}

async function clientThrottle(db: Database, input: SignInInput) {
  const [row] = await db
    .select()
    .from(loginThrottles)
    .where(and(eq(loginThrottles.tenantId, input.tenantId), eq(loginThrottles.clientKey, input.clientKey)))
    .limit(1);
  const windowEndsAt = row ? new Date(row.windowStartedAt.getTime() + signInRules.clientWindowMinutes * 60_000) : input.now;
  const failures = row && windowEndsAt > input.now ? row.failures : 0;
  return { failures, windowEndsAt };
}

async function recordClientFailure(db: Database, input: SignInInput): Promise<void> {
  const windowMs = signInRules.clientWindowMinutes * 60_000;
  await db
    .insert(loginThrottles)
    .values({ tenantId: input.tenantId, clientKey: input.clientKey, failures: 1, windowStartedAt: input.now })
    .onConflictDoUpdate({
      target: [loginThrottles.tenantId, loginThrottles.clientKey],
      set: {
        // A window that has run out starts again from this failure.
        failures: sql`CASE WHEN ${loginThrottles.windowStartedAt} + ${`${windowMs} milliseconds`}::interval > ${input.now.toISOString()}::timestamptz THEN ${loginThrottles.failures} + 1 ELSE 1 END`,
        windowStartedAt: sql`CASE WHEN ${loginThrottles.windowStartedAt} + ${`${windowMs} milliseconds`}::interval > ${input.now.toISOString()}::timestamptz THEN ${loginThrottles.windowStartedAt} ELSE ${input.now.toISOString()}::timestamptz END`,
      },
    });
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
