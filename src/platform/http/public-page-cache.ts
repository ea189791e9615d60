import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.ts';

// Public pages are the same for every visitor who is not signed in, and are
// read far more often than anything changes. Keeping the rendered HTML for a
// few seconds takes the database off that path. A write in this process
// clears everything at once; other processes see a change within the TTL,
// the same lag a read replica would give.
const ttlMs = 3_000;
const maxEntries = 500;
const entries = new Map<string, { at: number; html: string }>();

/** Forgets every cached page: called after any change. */
export function forgetCachedPages(): void {
  entries.clear();
}

/** Serves GET pages for anonymous visitors from a short-lived cache keyed by tenant, language and URL. */
export const publicPageCache = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.method !== 'GET' || c.get('actor') || c.get('flash')) return next();
  const key = `${c.get('tenant').id} ${c.get('locale')} ${c.req.url}`;
  const hit = entries.get(key);
  if (hit && Date.now() - hit.at < ttlMs) return c.html(hit.html);
  await next();
  const type = c.res.headers.get('content-type') ?? '';
  if (c.res.status !== 200 || !type.startsWith('text/html')) return;
  const html = await c.res.clone().text();
  if (html.includes('name="_csrf"')) return; // forms carry a per-visitor token
  if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
  entries.set(key, { at: Date.now(), html });
});

/** Clears the cache after every successful change made through this process, and tells the other processes (page-cache-sync.ts). */
export const forgetPagesAfterChanges = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.res.status >= 500) return;
  forgetCachedPages();
  c.get('deps').announceChange?.();
});
