import type { ServiceContext } from '../../platform/context/service-context.ts';
import { NotFound } from '../../platform/errors/app-error.ts';
import { updateTenant } from '../../platform/tenancy/tenancy.ts';
import * as usersService from '../users/service.ts';
import type { SetupInput } from './validation.ts';

// Accounts are never deleted, so once a tenant has one, setup stays closed
// for good: remembering that spares every page view a count query.
const tenantsWithAccounts = new Set<string>();

/** True while the tenant has no account at all: only then may the setup page be used. */
export async function isSetupOpen(ctx: ServiceContext): Promise<boolean> {
  if (tenantsWithAccounts.has(ctx.tenantId)) return false;
  const open = (await usersService.countUsers(ctx)) === 0;
  if (!open) tenantsWithAccounts.add(ctx.tenantId);
  return open;
}

/** Names the organisation and creates its first administrator. */
export async function completeSetup(ctx: ServiceContext, input: SetupInput): Promise<void> {
  if (!(await isSetupOpen(ctx))) throw new NotFound();
  const { tenantName, ...user } = input;
  await usersService.createUser(ctx, { ...user, role: 'admin' }, { asSystem: true });
  await updateTenant(ctx.db, ctx.tenantId, { name: tenantName });
}
