import crypto from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { findSessionUser } from '../auth/session-store.ts';
import { randomToken, safeEqual, sign } from '../auth/tokens.ts';
import { Forbidden, NotFound } from '../errors/app-error.ts';
import { parseLocale, translator } from '../i18n/i18n.ts';
import { findTenantForHost } from '../tenancy/tenancy.ts';
import { decodeFormPart, isReadableText } from '../validation/readable-text.ts';
import type { AppDeps, AppEnv } from './app-env.ts';
import { clearAppCookie, cookieNames, readCookie, setAppCookie } from './cookies.ts';

/** Puts deps, a request id and the request's clock reading on the context. */
export function requestBasics(deps: AppDeps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', crypto.randomUUID());
    c.set('now', deps.now());
    c.set('actor', null);
    c.set('sessionToken', null);
    c.set('flash', null);
    c.set('locale', 'ja');
    c.set('t', translator('ja'));
    await next();
  });
}

/** Language from `?lang=` (remembered in a cookie) or the cookie; Japanese by default. */
export const localeSelection = createMiddleware<AppEnv>(async (c, next) => {
  const chosen = parseLocale(c.req.query('lang'));
  if (chosen) setAppCookie(c, cookieNames.locale, chosen, 365 * 24 * 3600);
  const locale = chosen ?? parseLocale(readCookie(c, cookieNames.locale)) ?? 'ja';
  c.set('locale', locale);
  c.set('t', translator(locale));
  const flash = readCookie(c, cookieNames.flash);
  if (flash) {
    c.set('flash', readableFlash(flash));
    clearAppCookie(c, cookieNames.flash);
  }
  await next();
});

// The cookie is ours, but a browser or a person can send anything in it: a
// flash that does not decode is dropped rather than failing the page.
function readableFlash(cookie: string): string | null {
  const decoded = decodeFormPart(cookie);
  return decoded && isReadableText(decoded) ? decoded : null;
}

/** Resolves the tenant from the Host header; every later query is scoped by it. */
export const tenantResolution = createMiddleware<AppEnv>(async (c, next) => {
  const tenant = await findTenantForHost(c.get('deps').database.db, c.req.header('host'));
  if (!tenant) throw new NotFound('no_tenant');
  c.set('tenant', tenant);
  await next();
});

/** Loads the signed-in user from the session cookie, if any. */
export const sessionLoading = createMiddleware<AppEnv>(async (c, next) => {
  const token = readCookie(c, cookieNames.session);
  if (token) {
    const deps = c.get('deps');
    const tenantId = c.get('tenant').id;
    const user = await findSessionUser(deps.database.forTenant(tenantId), tenantId, token, c.get('now'));
    if (user) {
      const areaIds =
        user.role === 'coordinator'
          ? await deps.findActorAreaIds({ db: deps.database.forTenant(tenantId), tenantId, userId: user.id, now: c.get('now') })
          : [];
      c.set('actor', { ...user, areaIds });
      c.set('sessionToken', token);
    }
  }
  await next();
});

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Synchroniser-token CSRF protection. The token is an HMAC of the session
 * token (or, before sign-in, of a random per-browser cookie), so it needs no
 * storage and changes when the person signs in.
 */
export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  const secret = c.get('deps').secret;
  let anchor = c.get('sessionToken');
  if (!anchor) {
    anchor = readCookie(c, cookieNames.csrf) ?? null;
    if (!anchor && !unsafeMethods.has(c.req.method)) {
      anchor = randomToken();
      setAppCookie(c, cookieNames.csrf, anchor);
    }
  }
  const expected = anchor ? sign(secret, `csrf:${anchor}`) : '';
  c.set('csrfToken', expected);
  if (unsafeMethods.has(c.req.method)) {
    const sent = c.req.header('x-csrf-token') ?? (await formField(c.req.raw.clone(), '_csrf'));
    if (!expected || !sent || !safeEqual(sent, expected)) throw new Forbidden('csrf', 'error.csrf');
  }
  await next();
});

async function formField(request: Request, name: string): Promise<string | undefined> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) return undefined;
  const form = await request.formData().catch(() => undefined);
  const value = form?.get(name);
  return typeof value === 'string' ? value : undefined;
}
