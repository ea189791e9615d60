import { z } from 'zod';
import type { AssignmentWithCoordinator, CoordinatorRow } from './service.ts';

export const assignmentOutput = z
  .object({ id: z.uuid(), areaId: z.uuid(), tier: z.number().int(), startsOn: z.iso.date(), endsOn: z.iso.date().nullable() })
  .meta({ id: 'CoordinatorAssignment' });

export const coordinatorOutput = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameReading: z.string(),
    phone: z.string(),
    email: z.string(),
    assignments: z.array(assignmentOutput),
  })
  .meta({ id: 'Coordinator' });
export type CoordinatorOutput = z.infer<typeof coordinatorOutput>;

export function presentAssignment(a: AssignmentWithCoordinator | Omit<AssignmentWithCoordinator, 'coordinator'>) {
  return { id: a.id, areaId: a.areaId, tier: a.tier, startsOn: a.startsOn, endsOn: a.endsOn };
}

export function presentCoordinator(row: CoordinatorRow, assignments: AssignmentWithCoordinator[]): CoordinatorOutput {
  return {
    id: row.id,
    name: row.name,
    nameReading: row.nameReading,
    phone: row.phone,
    email: row.email,
    assignments: assignments.filter((a) => a.coordinatorId === row.id).map(presentAssignment),
  };
}
