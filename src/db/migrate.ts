import fs from 'node:fs';
import path from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle } from './client.ts';
import { sourceRoot } from '../source-root.ts';

export const migrationsFolder = path.join(sourceRoot, 'db', 'migrations');

type Journal = { entries: { idx: number; tag: string }[] };

/** The tag of the newest migration this code knows, e.g. `0000_foundation`. */
export function latestMigrationTag(): string {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries.at(-1)?.tag ?? 'none';
}

// Any constant works; it only has to be the same for every process of this app.
const migrationLockKey = 7_205_113;

/** Applies pending migrations; on PostgreSQL under an advisory lock so parallel starts do not race. */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  await handle.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder });
    return;
  }
  const { migrate: migratePostgres } = await import('drizzle-orm/node-postgres/migrator');
  await handle.withAdvisoryLock(migrationLockKey, (db) => migratePostgres(db as never, { migrationsFolder }));
}

/** Number of migrations recorded as applied in this database. */
export async function appliedMigrationCount(handle: DatabaseHandle): Promise<number> {
  const rows = await handle.query(
    `SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
  );
  return Number(rows[0]?.n ?? 0);
}
