import type { z } from 'zod';
import { Invalid } from '../errors/app-error.ts';
import { formValues, type FormState } from '../layout/form-fields.tsx';
import { problemsByField, problemsFromZod } from '../validation/problems.ts';
import type { AppContext } from './app-env.ts';

type Outcome = Response | Promise<Response>;

/**
 * The one way a page form is handled: parse with the schema, run the action,
 * and on any field problem (from zod or from the service's rules) show the
 * form again with what the person typed and a message beside each field.
 */
export async function handleFormSubmission<T extends z.ZodType>(
  c: AppContext,
  schema: T,
  action: (input: z.output<T>) => Promise<Outcome>,
  renderForm: (form: FormState) => Outcome,
  toInput: (body: Record<string, string | string[]>) => unknown = (body) => body,
): Promise<Response> {
  const body = stringFields(await c.req.parseBody({ all: true }));
  const values = formValues(body);
  const parsed = schema.safeParse(toInput(body));
  if (!parsed.success) {
    c.status(422);
    return renderForm({ values, errors: problemsByField(problemsFromZod(parsed.error)) });
  }
  try {
    return await action(parsed.data);
  } catch (error) {
    if (error instanceof Invalid) {
      c.status(422);
      return renderForm({ values, errors: problemsByField(error.fields) });
    }
    throw error;
  }
}

// Files are never expected in these forms; repeated keys (checkbox groups) stay arrays.
function stringFields(body: Record<string, unknown>): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') fields[key] = value;
    else if (Array.isArray(value)) fields[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return fields;
}
