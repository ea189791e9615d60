import { NotFound } from '../errors/app-error.ts';
import { uuidParam } from '../validation/fields.ts';

/** A record id from the URL; anything that is not a UUID is simply not found. */
export function recordId(value: string): string {
  const parsed = uuidParam.safeParse(value);
  if (!parsed.success) throw new NotFound();
  return parsed.data;
}
