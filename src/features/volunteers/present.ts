import { z } from 'zod';
import type { HelpTypeRow, VolunteerRow } from './service.ts';
import { insuranceState } from './volunteer-rules.ts';

export const helpTypeOutput = z
  .object({ id: z.uuid(), code: z.string(), name: z.string(), nameReading: z.string(), needCategoryCode: z.string() })
  .meta({ id: 'HelpType' });

export function presentHelpType(row: HelpTypeRow): z.infer<typeof helpTypeOutput> {
  return { id: row.id, code: row.code, name: row.name, nameReading: row.nameReading, needCategoryCode: row.needCategoryCode };
}

export const volunteerOutput = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameReading: z.string(),
    ageBand: z.string(),
    phone: z.string(),
    email: z.string(),
    postalCode: z.string(),
    address: z.string(),
    areaId: z.uuid(),
    // null while the office has yet to place an applicant who did not know their 圏域.
    districtId: z.uuid().nullable(),
    helpTypeIds: z.array(z.uuid()),
    availability: z.array(z.string()),
    travelRange: z.string(),
    travelMeans: z.array(z.string()),
    status: z.string(),
    statusSince: z.iso.date(),
    insurance: z.object({ state: z.enum(['none', 'valid', 'expiring', 'expired']), expiresOn: z.iso.date().nullable() }),
    monthlyAssignmentLimit: z.number().int(),
  })
  .meta({ id: 'Volunteer' });
export type VolunteerOutput = z.infer<typeof volunteerOutput>;

/** A volunteer as the API shows it to an admin or their area's coordinator (notes stay on the page). */
export function presentVolunteer(row: VolunteerRow, now: Date): VolunteerOutput {
  const insurance = insuranceState(row.insuranceEnrolledOn, now);
  return {
    id: row.id,
    name: row.name,
    nameReading: row.nameReading,
    ageBand: row.ageBand,
    phone: row.phone,
    email: row.email,
    postalCode: row.postalCode,
    address: row.address,
    areaId: row.areaId,
    districtId: row.districtId,
    helpTypeIds: row.helpTypeIds,
    availability: row.availability,
    travelRange: row.travelRange,
    travelMeans: row.travelMeans,
    status: row.status,
    statusSince: row.statusSince,
    insurance: { state: insurance.state, expiresOn: insurance.state === 'none' ? null : insurance.expiresOn },
    monthlyAssignmentLimit: row.monthlyAssignmentLimit,
  };
}
