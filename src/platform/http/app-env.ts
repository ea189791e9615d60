import type { Context } from 'hono';
import type { Database, DatabaseHandle } from '../../db/client.ts';
import type { ReadReplica } from '../../db/read-replica.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { SessionUser } from '../auth/session-store.ts';
import type { Actor, ServiceContext } from '../context/service-context.ts';
import type { Locale, Translate } from '../i18n/i18n.ts';
import { tenantBaseUrl, type Tenant } from '../tenancy/tenancy.ts';

/** What the app is built from; tests pass their own database and clock. */
export type AppDeps = {
  database: DatabaseHandle;
  secret: string;
  now: () => Date;
  trustProxy: boolean;
  /** Proxies of ours in front (SASAEAI_PROXY_HOPS); 1 when absent. */
  proxyHops?: number;
  /** Submissions of one public form per client in ten minutes; 0 for none; 20 when absent. */
  publicFormLimit?: number;
  /** Area ids a coordinator is assigned to today (supplied by the coordinators feature). */
  findActorAreaIds: (ctx: { db: DatabaseHandle['db']; tenantId: string; userId: string; now: Date }) => Promise<string[]>;
  migrationTag: string;
  /** The deployment's public address (SASAEAI_BASE_URL); links are built on each tenant's own (`linkBaseUrl`). */
  baseUrl: string;
  mailer: Mailer;
  /** Asks the job runner to run soon (mail queued by a request); absent in tests, which run jobs themselves. */
  wakeJobs?: () => void;
  /** Tells the other processes on the same PostgreSQL that data changed, so they forget their cached pages. */
  announceChange?: () => void;
  /** A streaming replica for public reads (DATABASE_READ_URL). */
  replica?: ReadReplica;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    requestId: string;
    now: Date;
    tenant: Tenant;
    locale: Locale;
    t: Translate;
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string;
    flash: string | null;
    /** The database this request reads from, when it is not the primary's (read-routing.ts). */
    readDatabase?: Database;
  };
};

export type AppContext = Context<AppEnv>;

export type { SessionUser };

/** The service context of the current request. */
export function serviceContext(c: AppContext): ServiceContext {
  return {
    db: c.get('readDatabase') ?? c.get('deps').database.forTenant(c.get('tenant').id),
    tenantId: c.get('tenant').id,
    actor: c.get('actor'),
    now: c.get('now'),
    requestId: c.get('requestId'),
  };
}

/** The address this request's tenant builds its links on (mails, link pages, exports, feeds). */
export function linkBaseUrl(c: Context<AppEnv>): string {
  return tenantBaseUrl(c.get('tenant'), c.get('deps').baseUrl);
}
