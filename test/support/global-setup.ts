import pg from 'pg';
import { openPostgres } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { ensurePgliteTemplate } from '../../src/db/pglite-template.ts';

export const postgresTemplateName = 'sasaeai_test_template';

/**
 * Runs once per test run: migrates one template (a dumped PGlite cluster, or
 * a PostgreSQL template database) that every test file clones, so no file
 * pays for migrations and no file sees another's rows.
 */
export default async function setup(): Promise<void> {
  await ensurePgliteTemplate();
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.SASAEAI_TEST_DB !== 'postgresql' || !url) return;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${postgresTemplateName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${postgresTemplateName} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`);
  } finally {
    await admin.end();
  }
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${postgresTemplateName}`;
  const handle = await openPostgres(templateUrl.toString(), { max: 1 });
  try {
    await runMigrations(handle);
  } finally {
    await handle.close();
  }
}
