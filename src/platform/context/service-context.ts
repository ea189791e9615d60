import type { Database } from '../../db/client.ts';
import type { SessionUser } from '../auth/session-store.ts';

/** The signed-in person acting, with the areas they are assigned to (for coordinators). */
export type Actor = SessionUser & { areaIds: readonly string[] };

/** What every service function receives: who, for which tenant, when, and on which database. */
export type ServiceContext = {
  db: Database;
  tenantId: string;
  actor: Actor | null;
  now: Date;
  requestId: string;
};

// Building an Intl formatter is costly; this one is used on every request.
const japanDateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' });

/** Today's date in Japan as YYYY-MM-DD: the calendar people mean by "today". */
export function japanToday(now: Date): string {
  return japanDateFormat.format(now);
}

/** Work the system does on someone's behalf (a job, a provider's link): an administrator with no account, named for the audit log. */
export function systemActor(tenantId: string, displayName: string): Actor {
  return { id: '00000000-0000-0000-0000-000000000000', tenantId, email: '', displayName, role: 'admin', areaIds: [] };
}

/** The actor for work started from the command line. */
export function commandLineActor(tenantId: string): Actor {
  return systemActor(tenantId, 'コマンドライン');
}
