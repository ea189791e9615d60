import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.ts';

// A shared or public computer keeps pages in its browser cache and shows them
// again with the back button after sign-out; residents' and volunteers'
// details must not stay there, nor pass through a caching proxy.

/** Marks the answer to a personal link (no account, the link is the key) as never to be stored. */
export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
});

/** Every staff page, and anything answered to a signed-in person (API and exports included), is never stored. */
export const privateWhenSignedIn = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const path = c.req.path;
  if (c.get('actor') || path === '/staff' || path.startsWith('/staff/')) c.res.headers.set('Cache-Control', 'no-store');
});
