import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.ts';
import { cookieNames, readCookie, setAppCookie } from './cookies.ts';

// What may be read from a replica (decision 019): the public directory, its
// search, map and guidebooks, the area pages, the HSDS API and the /api/v1
// reads of the same. Events stay on the primary: seats left must be now's.
// Only anonymous GETs: signed-in staff read what they just changed.
const replicaReads = /^\/(?:$|resources(?:\/|$)|areas(?:\/|$)|guidebooks(?:\/|$)|api\/hsds(?:\/|$)|api\/v1\/(?:areas|districts|coordinators|resources|help-types)(?:\/|$))/;

// Long enough for any replica within the lag limit to catch up.
const lastWriteSeconds = 60;

/** Sends replica-safe reads to the replica, and marks a browser that wrote so it reads its own writes. */
export const readRouting = createMiddleware<AppEnv>(async (c, next) => {
  const replica = c.get('deps').replica;
  if (!replica) return next();
  if (c.req.method === 'GET' || c.req.method === 'HEAD') {
    if (!c.get('actor') && replicaReads.test(c.req.path)) {
      c.set('readDatabase', await replica.forTenant(c.get('tenant').id, readCookie(c, cookieNames.lastWrite) ?? null));
    }
    return next();
  }
  await next();
  if (c.res.status < 500) setAppCookie(c, cookieNames.lastWrite, await replica.writePosition(), lastWriteSeconds);
});
