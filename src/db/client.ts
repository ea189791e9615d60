import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { scopePglite, scopePool } from './tenant-scope.ts';

export type Database = PgDatabase<PgQueryResultHKT>;
export type DatabaseKind = 'pglite' | 'postgresql';

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /** Raw SQL for the few places drizzle does not cover (backup, checks). */
  query: (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
  /**
   * The database as one tenant's work sees it: every statement runs as the
   * application role with that tenant set, under row-level security
   * (decision 018). `db` itself is the owner's: migrations, the tenant
   * lookup by host, the job queue, backups and the command line's tenant
   * commands, and nothing a request reaches by accident.
   */
  forTenant: (tenantId: string) => Database;
  /** Runs `work` while holding a cluster-wide advisory lock (PGlite has one connection, so it just runs). */
  withAdvisoryLock: <T>(key: number, work: (db: Database) => Promise<T>) => Promise<T>;
  /** PGlite only: the whole data directory as a gzipped tarball. */
  dumpDataDir?: () => Promise<Blob>;
  close: () => Promise<void>;
};

const pgliteExtensions = { pg_trgm };

type PgliteSource = { dataDir?: string; loadDataDir?: Blob };

const megabyte = 1024 * 1024;

/**
 * Shared buffers for a database of this many bytes: 64 MB for a 社協's few
 * thousand records, growing with the data to a third of it, at most 256 MB,
 * so a directory of 100,000 listings keeps its search indexes in memory
 * instead of copying pages in from the data folder on every search. Below
 * 64 MB an import of 10,000 listings wrote and read its index pages through
 * the data folder again and again (700 MB written instead of 250 MB, about
 * 1.5 s of its 12 s). PGlite fills its buffers at start, so this is most of
 * its resident memory.
 */
export function sharedBuffersMb(dataBytes: number): number {
  return Math.min(256, Math.max(64, Math.ceil(dataBytes / 3 / megabyte)));
}

/** Bytes of table and index files in a PGlite data folder (0 when it is new). */
function relationBytes(dataDir: string): number {
  const base = path.join(dataDir, 'base');
  if (!fs.existsSync(base)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(base, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** One database per tenant, made on first use: a request costs a map lookup, not a new drizzle instance. */
function perTenant(make: (tenantId: string) => Database): (tenantId: string) => Database {
  const made = new Map<string, Database>();
  return (tenantId) => {
    let db = made.get(tenantId);
    if (!db) made.set(tenantId, (db = make(tenantId)));
    return db;
  };
}

/** Opens the embedded database, in memory or in a folder, optionally from a dumped data directory. */
export async function openPglite(source: PgliteSource = {}): Promise<DatabaseHandle> {
  if (source.dataDir) fs.mkdirSync(path.dirname(source.dataDir), { recursive: true });
  const client = await PGlite.create(source.dataDir, {
    extensions: pgliteExtensions,
    loadDataDir: source.loadDataDir,
    // random_page_cost: the data sits in memory or on SSD; at the default the
    // planner scans every row for common one-character search terms.
    postgresqlconf: [`shared_buffers=${sharedBuffersMb(source.dataDir ? relationBytes(source.dataDir) : 0)}MB`, 'random_page_cost=1.1'],
  });
  return {
    db: drizzlePglite(client) as unknown as Database,
    kind: 'pglite',
    forTenant: perTenant((tenantId) => drizzlePglite(scopePglite(client, tenantId)) as unknown as Database),
    query: async (text, params) => (await client.query<Record<string, unknown>>(text, params)).rows,
    withAdvisoryLock: async (_key, work) => work(drizzlePglite(client) as unknown as Database),
    dumpDataDir: async () => client.dumpDataDir('gzip'),
    close: async () => {
      if (!client.closed) await client.close();
    },
  };
}

/** Opens a pool on a real PostgreSQL server (the driver is loaded only then, to keep PGlite starts quick). */
// The databases openPostgres made: each statement may take a connection of
// its own from the pool, so independent statements can run side by side.
const pooledDatabases = new WeakSet<Database>();

/** True when `db` has a pool of connections (PostgreSQL), false for PGlite's single one (or one held connection). */
export function hasConnectionPool(db: Database): boolean {
  return pooledDatabases.has(db);
}

/**
 * `directUrl`: the server itself when `url` names a pooler in transaction
 * mode (decision 019). Advisory locks are held by a session across several
 * transactions (migrations, the first start), which a pooler would hand to
 * other clients in between, so they take a connection of their own there.
 */
export async function openPostgres(url: string, options: { max?: number; directUrl?: string } = {}): Promise<DatabaseHandle> {
  const [{ default: pg }, { drizzle: drizzlePostgres }] = await Promise.all([import('pg'), import('drizzle-orm/node-postgres')]);
  // random_page_cost as a start-up parameter (same reason as for PGlite:
  // servers today read from memory or SSD), so every connection has it before
  // its first query.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, options: '-c random_page_cost=1.1' });
  // An idle client losing its server must not crash the process; the next
  // query reports the failure instead.
  pool.on('error', () => {});
  let closed = false;
  const db = drizzlePostgres(pool) as unknown as Database;
  pooledDatabases.add(db);
  return {
    db,
    kind: 'postgresql',
    forTenant: perTenant((tenantId) => {
      const scoped = drizzlePostgres(scopePool(pool, tenantId)) as unknown as Database;
      pooledDatabases.add(scoped);
      return scoped;
    }),
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    withAdvisoryLock: async (key, work) => {
      const connection = new pg.Client({ connectionString: options.directUrl ?? url });
      connection.on('error', () => {});
      await connection.connect();
      try {
        await connection.query('SELECT pg_advisory_lock($1)', [key]);
        // Unlocking is ending the session, which also releases the lock if `work` failed.
        return await work(drizzlePostgres(connection) as unknown as Database);
      } finally {
        await connection.end();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/** True when the folder already holds an initialised PGlite cluster. */
export function hasPgliteCluster(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}
