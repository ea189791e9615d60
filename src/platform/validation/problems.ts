import type { z } from 'zod';
import type { FieldProblem } from '../errors/app-error.ts';
import { Invalid } from '../errors/app-error.ts';

/** Turns zod issues into field problems with dotted paths. */
export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '_',
    message: messageOf(issue),
  }));
}

// "Empty or a phone number" fails as a union: the useful message is the one
// from the branch that was not just the empty literal.
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union') {
    const inner = issue.errors.flat().find((i) => i.code !== 'invalid_value' && i.code !== 'invalid_type');
    return inner ? messageOf(inner) : 'validation.choice';
  }
  return issue.code === 'invalid_value' ? 'validation.choice' : issue.message;
}

/** Parses or throws Invalid, for inputs that arrive outside HTTP (CLI, CSV rows). */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Invalid(problemsFromZod(result.error));
  return result.data;
}

/** The first problem of each field, keyed by path: what a form shows beside each input. */
export function problemsByField(problems: FieldProblem[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of problems) byField[problem.path] ??= problem.message;
  return byField;
}
