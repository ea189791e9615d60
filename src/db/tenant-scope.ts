// Row-level security as the second wall (docs/decisions/018). Every
// statement a tenant's work sends runs in a transaction that first switches
// to the application role and names the tenant; the policies then show and
// take only that tenant's rows, whatever the statement's WHERE says. Both
// settings are transaction-local (set_config(…, true)), so they end with the
// transaction and never leak to the next user of a pooled connection, and a
// pooler in transaction mode carries them.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

/** The role every tenant's work runs as: not the tables' owner, so row-level security applies to it. */
export const applicationRole = 'sasaeai_app';

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The statement that opens a tenant's transaction, with the tenant as its one parameter. */
export const enterTenantStatement = `SELECT set_config('role', '${applicationRole}', true), set_config('sasaeai.tenant_id', $1, true)`;

function checkedTenantId(tenantId: string): string {
  if (!uuidShape.test(tenantId)) throw new Error(`not a tenant id: ${JSON.stringify(tenantId)}`);
  return tenantId.toLowerCase();
}

// VACUUM cannot run in a transaction, and only the owner may run it. It
// reads and changes no row that anyone sees, so it passes as it is: the one
// statement the wall lets through, for the import's index upkeep.
const maintenance = /^\s*VACUUM\b/i;

type PgliteQuery = PGlite['query'];

/** PGlite's client as drizzle uses it (query, transaction), with each statement and transaction entering the tenant first. */
export function scopePglite(client: PGlite, tenantId: string): PGlite {
  const tenant = checkedTenantId(tenantId);
  const scoped = {
    query: ((text: string, params?: unknown[], options?: Parameters<PgliteQuery>[2]) =>
      maintenance.test(text)
        ? client.query(text, params, options)
        : client.transaction(async (tx) => {
            await tx.query(enterTenantStatement, [tenant]);
            return tx.query(text, params, options);
          })) as PgliteQuery,
    transaction: <T>(work: (tx: Transaction) => Promise<T>) =>
      client.transaction(async (tx) => {
        await tx.query(enterTenantStatement, [tenant]);
        return work(tx);
      }),
  };
  return scoped as unknown as PGlite;
}

type QueryConfig = string | { text: string };
const textOf = (config: QueryConfig) => (typeof config === 'string' ? config : config.text);

/**
 * A node-postgres pool (for drizzle, still a pool) whose single statements
 * each run in a transaction of their own that enters the tenant first, and
 * whose checked-out connections enter the tenant right after drizzle's BEGIN.
 */
export function scopePool(pool: pg.Pool, tenantId: string): pg.Pool {
  const tenant = checkedTenantId(tenantId);
  // A simple query may hold two statements: BEGIN and the settings in one round trip. The id was checked above.
  const begin = `BEGIN; ${enterTenantStatement.replace('$1', `'${tenant}'`)}`;
  const scoped = Object.create(pool) as pg.Pool;
  const query = async (config: QueryConfig, values?: unknown[]) => {
    if (maintenance.test(textOf(config))) return pool.query(config as string, values);
    const client = await pool.connect();
    try {
      await client.query(begin);
      const result = await client.query(config as string, values);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  const connect = async () => {
    const client = await pool.connect();
    const entering = Object.create(client) as pg.PoolClient;
    entering.query = (async (config: QueryConfig, values?: unknown[]) => {
      const result = await client.query(config as string, values);
      if (/^\s*begin\b/i.test(textOf(config))) await client.query(enterTenantStatement, [tenant]);
      return result;
    }) as pg.PoolClient['query'];
    return entering;
  };
  Object.assign(scoped, { query, connect });
  return scoped;
}
