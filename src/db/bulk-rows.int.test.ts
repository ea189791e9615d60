import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKind } from '../../test/support/database.ts';
import type { Database, DatabaseHandle } from './client.ts';
import { insertManyRows, pgliteCopyClient } from './bulk-rows.ts';

const samples = pgTable('bulk_rows_samples', {
  id: uuid('id').primaryKey(),
  label: text('label').notNull(),
  note: text('note'),
  count: integer('count'),
  ratio: doublePrecision('ratio'),
  flag: boolean('flag').notNull().default(false),
  tags: text('tags').array(),
  days: integer('days').array(),
  doc: jsonb('doc'),
  at: timestamp('at', { withTimezone: true }),
  made: text('made').notNull().default('by default'),
});

const parents = pgTable('bulk_rows_parents', { id: uuid('id').primaryKey() });
const children = pgTable('bulk_rows_children', {
  id: uuid('id').primaryKey(),
  parentId: uuid('parent_id').references(() => parents.id),
  label: text('label').notNull(),
});
// The shape every tenant-owned table has (decision 017): keys and references carry the tenant.
const tenantParents = pgTable('bulk_rows_tenant_parents', { tenantId: uuid('tenant_id').notNull(), id: uuid('id').notNull() }, (t) => [primaryKey({ columns: [t.tenantId, t.id] })]);
const tenantChildren = pgTable(
  'bulk_rows_tenant_children',
  { tenantId: uuid('tenant_id').notNull(), id: uuid('id').notNull(), parentId: uuid('parent_id') },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), foreignKey({ columns: [t.tenantId, t.parentId], foreignColumns: [tenantParents.tenantId, tenantParents.id] })],
);
const tenantA = '00000000-0000-4000-8000-00000000aaaa';
const tenantB = '00000000-0000-4000-8000-00000000bbbb';
const parentIds = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2'];
const missingParentId = '00000000-0000-4000-8000-0000000000af';
const child = (n: number, parentId: string | null) => ({ id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`, parentId, label: `子${n}` });

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.execute(sql`CREATE TABLE bulk_rows_samples (
    id uuid PRIMARY KEY, label text NOT NULL, note text, count integer, ratio double precision,
    flag boolean NOT NULL DEFAULT false, tags text[], days integer[], doc jsonb, at timestamptz, made text NOT NULL DEFAULT 'by default')`);
  await handle.db.execute(sql`CREATE TABLE bulk_rows_parents (id uuid PRIMARY KEY)`);
  await handle.db.execute(sql`CREATE TABLE bulk_rows_children (id uuid PRIMARY KEY, parent_id uuid REFERENCES bulk_rows_parents (id), label text NOT NULL)`);
  await insertManyRows(handle.db, parents, parentIds.map((id) => ({ id })));
  await handle.db.execute(sql`CREATE TABLE bulk_rows_tenant_parents (tenant_id uuid, id uuid, PRIMARY KEY (tenant_id, id))`);
  await handle.db.execute(sql`CREATE TABLE bulk_rows_tenant_children (tenant_id uuid, id uuid, parent_id uuid, PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES bulk_rows_tenant_parents (tenant_id, id))`);
  await insertManyRows(handle.db, tenantParents, [{ tenantId: tenantA, id: parentIds[0]! }, { tenantId: tenantB, id: parentIds[1]! }]);
});
afterAll(async () => handle.close());

// Everything that has to be escaped in one text format or the other.
const awkward = 'タブ\tと改行\nと\r復帰と\\と"引用"と{波括弧},カンマ と \\N と NULL 🍙';
const rows = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    label: awkward,
    note: null,
    count: 0,
    ratio: 43.770123,
    flag: true,
    // A NULL element too, which the schema's type does not allow but PostgreSQL does.
    tags: [awkward, '', 'NULL', null] as unknown as string[],
    days: [1, 3, 5],
    doc: { text: awkward, list: [1, null, { deep: true }], empty: '' },
    at: new Date(Date.UTC(2026, 11, 2, 9, 30, 0, 123)),
  },
  { id: '00000000-0000-4000-8000-000000000002', label: 'もう一行', note: '（改行）\n', count: null, ratio: null, flag: false, tags: [], days: null, doc: null, at: null },
];

describe(`many rows in one statement (${testDatabaseKind})`, () => {
  it('stores every value exactly as given, with defaults for the columns no row gives', async () => {
    await insertManyRows(handle.db, samples, rows);
    const stored = await handle.db.select().from(samples).orderBy(samples.id);
    expect(stored).toEqual(rows.map((row) => ({ ...row, made: 'by default' })));
  });

  it('writes inside a transaction and rolls back with it', async () => {
    const id = '00000000-0000-4000-8000-000000000003';
    await expect(
      handle.db.transaction(async (tx) => {
        await insertManyRows(tx as unknown as Database, samples, [{ id, label: '取り消される行' }]);
        const [inside] = await tx.select().from(samples).where(sql`${samples.id} = ${id}`);
        expect(inside?.label).toBe('取り消される行');
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await handle.db.select().from(samples).where(sql`${samples.id} = ${id}`)).toEqual([]);
  });

  it('uses COPY on PGlite, in and out of transactions, and the jsonb statement on PostgreSQL', async () => {
    const expected = testDatabaseKind === 'pglite';
    expect(pgliteCopyClient(handle.db) !== null).toBe(expected);
    await handle.db.transaction(async (tx) => {
      expect(pgliteCopyClient(tx as unknown as Database) !== null).toBe(expected);
    });
  });

  it('refuses a row that breaks a constraint and leaves none of the rows behind', async () => {
    const before = (await handle.db.select().from(samples)).length;
    await expect(insertManyRows(handle.db, samples, [{ id: '00000000-0000-4000-8000-000000000004', label: 'ok' }, { id: rows[0]!.id, label: '重複' }])).rejects.toThrow();
    expect((await handle.db.select().from(samples)).length).toBe(before);
  });

  it('takes rows whose foreign keys all name existing rows, and keeps checking every later statement', async () => {
    await handle.db.transaction(async (tx) => {
      const db = tx as unknown as Database;
      await insertManyRows(db, children, [child(1, parentIds[0]!), child(2, parentIds[1]!), child(3, parentIds[0]!), child(4, null)]);
      const [setting] = (await db.execute(sql`SHOW session_replication_role`) as unknown as { rows: { session_replication_role: string }[] }).rows;
      expect(setting?.session_replication_role).toBe('origin');
      await expect(db.execute(sql`SAVEPOINT later`).then(() => db.execute(sql`INSERT INTO bulk_rows_children VALUES (${child(5, null).id}, ${missingParentId}, 'あとの行')`))).rejects.toThrow();
      await db.execute(sql`ROLLBACK TO SAVEPOINT later`);
    });
    const stored = await handle.db.select().from(children).orderBy(children.id);
    expect(stored.map((row) => [row.label, row.parentId])).toEqual([['子1', parentIds[0]], ['子2', parentIds[1]], ['子3', parentIds[0]], ['子4', null]]);
  });

  it('refuses rows when one names a row that does not exist, and stores none of them', async () => {
    const before = (await handle.db.select().from(children)).length;
    const error = (await insertManyRows(handle.db, children, [child(6, parentIds[0]!), child(7, missingParentId)]).catch((e: unknown) => e)) as { code?: string; cause?: { code?: string } };
    // foreign_key_violation, as the database itself reports it (drizzle wraps it on PostgreSQL).
    expect(error.code ?? error.cause?.code).toBe('23503');
    expect((await handle.db.select().from(children)).length).toBe(before);
  });

  it("takes rows whose tenant and parent name one row, and refuses a row naming another tenant's parent", async () => {
    const row = (n: number, tenantId: string, parentId: string | null) => ({ tenantId, id: child(n, null).id, parentId });
    await insertManyRows(handle.db, tenantChildren, [row(1, tenantA, parentIds[0]!), row(2, tenantB, parentIds[1]!), row(3, tenantA, null)]);
    const error = (await insertManyRows(handle.db, tenantChildren, [row(4, tenantA, parentIds[0]!), row(5, tenantA, parentIds[1]!)]).catch((e: unknown) => e)) as { code?: string; cause?: { code?: string } };
    expect(error.code ?? error.cause?.code).toBe('23503');
    const stored = await handle.db.select().from(tenantChildren).orderBy(tenantChildren.id);
    expect(stored.map((r) => [r.tenantId, r.parentId])).toEqual([[tenantA, parentIds[0]], [tenantB, parentIds[1]], [tenantA, null]]);
  });
});
