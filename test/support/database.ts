import crypto from 'node:crypto';
import pg from 'pg';
import { openPglite, openPostgres, type DatabaseHandle } from '../../src/db/client.ts';
import { readPgliteTemplate } from '../../src/db/pglite-template.ts';

export const testDatabaseKind = process.env.SASAEAI_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite';

const postgresTemplateName = 'sasaeai_test_template';

/** A fresh, migrated, empty database of the kind this run tests (PGlite or real PostgreSQL). */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (testDatabaseKind === 'pglite') {
    const template = readPgliteTemplate();
    if (!template) throw new Error('PGlite template missing: the global setup builds it');
    return openPglite({ loadDataDir: template });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('SASAEAI_TEST_DB=postgresql needs TEST_DATABASE_URL');
  const name = `sasaeai_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${postgresTemplateName}`);
  } finally {
    await admin.end();
  }
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  const handle = await openPostgres(databaseUrl.toString(), { max: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => cleanup.end());
    },
  };
}

/** A new, empty PostgreSQL database for processes that connect by URL (the CLI); dropped by the returned function. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `sasaeai_cli_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`).finally(() => admin.end());
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    url: databaseUrl.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => cleanup.end());
    },
  };
}
