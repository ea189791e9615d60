// Keys that carry the tenant (docs/decisions/017): every tenant-owned row is
// (tenant_id, id), and every reference between such rows names the tenant
// too, so the database itself refuses a row that points into another
// tenant. It is also the shape a PostgreSQL distributed by tenant_id needs.
import { sql } from 'drizzle-orm';
import { foreignKey, pgPolicy, primaryKey, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { applicationRole } from '../../db/tenant-scope.ts';

/** `PRIMARY KEY (tenant_id, <key>)`, named `<table>_pkey` as PostgreSQL names a one-column key. */
export function tenantPrimaryKey(table: string, tenantId: AnyPgColumn, key: AnyPgColumn) {
  return primaryKey({ name: `${table}_pkey`, columns: [tenantId, key] });
}

/** A tenant-owned row as a reference target: its tenant and its id. */
type TenantRow = { tenantId: AnyPgColumn; id: AnyPgColumn };

/** `(tenant_id, <column>) REFERENCES <target> (tenant_id, id)`, named `<table>_<column>_fk`. */
export function tenantReference(table: string, tenantId: AnyPgColumn, column: AnyPgColumn, target: TenantRow, onDelete?: 'cascade') {
  const reference = foreignKey({ name: `${table}_${column.name}_fk`, columns: [tenantId, column], foreignColumns: [target.tenantId, target.id] });
  return onDelete ? reference.onDelete(onDelete) : reference;
}


// Unset, or reset at the end of a transaction, the setting reads '' or NULL: then no row is visible.
const currentTenant = "nullif(current_setting('sasaeai.tenant_id', true), '')::uuid";

/** Row-level security: the application role sees and writes only the rows of the tenant its transaction names. */
export function tenantIsolation(tenantColumn: 'tenant_id' | 'id' = 'tenant_id') {
  const sameTenant = sql.raw(`${tenantColumn} = ${currentTenant}`);
  return pgPolicy('tenant_isolation', { for: 'all', to: applicationRole, using: sameTenant, withCheck: sameTenant });
}
