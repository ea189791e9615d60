import { deliverMail, mailMessageId } from '../../platform/mail/delivery.ts';
import { z } from 'zod';
import { systemActor, type ServiceContext } from '../../platform/context/service-context.ts';
import { translator } from '../../platform/i18n/i18n.ts';
import type { JobDefinition } from '../../platform/jobs/runner.ts';
import type { Mailer, MailMessage } from '../../platform/mail/mailer.ts';
import { findTenants, type Tenant } from '../../platform/tenancy/tenancy.ts';
import * as coordinatorsService from '../coordinators/service.ts';
import * as helpRequestsService from '../help-requests/service.ts';
import * as volunteersService from '../volunteers/service.ts';
import { arrivalKinds, arrivalNoticeJob, type ArrivalFacts, type ArrivalKind } from './service.ts';

export type ArrivalNoticeDeps = { baseUrl: string; mailer: Mailer };

const payload = z.object({ kind: z.enum(arrivalKinds), id: z.uuid() });

// Notices go to staff of a Japanese 社協, in Japanese.
const t = translator('ja');

/** Who hears of an arrival: the coordinators of its area, or the office when so set or when the area has none with a mail address. */
async function recipients(ctx: ServiceContext, tenant: Tenant, areaId: string): Promise<string[]> {
  if (tenant.arrivalNoticeTo === 'none') return [];
  if (tenant.arrivalNoticeTo === 'coordinator') {
    const emails = (await coordinatorsService.findCurrentAssignments(ctx, areaId)).map((a) => a.coordinator.email).filter(Boolean);
    if (emails.length) return [...new Set(emails)];
  }
  return tenant.email ? [tenant.email] : [];
}

/** The notice itself: what arrived and where, a link to it, and the name only when the tenant allows it. */
export function arrivalMail(kind: ArrivalKind, facts: ArrivalFacts, to: string, baseUrl: string): MailMessage {
  const where = facts.districtName || t('arrivals.officeToSort');
  const lines = [
    t(`arrivals.${kind}.lead`),
    '',
    t('arrivals.where', { where }),
    t('arrivals.what', { what: facts.what }),
    ...(facts.personName ? [t('arrivals.who', { name: facts.personName })] : []),
    '',
    t('arrivals.open'),
    `${baseUrl}${facts.staffPath}`,
    '',
    t('arrivals.noDetails'),
  ];
  return { to, subject: t(`arrivals.${kind}.subject`, { where }), text: lines.join('\n') };
}

async function sendArrivalNotice(ctx: ServiceContext, deps: ArrivalNoticeDeps, arrival: z.infer<typeof payload>): Promise<void> {
  const tenant = (await findTenants(ctx.db)).find((row) => row.id === ctx.tenantId);
  if (!tenant || tenant.arrivalNoticeTo === 'none') return;
  const describe = arrival.kind === 'help_request' ? helpRequestsService.describeArrival : volunteersService.describeArrival;
  const facts = await describe(ctx, arrival.id, tenant.arrivalNoticeNamesPerson);
  if (!facts) return;
  for (const to of await recipients(ctx, tenant, facts.areaId)) {
    // One notice per arrival and recipient, whatever the retries.
    const messageId = mailMessageId(ctx.tenantId, `${arrivalNoticeJob}:${arrival.kind}:${arrival.id}:${to}`);
    await deliverMail(ctx.db, ctx.tenantId, deps.mailer, { ...arrivalMail(arrival.kind, facts, to, deps.baseUrl), messageId }, ctx.now);
  }
}

/** The queued notice of a web 相談 or a volunteer application. */
export function arrivalNoticeJobs(deps: ArrivalNoticeDeps): JobDefinition[] {
  return [
    {
      name: arrivalNoticeJob,
      handler: async ({ tenantId, payload: raw, now, db }) =>
        sendArrivalNotice({ db, tenantId, actor: systemActor(tenantId, '受付のお知らせ'), now, requestId: 'job' }, deps, payload.parse(raw)),
    },
  ];
}
