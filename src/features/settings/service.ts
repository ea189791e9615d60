import { recordAudit } from '../../platform/audit/audit.ts';
import { assertRole } from '../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { findTenants, updateTenant, type Tenant } from '../../platform/tenancy/tenancy.ts';
import type { TenantSettingsInput } from './validation.ts';

/** The organisation's name, office contact and listing-confirmation interval (admin). */
export async function updateTenantSettings(ctx: ServiceContext, input: TenantSettingsInput): Promise<Tenant> {
  assertRole(ctx, 'admin');
  const before = (await findTenants(ctx.db)).find((t) => t.id === ctx.tenantId);
  const after = await updateTenant(ctx.db, ctx.tenantId, input);
  await recordAudit(ctx, ctx.db, { action: 'update', entityType: 'tenant', entityId: ctx.tenantId, before, after });
  return after;
}
