import { and, eq, gt, lt } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { sessions, users, type UserRole } from './schema.ts';
import { randomToken, tokenHash } from './tokens.ts';

export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

export type SessionUser = {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  role: UserRole;
};

/** Starts a session and returns the token for the cookie. */
export async function startSession(db: Database, tenantId: string, userId: string, now: Date): Promise<string> {
  const token = randomToken();
  await db.insert(sessions).values({
    tokenHash: tokenHash(token),
    tenantId,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + sessionLifetimeMs),
  });
  // Expired sessions are swept opportunistically; there are few per user.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
  return token;
}

/** The signed-in user of a session token, if the session is live and the account active. */
export async function findSessionUser(db: Database, tenantId: string, token: string, now: Date): Promise<SessionUser | undefined> {
  const rows = await db
    .select({ id: users.id, tenantId: users.tenantId, email: users.email, displayName: users.displayName, role: users.role })
    .from(sessions)
    .innerJoin(users, and(eq(users.id, sessions.userId), eq(users.tenantId, sessions.tenantId)))
    .where(and(eq(sessions.tokenHash, tokenHash(token)), eq(sessions.tenantId, tenantId), gt(sessions.expiresAt, now), eq(users.isActive, true)))
    .limit(1);
  return rows[0];
}

/** Ends one session. */
export async function endSession(db: Database, tenantId: string, token: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.tokenHash, tokenHash(token)), eq(sessions.tenantId, tenantId)));
}

/** Ends every session of a user, e.g. when the account is disabled or its password changes. */
export async function endUserSessions(db: Database, tenantId: string, userId: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.tenantId, tenantId)));
}
