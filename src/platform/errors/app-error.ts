/** One invalid field: a dotted path and a message-catalog key (or literal text). */
export type FieldProblem = { path: string; message: string };

/**
 * The closed set of failures a service may report. Each has a stable `code`
 * (for the API) and a catalog key (for people); features add codes, not classes.
 */
export abstract class AppError extends Error {
  abstract readonly status: 400 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503;
  constructor(
    readonly code: string,
    readonly messageKey: string,
    readonly messageParams: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

export class NotFound extends AppError {
  readonly status = 404;
  constructor(code = 'not_found', messageKey = 'error.notFound') {
    super(code, messageKey);
  }
}

export class Forbidden extends AppError {
  readonly status = 403;
  constructor(code = 'forbidden', messageKey = 'error.forbidden') {
    super(code, messageKey);
  }
}

export class Conflict extends AppError {
  readonly status = 409;
  constructor(code = 'conflict', messageKey = 'error.conflict', params: Record<string, string | number> = {}) {
    super(code, messageKey, params);
  }
}

export class Invalid extends AppError {
  readonly status: 400 | 422;
  constructor(
    readonly fields: FieldProblem[],
    options: { status?: 400 | 422; code?: string; messageKey?: string } = {},
  ) {
    super(options.code ?? 'invalid', options.messageKey ?? 'error.invalid');
    this.status = options.status ?? 422;
  }
}

export class PayloadTooLarge extends AppError {
  readonly status = 413;
  constructor(maxBytes: number) {
    super('payload_too_large', 'error.payloadTooLarge', { size: byteSize(maxBytes) });
  }
}

function byteSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))} MB` : `${Math.floor(bytes / 1024)} KB`;
}

export class UnsupportedMediaType extends AppError {
  readonly status = 415;
  constructor() {
    super('unsupported_media_type', 'error.unsupportedMediaType');
  }
}

export class TooManyRequests extends AppError {
  readonly status = 429;
  constructor(code = 'too_many_requests', messageKey = 'error.tooManyRequests', params: Record<string, string | number> = {}) {
    super(code, messageKey, params);
  }
}

export class DatabaseUnavailable extends AppError {
  readonly status = 503;
  constructor() {
    super('database_unavailable', 'error.databaseUnavailable');
  }
}

/** True for errors that mean "the database cannot be reached", not "this query was wrong". */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'].includes(code)) return true;
    if (typeof message === 'string' && /PGlite is closed|Cannot use a pool after calling end|Connection terminated|connect ECONNREFUSED/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
