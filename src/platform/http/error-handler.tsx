import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { recordAudit } from '../audit/audit.ts';
import { AppError, DatabaseUnavailable, Forbidden, Invalid, isDatabaseUnavailable, NotFound, UnsupportedMediaType } from '../errors/app-error.ts';
import { loggableError } from '../errors/loggable-error.ts';
import { ErrorPage } from '../layout/ErrorPage.tsx';
import type { PageContext } from '../layout/page-context.ts';
import { translator } from '../i18n/i18n.ts';
import type { Tenant } from '../tenancy/tenancy.ts';
import { splitMessage } from '../validation/fields.ts';
import type { AppContext, AppEnv } from './app-env.ts';

// When the tenant itself could not be loaded (database down) the error page
// still needs a frame to render in.
const placeholderTenant: Tenant = {
  id: '',
  slug: '',
  name: '',
  nameReading: '',
  hosts: [],
  officeName: '',
  phone: '',
  fax: '',
  email: '',
  postalCode: '',
  address: '',
  confirmationIntervalMonths: 12,
  residentDataRetentionYears: 5,
  arrivalNoticeTo: 'coordinator',
  arrivalNoticeNamesPerson: false,
  createdAt: new Date(0),
};

function errorPageContext(c: AppContext): PageContext {
  const locale = c.get('locale') ?? 'ja';
  const url = new URL(c.req.url);
  return {
    t: c.get('t') ?? translator(locale),
    locale,
    tenant: c.get('tenant') ?? placeholderTenant,
    actor: c.get('actor') ?? null,
    path: url.pathname,
    search: '',
    csrfToken: c.get('csrfToken') ?? '',
    flash: null,
    now: c.get('now') ?? new Date(),
  };
}

function isApiRequest(c: AppContext): boolean {
  const path = new URL(c.req.url).pathname;
  return path.startsWith('/api/') || path === '/healthz';
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new DatabaseUnavailable();
  if (error instanceof HTTPException && error.status === 400) return new Invalid([], { status: 400, code: 'bad_request', messageKey: 'error.badRequest' });
  if (error instanceof HTTPException && error.status === 415) return new UnsupportedMediaType();
  return undefined;
}

/**
 * A signed-in person refused a page or an action (another area's resident, a
 * role's limit) leaves an audit row: who, what was asked (method and path:
 * ids, never names), when. Best effort: the refusal is answered either way.
 */
async function recordRefusal(c: AppContext): Promise<void> {
  const actor = c.get('actor');
  const tenant = c.get('tenant');
  if (!actor || !tenant) return;
  const ctx = { db: c.get('deps').database.forTenant(tenant.id), tenantId: tenant.id, actor, now: c.get('now') ?? new Date(), requestId: c.get('requestId') ?? '' };
  try {
    await recordAudit(ctx, ctx.db, { action: 'refused', entityType: 'request', entityId: `${c.req.method} ${c.req.path}` });
  } catch (error) {
    console.error(`[${ctx.requestId}] refusal not audited: ${loggableError(error)}`);
  }
}

/** The single place errors become responses: JSON for the API, a Japanese page for people. */
export const handleError: ErrorHandler<AppEnv> = async (error, c) => {
  const known = toAppError(error);
  if (known instanceof Forbidden) await recordRefusal(c);
  const page = errorPageContext(c);
  const requestId = c.get('requestId') ?? '';
  if (!known) {
    console.error(`[${requestId}] ${loggableError(error)}`);
  }
  const status = known?.status ?? 500;
  const message = known ? page.t(known.messageKey, known.messageParams) : page.t('error.internal');
  if (isApiRequest(c)) {
    const fields =
      known instanceof Invalid
        ? known.fields.map((f) => {
            const { key, params } = splitMessage(f.message);
            return { path: f.path, message: page.t(key, params) };
          })
        : undefined;
    return c.json({ error: { code: known?.code ?? 'internal', message, ...(fields ? { fields } : {}), ...(known ? {} : { requestId }) } }, status);
  }
  return c.html(<ErrorPage page={page} message={message} requestId={known ? undefined : requestId} />, status);
};

export const handleNotFound: NotFoundHandler<AppEnv> = (c) => handleError(new NotFound(), c) as Response;
