// Times every SQL statement the application sends, grouped by a label made
// from the statement, without touching src/: it wraps PGlite's query (and the
// query of PGlite transactions) and node-postgres' Client#query while active.
import { PGlite } from '@electric-sql/pglite';

export type QueryTotals = Map<string, { count: number; ms: number }>;

type Labeler = (sql: string) => string;

/** "insert audit_log", "select resources", "savepoint" …: the verb and the first table named. */
export function verbAndTable(sql: string): string {
  const text = sql.trim().replace(/\s+/g, ' ');
  const verb = text.split(' ')[0]!.toLowerCase();
  if (verb === 'savepoint' || verb === 'release' || verb === 'rollback' || verb === 'begin' || verb === 'commit') return verb;
  const table = /(?:from|into|update)\s+"?([a-z_]+)"?/i.exec(text)?.[1] ?? '?';
  return `${verb} ${table}`;
}

type Patched = { stop: () => void };

/** Starts timing; `stop()` restores the originals. Concurrent statements (PostgreSQL pool) overlap in the totals. */
export async function timeQueries(totals: QueryTotals, label: Labeler = verbAndTable): Promise<Patched> {
  const record = (sql: string, started: number) => {
    const key = label(sql);
    const entry = totals.get(key) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += performance.now() - started;
    totals.set(key, entry);
  };
  const proto = PGlite.prototype as unknown as {
    query: (this: PGlite, sql: string, ...rest: unknown[]) => Promise<unknown>;
    transaction: (this: PGlite, work: (tx: unknown) => Promise<unknown>) => Promise<unknown>;
  };
  const ownQuery = Object.prototype.hasOwnProperty.call(proto, 'query');
  const ownTransaction = Object.prototype.hasOwnProperty.call(proto, 'transaction');
  const query = proto.query;
  const transaction = proto.transaction;
  proto.query = async function (sql, ...rest) {
    const started = performance.now();
    try {
      return await query.call(this, sql, ...rest);
    } finally {
      record(sql, started);
    }
  };
  proto.transaction = function (work) {
    return transaction.call(this, (tx) => {
      const inner = tx as { query: (sql: string, ...rest: unknown[]) => Promise<unknown> };
      const wrapped = Object.create(inner) as typeof inner;
      wrapped.query = async (sql, ...rest) => {
        const started = performance.now();
        try {
          return await inner.query(sql, ...rest);
        } finally {
          record(sql, started);
        }
      };
      return work(wrapped);
    });
  };

  const { default: pg } = await import('pg');
  const clientProto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const clientQuery = clientProto.query;
  clientProto.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0] as string | { text?: string };
    const sql = typeof config === 'string' ? config : (config?.text ?? '');
    const started = performance.now();
    const result = clientQuery.apply(this, args);
    if (result && typeof (result as Promise<unknown>).finally === 'function') {
      return (result as Promise<unknown>).finally(() => record(sql, started));
    }
    return result;
  };

  return {
    stop: () => {
      if (ownQuery) proto.query = query;
      else delete (proto as Partial<typeof proto>).query;
      if (ownTransaction) proto.transaction = transaction;
      else delete (proto as Partial<typeof proto>).transaction;
      clientProto.query = clientQuery;
    },
  };
}
