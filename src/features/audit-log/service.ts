import { findAuditEntityTypes, findAuditEntries, type AuditEntry } from '../../platform/audit/audit.ts';
import { assertRole } from '../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';

export type { AuditEntry };
export const auditPageSize = 50;

/** One page of the tenant's audit log, newest first (admin only). */
export async function browseAuditLog(ctx: ServiceContext, query: { entityType?: string; beforeId?: number }) {
  assertRole(ctx, 'admin');
  const [entries, entityTypes] = await Promise.all([
    findAuditEntries(ctx.db, ctx.tenantId, { ...query, limit: auditPageSize + 1 }),
    findAuditEntityTypes(ctx.db, ctx.tenantId),
  ]);
  const hasMore = entries.length > auditPageSize;
  const page = entries.slice(0, auditPageSize);
  return { entries: page, entityTypes, nextBeforeId: hasMore ? page.at(-1)!.id : null };
}
