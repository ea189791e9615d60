import { systemActor } from '../../platform/context/service-context.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import { findTenants } from '../../platform/tenancy/tenancy.ts';
import { anonymiseOldRequests } from './service.ts';

/** The daily anonymisation of old closed requests, declared beside its handler; running it twice changes nothing more. */
export function helpRequestJobs(): JobDefinition[] {
  return [
    {
      name: 'help-requests.anonymise',
      daily: true,
      handler: async ({ tenantId, now, db }) => {
        const tenant = (await findTenants(db)).find((t) => t.id === tenantId);
        await anonymiseOldRequests({ db, tenantId, actor: systemActor(tenantId, '個人情報の匿名化'), now, requestId: 'job' }, tenant?.residentDataRetentionYears ?? 5);
      },
    },
  ];
}
