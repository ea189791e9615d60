import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { tenants } from './schema.ts';

export type Tenant = typeof tenants.$inferSelect;
export type NewTenant = Pick<Tenant, 'slug' | 'name'> & Partial<Omit<Tenant, 'id' | 'createdAt'>>;

// Tenants change a few times a year while every request needs one: a short
// cache keeps the lookup off the hot path, and a change made by another
// process (the CLI) is seen within seconds.
const cacheTtlMs = 5_000;
let cache: { at: number; db: Database; rows: Tenant[] } | undefined;

async function allTenants(db: Database): Promise<Tenant[]> {
  const now = Date.now();
  if (cache && cache.db === db && now - cache.at < cacheTtlMs) return cache.rows;
  const rows = await db.select().from(tenants).orderBy(asc(tenants.createdAt), asc(tenants.slug));
  cache = { at: now, db, rows };
  return rows;
}

export function forgetCachedTenants(): void {
  cache = undefined;
}

/** The tenant serving a host name; the oldest tenant answers hosts nobody claimed. */
export async function findTenantForHost(db: Database, host: string | undefined): Promise<Tenant | undefined> {
  const rows = await allTenants(db);
  const hostname = (host ?? '').toLowerCase().replace(/:\d+$/, '');
  return rows.find((t) => t.hosts.includes(hostname)) ?? rows.find((t) => t.hosts.length === 0) ?? rows[0];
}

/** Creates a tenant. */
export async function createTenant(db: Database, input: NewTenant): Promise<Tenant> {
  const [row] = await db.insert(tenants).values(input).returning();
  forgetCachedTenants();
  return row!;
}

/** Updates a tenant's name and office contact. */
export async function updateTenant(db: Database, id: string, changes: Partial<Omit<Tenant, 'id' | 'createdAt'>>): Promise<Tenant> {
  const [row] = await db.update(tenants).set(changes).where(eq(tenants.id, id)).returning();
  forgetCachedTenants();
  return row!;
}

export async function findTenants(db: Database): Promise<Tenant[]> {
  return db.select().from(tenants).orderBy(asc(tenants.createdAt));
}

export async function findTenantBySlug(db: Database, slug: string): Promise<Tenant | undefined> {
  const rows = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return rows[0];
}

export async function countTenants(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(tenants);
  return row?.n ?? 0;
}

/**
 * The address a tenant's links (in mails, on link pages, in exports) are
 * built on: its primary host, the first it answers, with the deployment's
 * scheme; the deployment's own address (SASAEAI_BASE_URL) for a tenant with
 * no host of its own or whose primary host is that address's.
 */
export function tenantBaseUrl(tenant: Pick<Tenant, 'hosts'> | undefined, deploymentBaseUrl: string): string {
  const host = tenant?.hosts[0];
  const deployment = new URL(deploymentBaseUrl);
  if (!host || host === deployment.hostname) return deploymentBaseUrl;
  return `${deployment.protocol}//${host}`;
}

/** `tenantBaseUrl` of a tenant by id, read through its own connection (for jobs). */
export async function findTenantBaseUrl(db: Database, tenantId: string, deploymentBaseUrl: string): Promise<string> {
  const [tenant] = await db.select({ hosts: tenants.hosts }).from(tenants).where(eq(tenants.id, tenantId));
  return tenantBaseUrl(tenant, deploymentBaseUrl);
}
