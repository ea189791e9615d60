// A web 相談 or a volunteer application must not wait unseen: each one queues
// a notice mail to whoever the tenant's setting names. Only ids go into the
// queue; the job reads what the mail may say when it runs.
import type { Database } from '../../db/client.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { enqueueJob } from '../../platform/jobs/jobs.ts';

export const arrivalNoticeJob = 'arrival-notices.send';
export const arrivalKinds = ['help_request', 'volunteer'] as const;
export type ArrivalKind = (typeof arrivalKinds)[number];
export const arrivalNoticeTargets = ['coordinator', 'office', 'none'] as const;
export type ArrivalNoticeTarget = (typeof arrivalNoticeTargets)[number];

/** Queues the notice of one arrival, in the transaction that wrote it (so a rolled-back form sends nothing). */
export async function queueArrivalNotice(ctx: ServiceContext, db: Database, arrival: { kind: ArrivalKind; id: string }): Promise<void> {
  await enqueueJob(db, { tenantId: ctx.tenantId, name: arrivalNoticeJob, payload: arrival, uniqueKey: `${arrivalNoticeJob}:${arrival.kind}:${arrival.id}`, runAt: ctx.now });
}

/** What a notice may say about one arrival: where and what, and the person's name only when the tenant allows it. */
export type ArrivalFacts = { areaId: string; districtName: string; what: string; personName: string | null; staffPath: string };
