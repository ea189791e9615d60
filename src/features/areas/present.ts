import { z } from 'zod';
import type { AssignmentWithCoordinator } from '../coordinators/service.ts';
import type { AreaRow, DistrictRow } from './service.ts';

export const districtOutput = z
  .object({ id: z.uuid(), areaId: z.uuid(), name: z.string(), nameReading: z.string(), sortOrder: z.number().int() })
  .meta({ id: 'District' });
export type DistrictOutput = z.infer<typeof districtOutput>;

export const areaCoordinatorOutput = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameReading: z.string(),
    phone: z.string(),
    email: z.string(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date().nullable(),
  })
  .meta({ id: 'AreaCoordinator' });

export const areaOutput = z
  .object({
    id: z.uuid(),
    tier: z.number().int().min(1).max(3),
    parentId: z.uuid().nullable(),
    name: z.string(),
    nameReading: z.string(),
    description: z.string(),
    sortOrder: z.number().int(),
    archived: z.boolean(),
    districts: z.array(districtOutput),
    coordinators: z.array(areaCoordinatorOutput),
  })
  .meta({ id: 'Area' });
export type AreaOutput = z.infer<typeof areaOutput>;

export function presentDistrict(row: DistrictRow): DistrictOutput {
  return { id: row.id, areaId: row.areaId, name: row.name, nameReading: row.nameReading, sortOrder: row.sortOrder };
}

export function presentArea(row: AreaRow, districts: DistrictRow[], assignments: AssignmentWithCoordinator[]): AreaOutput {
  return {
    id: row.id,
    tier: row.tier,
    parentId: row.parentId,
    name: row.name,
    nameReading: row.nameReading,
    description: row.description,
    sortOrder: row.sortOrder,
    archived: row.archivedAt !== null,
    districts: districts.filter((d) => d.areaId === row.id).map(presentDistrict),
    coordinators: assignments
      .filter((a) => a.areaId === row.id)
      .map((a) => ({
        id: a.coordinator.id,
        name: a.coordinator.name,
        nameReading: a.coordinator.nameReading,
        phone: a.coordinator.phone,
        email: a.coordinator.email,
        startsOn: a.startsOn,
        endsOn: a.endsOn,
      })),
  };
}
