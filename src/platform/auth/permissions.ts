import { createMiddleware } from 'hono/factory';
import type { ServiceContext, Actor } from '../context/service-context.ts';
import { Forbidden } from '../errors/app-error.ts';
import type { AppEnv } from '../http/app-env.ts';
import type { UserRole } from './schema.ts';

/**
 * Route guard: the person must be signed in with one of `roles`. Pages send
 * anonymous visitors to the sign-in page; the API answers 401.
 */
export function requireRole(...roles: UserRole[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const actor = c.get('actor');
    if (!actor) {
      const url = new URL(c.req.url);
      if (url.pathname.startsWith('/api/')) {
        return c.json({ error: { code: 'unauthenticated', message: c.get('t')('auth.signInRequired') } }, 401);
      }
      return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`, 303);
    }
    if (!roles.includes(actor.role)) throw new Forbidden();
    await next();
  });
}

/** Service guard: the acting person must hold one of `roles`. Returns the actor. */
export function assertRole(ctx: ServiceContext, ...roles: UserRole[]): Actor {
  if (!ctx.actor || !roles.includes(ctx.actor.role)) throw new Forbidden();
  return ctx.actor;
}

/** True when the actor may change things in this area: admins anywhere, coordinators in their own areas. */
export function canManageArea(actor: Actor | null, areaId: string): boolean {
  if (!actor) return false;
  if (actor.role === 'admin') return true;
  return actor.role === 'coordinator' && actor.areaIds.includes(areaId);
}

/** Service guard for area-scoped changes. */
export function assertAreaAccess(ctx: ServiceContext, areaId: string): Actor {
  if (!canManageArea(ctx.actor, areaId)) throw new Forbidden();
  return ctx.actor!;
}
