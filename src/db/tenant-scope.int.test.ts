import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../test/support/database.ts';
import { areas } from '../features/areas/schema.ts';
import { resources } from '../features/resources/schema.ts';
import { createTenant, type Tenant } from '../platform/tenancy/tenancy.ts';
import { tenants } from '../platform/tenancy/schema.ts';
import { insertManyRows } from './bulk-rows.ts';
import type { Database, DatabaseHandle } from './client.ts';

// The second wall: a query written without its tenant filter still sees
// and changes only the rows of the tenant its database is scoped to.
let handle: DatabaseHandle;
let asahikawa: Tenant;
let sapporo: Tenant;

const errorCode = (error: unknown) => (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;

beforeAll(async () => {
  handle = await createTestDatabase();
  asahikawa = await createTenant(handle.db, { slug: 'asahikawa', name: '旭川市社会福祉協議会' });
  sapporo = await createTenant(handle.db, { slug: 'sapporo', name: '札幌市社会福祉協議会' });
  await handle.db.insert(areas).values([
    { tenantId: asahikawa.id, tier: 2, name: 'A地域' },
    { tenantId: asahikawa.id, tier: 2, name: 'B地域' },
    { tenantId: sapporo.id, tier: 2, name: '中央区' },
  ]);
});
afterAll(async () => handle.close());

describe(`row-level security (${testDatabaseKind})`, () => {
  it('returns only the scoped tenant’s rows to a query without a tenant filter, alone or in a transaction', async () => {
    const db = handle.forTenant(sapporo.id);
    expect((await db.select().from(areas)).map((a) => a.name)).toEqual(['中央区']);
    expect((await db.select().from(tenants)).map((t) => t.slug)).toEqual(['sapporo']);
    const inTransaction = await db.transaction(async (tx) => (await tx.select().from(areas)).map((a) => a.name));
    expect(inTransaction).toEqual(['中央区']);
    expect((await handle.forTenant(asahikawa.id).select().from(areas)).map((a) => a.name).sort()).toEqual(['A地域', 'B地域']);
  });

  it('changes only the scoped tenant’s rows, and refuses a row written for another tenant', async () => {
    const db = handle.forTenant(sapporo.id);
    const changed = await db.update(areas).set({ description: '札幌の圏域' }).returning();
    expect(changed.map((a) => a.name)).toEqual(['中央区']);
    const untouched = await handle.db.select().from(areas).where(eq(areas.tenantId, asahikawa.id));
    expect(untouched.every((a) => a.description === '')).toBe(true);
    const refused = await db.insert(areas).values({ tenantId: asahikawa.id, tier: 2, name: '越境' }).catch((e: unknown) => e);
    expect(errorCode(refused)).toBe('42501');
    expect(await db.delete(areas).where(eq(areas.tenantId, asahikawa.id)).returning()).toEqual([]);
    expect((await handle.db.select().from(areas)).length).toBe(3);
  });

  it('writes many rows at once only for the scoped tenant', async () => {
    const db = handle.forTenant(sapporo.id);
    const listing = (tenantId: string, name: string) => ({ tenantId, name, schedule: { rules: [], note: '' } as never });
    await insertManyRows(db, resources, [listing(sapporo.id, '札幌の会'), listing(sapporo.id, '札幌の集い')]);
    const refused = await insertManyRows(db, resources, [listing(sapporo.id, '札幌の会2'), listing(asahikawa.id, '旭川の会')]).catch((e: unknown) => e);
    expect(errorCode(refused)).toBe('42501');
    const stored = await handle.db.select({ tenantId: resources.tenantId, name: resources.name }).from(resources);
    expect(stored.map((r) => r.name).sort()).toEqual(['札幌の会', '札幌の集い']);
    expect(stored.every((r) => r.tenantId === sapporo.id)).toBe(true);
  });

  it('leaves no role or tenant behind on the connections it used', async () => {
    const scoped = handle.forTenant(sapporo.id);
    for (let i = 0; i < 8; i++) await scoped.select().from(areas);
    const settings = await Promise.all(
      Array.from({ length: 8 }, () => handle.query(`SELECT current_setting('role') AS role, coalesce(current_setting('sasaeai.tenant_id', true), '') AS tenant`)),
    );
    for (const [row] of settings) expect(row).toEqual({ role: 'none', tenant: '' });
    expect((await handle.db.select().from(areas)).length).toBe(3);
  });

  it('lets the import’s VACUUM through, which no transaction may hold', async () => {
    await expect((handle.forTenant(sapporo.id) as Database).execute(sql`VACUUM ANALYZE resources`)).resolves.toBeDefined();
  });

  it('refuses a tenant id that is not one', () => {
    expect(() => handle.forTenant("x'; DROP TABLE areas; --")).toThrow(/not a tenant id/);
  });
});
