import { z } from 'zod';

export const auditQuery = z.object({
  entityType: z.string().trim().max(50).regex(/^[a-z_]*$/).optional().transform((v) => v || undefined),
  before: z.coerce.number().int().positive().optional(),
});
export type AuditQuery = z.infer<typeof auditQuery>;
