import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { countAttempt, forgetAttempts, peekAttempts, uncountAttempt } from './attempt-counter.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { users } from './schema.ts';

export const signInRules = {
  /** One client guessing one address. */
  pairFailuresPerWindow: 5,
  /** One client across addresses. */
  clientFailuresPerWindow: 20,
  /** Every client on one address: slowed from here on, never refused, so nobody can lock a coordinator out. */
  accountFailuresBeforeSlowdown: 10,
  accountSlowdownMs: 500,
  windowMinutes: 15,
} as const;

export type SignInResult = { ok: true; userId: string; displayName: string } | { ok: false; reason: 'invalid' } | { ok: false; reason: 'throttled'; minutes: number };

type SignInInput = { tenantId: string; email: string; password: string; clientKey: string; now: Date };

const windowMs = signInRules.windowMinutes * 60_000;

/**
 * Checks credentials behind brakes that count each attempt before the
 * password is checked, in one statement each, so parallel guesses get no
 * more than the limit: a client that failed five times on one address, or
 * twenty times on any, is refused for the window; failures on an address
 * from many clients only slow it down, so the right password from a client
 * that has not been failing still signs in. The answers are the same whether
 * the address has an account or not.
 */
export async function attemptSignIn(db: Database, input: SignInInput): Promise<SignInResult> {
  const email = input.email.toLowerCase();
  const keys = { client: `client:${input.clientKey}`, pair: `pair:${input.clientKey}\n${email}`, account: `account:${email}` };
  const client = await countAttempt(db, input.tenantId, keys.client, input.now, windowMs);
  const pair = await countAttempt(db, input.tenantId, keys.pair, input.now, windowMs);
  if (pair.count > signInRules.pairFailuresPerWindow || client.count > signInRules.clientFailuresPerWindow) {
    const until = pair.count > signInRules.pairFailuresPerWindow ? pair.windowEndsAt : client.windowEndsAt;
    return { ok: false, reason: 'throttled', minutes: minutesUntil(until, input.now) };
  }
  if ((await peekAttempts(db, input.tenantId, keys.account, input.now, windowMs)) >= signInRules.accountFailuresBeforeSlowdown) {
    await new Promise((resolve) => setTimeout(resolve, signInRules.accountSlowdownMs));
  }
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, input.tenantId), sql`lower(${users.email}) = ${email}`))
    .limit(1);
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !matches || !user.isActive) {
    await countAttempt(db, input.tenantId, keys.account, input.now, windowMs);
    return { ok: false, reason: 'invalid' };
  }
  // A success was no guess: it leaves the client's count as it was and clears this client's count on this address.
  await uncountAttempt(db, input.tenantId, keys.client);
  await forgetAttempts(db, input.tenantId, keys.pair);
  return { ok: true, userId: user.id, displayName: user.displayName };
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
