import { z } from 'zod';
import { uuidParam } from '../../platform/validation/fields.ts';

export const guidebookKinds = ['needs', 'handbook'] as const;

export const guidebookRequest = z
  .object({
    kind: z.enum(guidebookKinds, { error: 'validation.choice' }).default('needs'),
    area: z.union([z.literal(''), uuidParam]).optional().transform((v) => v || undefined),
    district: z.union([z.literal(''), uuidParam]).optional().transform((v) => v || undefined),
    largePrint: z
      .union([z.literal('1'), z.literal('on'), z.literal('true'), z.literal(''), z.literal('0')])
      .optional()
      .transform((v) => v === '1' || v === 'on' || v === 'true'),
    lang: z.enum(['ja', 'en']).optional(),
  })
  .refine((v) => v.kind !== 'handbook' || v.district, { path: ['district'], error: 'guidebook.districtRequired' });
export type GuidebookRequest = z.infer<typeof guidebookRequest>;
