// Many rows in one statement, in the form each database reads fastest.
// PGlite: COPY … FROM '/dev/blob', the rows as COPY text in a Blob. Measured
// on batches of 500 listings, PGlite read them in half the time it took to
// turn one jsonb parameter into rows (an estimated 1 s less for 10,000 rows).
// PostgreSQL: INSERT … SELECT FROM jsonb_populate_recordset with the rows as
// one jsonb parameter; node-postgres has no COPY without another driver, and
// there the jsonb costs little. See docs/decisions/015.
// On PGlite the foreign keys are checked once for each value the rows name,
// not once for each row; see docs/decisions/016.
import { getTableColumns, getTableName, is, sql, type SQLChunk } from 'drizzle-orm';
import { PgliteSession } from 'drizzle-orm/pglite';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './client.ts';
import { copyText, type CopyValueKind } from './copy-text.ts';
import { applicationRole } from './tenant-scope.ts';

type CopyClient = { query(text: string, params: unknown[], options: { blob: Blob }): Promise<unknown> };

/**
 * The PGlite connection (or PGlite transaction) behind a drizzle database or
 * transaction, or null on PostgreSQL. Drizzle keeps it on its session without
 * a public name; should that ever change, inserts fall back to jsonb.
 */
export function pgliteCopyClient(db: Database): CopyClient | null {
  const session = (db as unknown as { session?: unknown }).session;
  if (!is(session, PgliteSession)) return null;
  const client = (session as unknown as { client?: Partial<CopyClient> }).client;
  return typeof client?.query === 'function' ? (client as CopyClient) : null;
}

type Column = { key: string; name: string; kind: CopyValueKind };

// The columns some row gives a value for: the others keep their defaults.
function givenColumns(table: PgTable, rows: Record<string, unknown>[]): Column[] {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  return Object.entries(columns)
    .filter(([key]) => rows.some((row) => row[key] !== undefined))
    .map(([key, column]) => {
      const type = column.getSQLType();
      const kind: CopyValueKind = type.endsWith('[]') ? 'array' : type === 'jsonb' || type === 'json' ? 'json' : 'scalar';
      return { key, name: column.name, kind };
    });
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

type Reference = { keys: string[]; foreignTable: PgTable; foreignColumns: PgColumn[] };

/**
 * The table's foreign keys as row keys → referenced columns (a key that
 * carries the tenant spans two), or null when one would take a default no
 * check here would see.
 */
function referencesOf(table: PgTable, given: Column[]): Reference[] | null {
  // By name: a key declared beside the columns (as the tenant's keys are) holds copies of them, not the columns themselves.
  const keyOf = new Map(Object.entries(getTableColumns(table) as Record<string, PgColumn>).map(([key, column]) => [column.name, key]));
  const references: Reference[] = [];
  for (const foreignKey of getTableConfig(table).foreignKeys) {
    const { columns, foreignColumns, foreignTable } = foreignKey.reference();
    if (columns.some((column) => column.hasDefault && !given.some((c) => c.name === column.name))) return null;
    references.push({ keys: columns.map((column) => keyOf.get(column.name)!), foreignTable, foreignColumns });
  }
  return references;
}

/**
 * True when every value the rows give for a foreign key is in the table it
 * names: one statement a key over the distinct values, where the database's
 * own check runs once a row (a 10,000-row import names one tenant 10,000
 * times). A referenced key is unique, so a full count means none is missing.
 * A value with a NULL part is not checked, as the database does not check it.
 */
async function everyReferenceExists(db: Database, references: Reference[], rows: Record<string, unknown>[]): Promise<boolean> {
  for (const { keys, foreignTable, foreignColumns } of references) {
    const distinct = new Map<string, unknown[]>();
    for (const row of rows) {
      const values = keys.map((key) => row[key]);
      if (values.some((value) => value === null || value === undefined)) continue;
      distinct.set(JSON.stringify(values), values);
    }
    if (distinct.size === 0) continue;
    // The values as one jsonb parameter: a list of thousands of parameters comes back from PGlite as an empty result.
    const names = foreignColumns.map((column) => quoted(column.name));
    const record = sql.raw(foreignColumns.map((column, i) => `${names[i]} ${column.getSQLType()}`).join(', '));
    const joined = sql.raw(names.map((name) => `t.${name} = v.${name}`).join(' AND '));
    const values = JSON.stringify([...distinct.values()].map((tuple) => Object.fromEntries(tuple.map((value, i) => [foreignColumns[i]!.name, value]))));
    const result = await db.execute(sql`SELECT count(*)::int AS found FROM ${foreignTable} t JOIN jsonb_to_recordset(${values}::jsonb) AS v(${record}) ON ${joined}`);
    if ((result as unknown as { rows: { found: number }[] }).rows[0]!.found !== distinct.size) return false;
  }
  return true;
}

function copyStatement(table: PgTable, columns: Column[]): string {
  // Only names from our schema go into the statement; every value travels in the Blob.
  return `COPY ${quoted(getTableName(table))} (${columns.map((c) => quoted(c.name)).join(', ')}) FROM '/dev/blob'`;
}

async function copyRows(db: Database, table: PgTable, rows: Record<string, unknown>[], columns: Column[]): Promise<void> {
  const blob = new Blob([copyText(rows, columns)]);
  const references = referencesOf(table, columns);
  // When a value is missing, the COPY runs with the database's own checks, which name the row that breaks them.
  const checked = references !== null && (await everyReferenceExists(db, references, rows));
  // In a savepoint, so that a failed COPY also takes the settings back; SET
  // LOCAL would otherwise last to the end of the caller's transaction.
  await db.transaction(async (tx) => {
    const scope = await leaveTenantScope(tx, table, rows);
    // Replica mode skips the per-row checks just made once. PGlite has one
    // connection, so nothing can delete what was found before the rows are in.
    if (checked) await tx.execute(sql`SET LOCAL session_replication_role = replica`);
    await pgliteCopyClient(tx)!.query(copyStatement(table, columns), [], { blob });
    if (checked) await tx.execute(sql`SET LOCAL session_replication_role = origin`);
    if (scope) await tx.execute(sql`SELECT set_config('role', ${scope}, true)`);
  });
}

/**
 * PostgreSQL refuses COPY FROM into a table under row-level security, and
 * replica mode is the superuser's. So within a tenant's transaction (018)
 * the COPY runs as the session's own user, after the check the policy would
 * have made: every row belongs to the tenant the transaction names. Returns
 * the role to go back to, or null outside a tenant's transaction.
 */
async function leaveTenantScope(db: Database, table: PgTable, rows: Record<string, unknown>[]): Promise<string | null> {
  const result = await db.execute(sql`SELECT current_setting('role') AS role, current_setting('sasaeai.tenant_id', true) AS tenant`);
  const { role, tenant } = (result as unknown as { rows: { role: string; tenant: string | null }[] }).rows[0]!;
  if (role !== applicationRole) return null;
  if (!('tenantId' in getTableColumns(table)) || rows.some((row) => row.tenantId !== tenant)) {
    throw Object.assign(new Error(`new row violates row-level security policy for table "${getTableName(table)}"`), { code: '42501' });
  }
  await db.execute(sql`SELECT set_config('role', 'none', true)`);
  return role;
}

async function insertFromJson(db: Database, table: PgTable, rows: Record<string, unknown>[], columns: Column[]): Promise<void> {
  const json = rows.map((row) => {
    const out: Record<string, unknown> = {};
    for (const { key, name } of columns) {
      const value = row[key];
      out[name] = value instanceof Date ? value.toISOString() : (value ?? null);
    }
    return out;
  });
  const list = sql.join(columns.map((c): SQLChunk => sql.identifier(c.name)), sql`, `);
  await db.execute(sql`INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::${table}, ${JSON.stringify(json)}::jsonb)`);
}

/**
 * Inserts many rows in one statement. Columns no row gives get their
 * defaults; a column some rows give and others leave out is NULL in those,
 * so give every row the same keys. Values go in as they are (no drizzle
 * value mapping): dates, JSON documents, arrays and plain values.
 */
export async function insertManyRows<T extends PgTable>(db: Database, table: T, rows: T['$inferInsert'][]): Promise<void> {
  if (rows.length === 0) return;
  const plain = rows as Record<string, unknown>[];
  const columns = givenColumns(table, plain);
  if (pgliteCopyClient(db)) await copyRows(db, table, plain, columns);
  else await insertFromJson(db, table, plain, columns);
}
