import { z } from 'zod';
import { requiredText } from '../../platform/validation/fields.ts';
import { createUserInput } from '../users/validation.ts';

export const setupInput = createUserInput.omit({ role: true }).extend({ tenantName: requiredText({ max: 100 }) });
export type SetupInput = z.infer<typeof setupInput>;
