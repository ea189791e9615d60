import type { Database } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { assertRole } from '../../platform/auth/permissions.ts';
import { endSession, endUserSessions, startSession } from '../../platform/auth/session-store.ts';
import { attemptSignIn } from '../../platform/auth/sign-in.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../platform/errors/app-error.ts';
import * as repository from './repository.ts';
import type { UserRow } from './repository.ts';
import type { CreateUserInput, UpdateUserInput } from './validation.ts';

export type PublicUser = Omit<UserRow, 'passwordHash'>;

function withoutHash({ passwordHash: _hash, ...rest }: UserRow): PublicUser {
  return rest;
}

/** Every account of the tenant (admin only). */
export async function findUsers(ctx: ServiceContext): Promise<PublicUser[]> {
  assertRole(ctx, 'admin');
  return (await repository.selectUsers(ctx.db, ctx.tenantId)).map(withoutHash);
}

export type StaffName = { id: string; displayName: string; role: UserRow['role']; isActive: boolean };

/** Names and roles of the tenant's accounts, for showing who did what and choosing an owner; no e-mail or other details. */
export async function findStaffNames(ctx: ServiceContext): Promise<StaffName[]> {
  assertRole(ctx, 'admin', 'coordinator', 'staff');
  return (await repository.selectUsers(ctx.db, ctx.tenantId)).map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, isActive: u.isActive }));
}

/** One account (admin only); NotFound for another tenant's. */
export async function getUser(ctx: ServiceContext, id: string): Promise<PublicUser> {
  assertRole(ctx, 'admin');
  const row = await repository.selectUser(ctx.db, ctx.tenantId, id);
  if (!row) throw new NotFound();
  return withoutHash(row);
}

/** Creates an account. Admins do this; the CLI and first-time setup pass a system context. */
export async function createUser(ctx: ServiceContext, input: CreateUserInput, options: { asSystem?: boolean } = {}): Promise<PublicUser> {
  if (!options.asSystem) assertRole(ctx, 'admin');
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    if (await repository.selectUserByEmail(db, ctx.tenantId, input.email)) {
      throw new Invalid([{ path: 'email', message: 'users.duplicateEmail' }]);
    }
    const { password: _password, ...fields } = input;
    const row = withoutHash(await repository.insertUser(db, ctx.tenantId, { ...fields, passwordHash, createdAt: ctx.now, updatedAt: ctx.now }));
    await recordAudit(ctx, db, { action: 'create', entityType: 'user', entityId: row.id, after: row });
    return row;
  });
}

/** Admin changes an account; a new password or deactivation ends its sessions. */
export async function updateUser(ctx: ServiceContext, id: string, input: UpdateUserInput): Promise<PublicUser> {
  const actor = assertRole(ctx, 'admin');
  if (actor.id === id && (input.role !== 'admin' || !input.isActive)) {
    throw new Invalid([{ path: 'role', message: 'users.cannotDemoteSelf' }]);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    const before = await repository.selectUser(db, ctx.tenantId, id);
    if (!before) throw new NotFound();
    const clash = await repository.selectUserByEmail(db, ctx.tenantId, input.email);
    if (clash && clash.id !== id) throw new Invalid([{ path: 'email', message: 'users.duplicateEmail' }]);
    const { password: _password, ...fields } = input;
    const after = await repository.updateUserRow(db, ctx.tenantId, id, {
      ...fields,
      ...(passwordHash ? { passwordHash, failedLoginCount: 0, lockedUntil: null } : {}),
      updatedAt: ctx.now,
    });
    if (passwordHash || !input.isActive) await endUserSessions(db, ctx.tenantId, id);
    await recordAudit(ctx, db, {
      action: passwordHash ? 'update_with_password' : 'update',
      entityType: 'user',
      entityId: id,
      before: withoutHash(before),
      after: withoutHash(after!),
    });
    return withoutHash(after!);
  });
}

/** Number of accounts in the tenant: zero means first-time setup is open. */
export async function countUsers(ctx: ServiceContext): Promise<number> {
  return repository.countUsers(ctx.db, ctx.tenantId);
}

export type SignInOutcome =
  | { ok: true; sessionToken: string }
  | { ok: false; messageKey: string; params?: Record<string, number> };

/** Checks credentials, applies the lockout rules, and starts a session; a success is audited. */
export async function signIn(ctx: ServiceContext, input: { email: string; password: string }, clientKey: string): Promise<SignInOutcome> {
  const result = await attemptSignIn(ctx.db, { tenantId: ctx.tenantId, email: input.email, password: input.password, clientKey, now: ctx.now });
  if (!result.ok) {
    if (result.reason === 'invalid') return { ok: false, messageKey: 'auth.invalidCredentials' };
    return { ok: false, messageKey: 'auth.throttled', params: { minutes: result.minutes } };
  }
  const sessionToken = await startSession(ctx.db, ctx.tenantId, result.userId, ctx.now);
  await recordAudit({ ...ctx, actor: { id: result.userId, displayName: result.displayName } as ServiceContext['actor'] }, ctx.db, {
    action: 'sign_in',
    entityType: 'session',
    entityId: result.userId,
  });
  return { ok: true, sessionToken };
}

/** Ends the current session. */
export async function signOut(ctx: ServiceContext, sessionToken: string): Promise<void> {
  await endSession(ctx.db, ctx.tenantId, sessionToken);
}
