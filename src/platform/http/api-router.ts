import { OpenAPIHono } from '@hono/zod-openapi';
import { Invalid } from '../errors/app-error.ts';
import { problemsFromZod } from '../validation/problems.ts';
import type { AppEnv } from './app-env.ts';

/** A JSON API router whose validation failures become 422 answers with field paths. */
export function createApiRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new Invalid(problemsFromZod(result.error), { status: 422 });
    },
  });
}

/** The error body every API failure shares, for the OpenAPI document. */
export const apiErrorDescription = 'Error: { error: { code, message, fields? } }';

/** An OpenAPI response with a JSON body. */
export function jsonResponse<T>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** The error answers a route can give, for the OpenAPI document. */
export const apiErrorResponses = {
  401: { description: apiErrorDescription },
  403: { description: apiErrorDescription },
  404: { description: apiErrorDescription },
  409: { description: apiErrorDescription },
  422: { description: apiErrorDescription },
} as const;
