import { Hono } from 'hono';
import { requireRole } from '../../platform/auth/permissions.ts';
import { Invalid } from '../../platform/errors/app-error.ts';
import { serviceContext, type AppEnv } from '../../platform/http/app-env.ts';
import { pageContext } from '../../platform/layout/page-context.ts';
import { problemsFromZod } from '../../platform/validation/problems.ts';
import { browseAuditLog } from './service.ts';
import { auditQuery } from './validation.ts';
import { AuditLogPage } from './views/AuditLogPage.tsx';

export const auditLogRoutes = new Hono<AppEnv>();

auditLogRoutes.get('/staff/audit', requireRole('admin'), async (c) => {
  const parsed = auditQuery.safeParse(c.req.query());
  if (!parsed.success) throw new Invalid(problemsFromZod(parsed.error), { status: 400 });
  const result = await browseAuditLog(serviceContext(c), { entityType: parsed.data.entityType, beforeId: parsed.data.before });
  return c.html(<AuditLogPage page={pageContext(c)} entityType={parsed.data.entityType} {...result} />);
});
