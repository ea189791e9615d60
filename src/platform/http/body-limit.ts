import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { MiddlewareHandler } from 'hono';
import { PayloadTooLarge } from '../errors/app-error.ts';
import type { AppEnv } from './app-env.ts';

/** A route that may receive more than an ordinary form: an upload, or an upload sent back for confirmation. */
export type BodyAllowance = { path: RegExp; maxBytes: number };

// Every form and JSON body of the app fits in far less; a large body is
// refused before anything reads it, so an anonymous visitor cannot make the
// process buffer megabytes.
export const ordinaryBodyBytes = 256 * 1024;

function refusingAbove(maxBytes: number): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new PayloadTooLarge(maxBytes);
    },
  });
}

/** Refuses a request body over its route's allowance (ordinaryBodyBytes unless listed) with 413. */
export function requestBodyLimit(allowances: BodyAllowance[]) {
  const ordinary = refusingAbove(ordinaryBodyBytes);
  const larger = allowances.map((a) => ({ path: a.path, limit: refusingAbove(a.maxBytes) }));
  return createMiddleware<AppEnv>(async (c, next) => {
    const limit = larger.find((a) => a.path.test(c.req.path))?.limit ?? ordinary;
    return limit(c, next);
  });
}
