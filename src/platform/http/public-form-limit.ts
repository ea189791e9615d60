import { createMiddleware } from 'hono/factory';
import { countAttempt } from '../auth/attempt-counter.ts';
import { TooManyRequests } from '../errors/app-error.ts';
import type { AppEnv } from './app-env.ts';
import { clientAddress } from './cookies.ts';

const windowMinutes = 10;

/**
 * Limits how often one client sends one public form (SASAEAI_FORM_LIMIT per
 * ten minutes), so nobody can fill a coordinator's queue in seconds; the
 * count is one statement, so parallel sends cannot pass it. Without a
 * client address there is no per-client limit: one shared count would stop
 * everyone at once.
 */
export function publicFormLimit(form: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const limit = c.get('deps').publicFormLimit ?? 20;
    const client = clientAddress(c);
    if (limit > 0 && client !== 'unknown') {
      const tenantId = c.get('tenant').id;
      const now = c.get('now');
      const { count, windowEndsAt } = await countAttempt(c.get('deps').database.forTenant(tenantId), tenantId, `form:${form}:${client}`, now, windowMinutes * 60_000);
      if (count > limit) {
        throw new TooManyRequests('form_limit', 'error.formLimit', { minutes: Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 60_000)) });
      }
    }
    await next();
  });
}
