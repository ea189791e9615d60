import { z } from 'zod';
import { uuidParam } from '../../platform/validation/fields.ts';

/** Which 年度 (the Gregorian year it starts in) and, optionally, which area. */
export const figuresQuery = z.object({
  fy: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  areaId: z.union([z.literal(''), uuidParam]).optional().catch(''),
});
export type FiguresQuery = z.infer<typeof figuresQuery>;
