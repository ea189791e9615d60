import { and, asc, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { coordinatorAssignments, coordinators } from './schema.ts';

export type CoordinatorRow = typeof coordinators.$inferSelect;
export type AssignmentRow = typeof coordinatorAssignments.$inferSelect;
export type AssignmentWithCoordinator = AssignmentRow & { coordinator: CoordinatorRow };

export async function selectCoordinators(db: Database, tenantId: string): Promise<CoordinatorRow[]> {
  return db
    .select()
    .from(coordinators)
    .where(and(eq(coordinators.tenantId, tenantId), isNull(coordinators.archivedAt)))
    .orderBy(asc(coordinators.nameReading));
}

export async function selectCoordinator(db: Database, tenantId: string, id: string): Promise<CoordinatorRow | undefined> {
  const [row] = await db.select().from(coordinators).where(and(eq(coordinators.tenantId, tenantId), eq(coordinators.id, id))).limit(1);
  return row;
}

export async function insertCoordinator(db: Database, tenantId: string, values: Omit<typeof coordinators.$inferInsert, 'tenantId'>): Promise<CoordinatorRow> {
  const [row] = await db.insert(coordinators).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateCoordinatorRow(db: Database, tenantId: string, id: string, values: Partial<typeof coordinators.$inferInsert>): Promise<CoordinatorRow | undefined> {
  const [row] = await db.update(coordinators).set(values).where(and(eq(coordinators.tenantId, tenantId), eq(coordinators.id, id))).returning();
  return row;
}

/** Assignments with their coordinator, optionally only those in force on `onDate`. */
export async function selectAssignments(
  db: Database,
  tenantId: string,
  filter: { onDate?: string; areaId?: string; coordinatorId?: string; userId?: string } = {},
): Promise<AssignmentWithCoordinator[]> {
  const conditions = [eq(coordinatorAssignments.tenantId, tenantId), isNull(coordinators.archivedAt)];
  if (filter.onDate) {
    conditions.push(lte(coordinatorAssignments.startsOn, filter.onDate));
    conditions.push(or(isNull(coordinatorAssignments.endsOn), gte(coordinatorAssignments.endsOn, filter.onDate))!);
  }
  if (filter.areaId) conditions.push(eq(coordinatorAssignments.areaId, filter.areaId));
  if (filter.coordinatorId) conditions.push(eq(coordinatorAssignments.coordinatorId, filter.coordinatorId));
  if (filter.userId) conditions.push(eq(coordinators.userId, filter.userId));
  const rows = await db
    .select({ assignment: coordinatorAssignments, coordinator: coordinators })
    .from(coordinatorAssignments)
    .innerJoin(coordinators, and(eq(coordinators.id, coordinatorAssignments.coordinatorId), eq(coordinators.tenantId, coordinatorAssignments.tenantId)))
    .where(and(...conditions))
    .orderBy(desc(coordinatorAssignments.startsOn), asc(coordinators.nameReading));
  return rows.map((r) => ({ ...r.assignment, coordinator: r.coordinator }));
}

export async function selectAssignment(db: Database, tenantId: string, id: string): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .select()
    .from(coordinatorAssignments)
    .where(and(eq(coordinatorAssignments.tenantId, tenantId), eq(coordinatorAssignments.id, id)))
    .limit(1);
  return row;
}

export async function insertAssignment(db: Database, tenantId: string, values: Omit<typeof coordinatorAssignments.$inferInsert, 'tenantId'>): Promise<AssignmentRow> {
  const [row] = await db.insert(coordinatorAssignments).values({ ...values, tenantId }).returning();
  return row!;
}

export async function updateAssignmentRow(db: Database, tenantId: string, id: string, values: Partial<typeof coordinatorAssignments.$inferInsert>): Promise<AssignmentRow | undefined> {
  const [row] = await db
    .update(coordinatorAssignments)
    .set(values)
    .where(and(eq(coordinatorAssignments.tenantId, tenantId), eq(coordinatorAssignments.id, id)))
    .returning();
  return row;
}
