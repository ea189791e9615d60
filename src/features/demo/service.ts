import type { Database } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { createTenant, findTenantBySlug, type Tenant } from '../../platform/tenancy/tenancy.ts';
import * as areasService from '../areas/service.ts';
import * as townsService from '../areas/towns/service.ts';
import * as coordinatorsService from '../coordinators/service.ts';
import * as usersService from '../users/service.ts';
import { seedDemoCoordinatorActivities } from './demo-coordinator-activities.ts';
import { seedDemoCouncils } from './demo-councils.ts';
import { seedDemoEvents } from './demo-events.ts';
import { seedDemoLocalIssues } from './demo-local-issues.ts';
import { seedDemoResources } from './demo-resources.ts';
import { seedDemoStories } from './demo-stories.ts';
import { seedDemoSurveys } from './demo-surveys.ts';
import { demoAreas, demoAssignmentsStartOn, demoPassword, demoTenant, demoUsers, demoTowns } from './demo-tenant.ts';

/**
 * Creates the 旭川市 demo tenant with areas, districts, coordinators,
 * accounts and (unless told not to) about sixty listings, the demo events and
 * the newsletter's volunteer stories and the coordinators' own activities;
 * does nothing if it exists.
 */
export async function seedDemoTenant(db: Database, now: Date, options: { resources?: boolean; events?: boolean; stories?: boolean; laterTables?: boolean } = {}): Promise<{ tenant: Tenant; created: boolean }> {
  const existing = await findTenantBySlug(db, demoTenant.slug);
  if (existing) return { tenant: existing, created: false };
  const tenant = await createTenant(db, demoTenant);
  const system: ServiceContext = { db, tenantId: tenant.id, actor: null, now, requestId: 'seed' };

  const userIds = new Map<string, string>();
  for (const user of demoUsers) {
    const { coordinatorOf: _area, ...input } = { coordinatorOf: undefined, ...user };
    const created = await usersService.createUser(system, { ...input, password: demoPassword }, { asSystem: true });
    userIds.set(user.email, created.id);
  }
  const admin = demoUsers[0]!;
  const ctx: ServiceContext = {
    ...system,
    actor: { id: userIds.get(admin.email)!, tenantId: tenant.id, email: admin.email, displayName: admin.displayName, role: 'admin', areaIds: [] },
  };

  const areaIds = new Map<string, string>();
  const districtIds = new Map<string, { id: string; areaId: string }>();
  let parentId: string | null = null;
  for (const [index, spec] of demoAreas.entries()) {
    const area = await areasService.createArea(ctx, {
      tier: spec.tier,
      parentId: spec.tier === 1 ? null : parentId,
      name: spec.name,
      nameReading: spec.nameReading,
      description: spec.description,
      sortOrder: index,
    });
    if (spec.tier === 1) parentId = area.id;
    areaIds.set(spec.name, area.id);
    for (const [order, [name, nameReading, latitude, longitude]] of spec.districts.entries()) {
      const district = await areasService.createDistrict(ctx, { areaId: area.id, name, nameReading, latitude, longitude, sortOrder: order });
      districtIds.set(name, { id: district.id, areaId: area.id });
      if (options.laterTables !== false) await townsService.setDistrictTowns(ctx, district.id, demoTowns[name] ?? []);
    }
    const linkedUser = demoUsers.find((u) => 'coordinatorOf' in u && u.coordinatorOf === spec.key);
    const coordinator = await coordinatorsService.createCoordinator(ctx, {
      ...spec.coordinator,
      phone: '',
      userId: linkedUser ? userIds.get(linkedUser.email)! : null,
    });
    await coordinatorsService.assignCoordinator(ctx, coordinator.id, { areaId: area.id, startsOn: demoAssignmentsStartOn, endsOn: null });
  }
  if (options.resources !== false) await seedDemoResources(ctx, areaIds, districtIds);
  if (options.events !== false) await seedDemoEvents(ctx);
  if (options.stories !== false) {
    await seedDemoStories(ctx, districtIds);
    await seedDemoCoordinatorActivities(ctx);
    // A database migrated only part-way (the migration tests) has no council tables yet.
    if (options.laterTables !== false) {
      await seedDemoCouncils(ctx);
      await seedDemoLocalIssues(ctx);
      await seedDemoSurveys(ctx);
    }
  }
  return { tenant, created: true };
}
