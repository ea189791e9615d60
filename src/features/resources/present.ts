import { z } from 'zod';
import { schedule } from './schedule.ts';
import type { NeedCategoryRow, ResourceDetail } from './service.ts';

export const resourceOutput = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameReading: z.string(),
    description: z.string(),
    provider: z.object({ id: z.uuid(), name: z.string(), providerType: z.string() }).nullable(),
    needCategories: z.array(z.object({ id: z.uuid(), code: z.string(), name: z.string() })),
    target: z.string(),
    cost: z.object({ kind: z.string(), yen: z.number().int().nullable(), text: z.string() }),
    schedule,
    place: z.object({
      name: z.string(),
      postalCode: z.string(),
      address: z.string(),
      building: z.string(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
      areaId: z.uuid().nullable(),
      districtId: z.uuid().nullable(),
    }),
    contact: z.object({ phone: z.string(), fax: z.string(), email: z.string(), url: z.string() }),
    attributes: z.array(z.string()),
    status: z.string(),
    statusNotice: z.string(),
    isPublished: z.boolean(),
    confirmedOn: z.iso.date().nullable(),
    confirmedBy: z.string(),
    distanceKm: z.number().nullable().optional(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Resource' });
export type ResourceOutput = z.infer<typeof resourceOutput>;

export function presentResource(row: ResourceDetail & { distanceKm?: number | null }, categories: NeedCategoryRow[]): ResourceOutput {
  return {
    id: row.id,
    name: row.name,
    nameReading: row.nameReading,
    description: row.description,
    provider: row.provider ? { id: row.provider.id, name: row.provider.name, providerType: row.provider.providerType } : null,
    needCategories: categories.filter((c) => row.categoryIds.includes(c.id)).map((c) => ({ id: c.id, code: c.code, name: c.name })),
    target: row.target,
    cost: { kind: row.costKind, yen: row.costYen, text: row.costText },
    schedule: row.schedule,
    place: {
      name: row.placeName,
      postalCode: row.postalCode,
      address: row.address,
      building: row.building,
      latitude: row.latitude,
      longitude: row.longitude,
      areaId: row.areaId,
      districtId: row.districtId,
    },
    contact: { phone: row.phone, fax: row.fax, email: row.email, url: row.url },
    attributes: row.attributes,
    status: row.status,
    statusNotice: row.statusNotice,
    isPublished: row.isPublished,
    confirmedOn: row.confirmedOn,
    confirmedBy: row.confirmedBy,
    ...(row.distanceKm !== undefined ? { distanceKm: row.distanceKm } : {}),
    updatedAt: row.updatedAt.toISOString(),
  };
}
