import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { users } from '../../platform/auth/schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function selectUsers(db: Database, tenantId: string): Promise<UserRow[]> {
  return db.select().from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.nameReading), asc(users.email));
}

export async function selectUser(db: Database, tenantId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id))).limit(1);
  return row;
}

export async function selectUserByEmail(db: Database, tenantId: string, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), sql`lower(${users.email}) = ${email.toLowerCase()}`))
    .limit(1);
  return row;
}

export async function insertUser(db: Database, tenantId: string, values: Omit<typeof users.$inferInsert, 'tenantId'>): Promise<UserRow> {
  const [row] = await db.insert(users).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateUserRow(db: Database, tenantId: string, id: string, values: Partial<typeof users.$inferInsert>): Promise<UserRow | undefined> {
  const [row] = await db.update(users).set(values).where(and(eq(users.tenantId, tenantId), eq(users.id, id))).returning();
  return row;
}

export async function countUsers(db: Database, tenantId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(eq(users.tenantId, tenantId));
  return row?.n ?? 0;
}
