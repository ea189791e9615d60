import crypto from 'node:crypto';
import pg from 'pg';

// Several processes on one PostgreSQL each keep their own public page cache
// (public-page-cache.ts). A change made through one process is announced on
// a PostgreSQL channel, and every other process forgets its pages at once
// instead of serving them until the 3 s timer runs out. LISTEN needs a
// connection of its own that stays open, so this is a direct connection,
// never one through a pooler in transaction mode.
const channel = 'sasaeai_pages';
const reconnectMs = 1_000;

export type PageCacheSync = {
  /** Tells the other processes that something changed. */
  announce: () => void;
  stop: () => Promise<void>;
};

/** Listens for other processes' changes (calling `forget`) and announces this one's. */
export async function startPageCacheSync(url: string, forget: () => void): Promise<PageCacheSync> {
  const self = crypto.randomUUID();
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.payload !== self) forget();
    });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
  };
  // While the connection is down, changes elsewhere go unheard: forget
  // everything now, and again once listening, so nothing stale outlives it.
  const lost = (which: pg.Client) => {
    if (client !== which || stopped) return;
    client = null;
    forget();
    scheduleReconnect();
  };
  const scheduleReconnect = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      connect().then(forget, () => scheduleReconnect());
    }, reconnectMs);
    retry.unref();
  };

  await connect();
  return {
    announce: () => {
      client?.query('SELECT pg_notify($1, $2)', [channel, self]).catch(() => {});
    },
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
