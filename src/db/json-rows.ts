import { getTableColumns, sql, type SQLChunk } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client.ts';

/**
 * Many rows as one jsonb parameter, for INSERT … SELECT FROM
 * jsonb_populate_recordset: one parameter instead of one per value (a
 * 500-row batch of listings would need 20,000), which PGlite and
 * node-postgres handle far faster. Dates travel as ISO strings.
 */
function rowsAsJson<T extends PgTable>(table: T, rows: Record<string, unknown>[]): { json: string; columns: SQLChunk[] } {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = Object.keys(columns).filter((key) => rows.some((row) => row[key] !== undefined));
  const json = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const value = row[key];
      out[columns[key]!.name] = value instanceof Date ? value.toISOString() : (value ?? null);
    }
    return out;
  });
  return { json: JSON.stringify(json), columns: keys.map((key) => sql.identifier(columns[key]!.name)) };
}

/**
 * Inserts many rows in one statement. Columns no row gives get their
 * defaults; a column some rows give and others leave out is NULL in those,
 * so give every row the same keys.
 */
export async function insertRowsAsJson<T extends PgTable>(db: Database, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const { json, columns } = rowsAsJson(table, rows as Record<string, unknown>[]);
  const list = sql.join(columns, sql`, `);
  await db.execute(sql`INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, ${json}::jsonb)`);
}
