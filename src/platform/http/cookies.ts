import { getConnInfo } from '@hono/node-server/conninfo';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { AppContext } from './app-env.ts';

export const cookieNames = {
  session: 'sasaeai_session',
  csrf: 'sasaeai_csrf',
  locale: 'sasaeai_lang',
  flash: 'sasaeai_flash',
  // The primary's WAL position after this browser's last write: read-your-writes with a replica.
  lastWrite: 'sasaeai_wrote',
} as const;

/** True when the browser reached us over TLS (directly, or through a trusted proxy). */
export function isSecureRequest(c: AppContext): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.get('deps').trustProxy && c.req.header('x-forwarded-proto') === 'https';
}

/** Sets an HttpOnly, SameSite=Lax cookie, Secure whenever the request was. */
export function setAppCookie(c: AppContext, name: string, value: string, maxAgeSeconds?: number): void {
  setCookie(c, name, value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecureRequest(c),
    path: '/',
    maxAge: maxAgeSeconds,
  });
}

export function readCookie(c: AppContext, name: string): string | undefined {
  return getCookie(c, name);
}

export function clearAppCookie(c: AppContext, name: string): void {
  deleteCookie(c, name, { path: '/', secure: isSecureRequest(c) });
}

/** A one-time message shown on the next page (after a redirect). */
export function setFlash(c: AppContext, messageKey: string): void {
  setAppCookie(c, cookieNames.flash, encodeURIComponent(messageKey), 60);
}

/**
 * Address of the client, for rate limiting. Behind our proxies it is the
 * X-Forwarded-For entry the outermost of them added: counted from the
 * right, one per proxy (SASAEAI_PROXY_HOPS). Entries further left were
 * written by the client itself and prove nothing.
 */
export function clientAddress(c: AppContext): string {
  if (c.get('deps').trustProxy) {
    const hops = c.get('deps').proxyHops ?? 1;
    const entries = (c.req.header('x-forwarded-for') ?? '').split(',').map((e) => e.trim()).filter(Boolean);
    const added = entries.at(-Math.min(hops, entries.length));
    if (added) return added;
  }
  return remoteAddress(c) ?? 'unknown';
}

function remoteAddress(c: AppContext): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // app.request() in tests has no socket
  }
}
