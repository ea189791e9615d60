import path from 'node:path';
import type { Config } from '../config.ts';
import { hasPgliteCluster, openPglite, openPostgres, type DatabaseHandle } from './client.ts';
import { runMigrations } from './migrate.ts';
import { lockDataFolder } from './data-folder-lock.ts';
import { readPgliteTemplate } from './pglite-template.ts';

/** The PGlite folder inside the data directory. */
export function pgliteFolder(config: Config): string {
  return path.join(config.dataDir, 'pglite');
}

/**
 * Opens the configured database and brings its schema up to date: real
 * PostgreSQL when DATABASE_URL is set (migrations through
 * DATABASE_DIRECT_URL when that is given), else the embedded one in the data
 * folder (created from the install-time template when new).
 */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  const handle = config.databaseUrl ? await openPostgres(config.databaseUrl, { directUrl: config.directDatabaseUrl }) : await openEmbedded(pgliteFolder(config));
  await checkUtf8(handle);
  await runMigrations(handle);
  return handle;
}

async function openEmbedded(folder: string): Promise<DatabaseHandle> {
  const release = lockDataFolder(path.dirname(folder));
  try {
    const handle = await openPglite(hasPgliteCluster(folder) ? { dataDir: folder } : { dataDir: folder, loadDataDir: readPgliteTemplate() });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

// pg_trgm sees no Japanese trigrams under a non-UTF-8 ctype, so search would
// silently find nothing: refuse to start instead.
async function checkUtf8(handle: DatabaseHandle): Promise<void> {
  const [row] = await handle.query(
    `SELECT pg_encoding_to_char(encoding) AS encoding, datctype AS ctype FROM pg_database WHERE datname = current_database()`,
  );
  const encoding = String(row?.encoding ?? '');
  const ctype = String(row?.ctype ?? '');
  if (encoding !== 'UTF8' || !/utf-?8/i.test(ctype)) {
    throw new Error(`データベースは UTF-8 で作成してください (encoding=${encoding}, ctype=${ctype}; use initdb -E UTF8 --locale=C.UTF-8)`);
  }
}
