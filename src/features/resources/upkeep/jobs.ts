import { japanToday, systemActor, type ServiceContext } from '../../../platform/context/service-context.ts';
import type { JobDefinition } from '../../../platform/jobs/runner.ts';
import { deliverMail, mailMessageId } from '../../../platform/mail/delivery.ts';
import type { MailMessage, Mailer } from '../../../platform/mail/mailer.ts';
import { findTenantBaseUrl } from '../../../platform/tenancy/tenancy.ts';
import { createProviderToken } from './provider-link.ts';
import * as repository from './repository.ts';

export type UpkeepDeps = { secret: string; baseUrl: string; mailer: Mailer; tenantInfo: (tenantId: string) => Promise<{ name: string; intervalMonths: number }> };

// The 2-1-1 practice: ask a month before a listing goes stale, remind after
// about three weeks, then hand it to staff to phone (or hide) two weeks later.
// The interval itself is the tenant's setting (default 12 months).
export const upkeepRules = { askMonthsBefore: 1, remindAfterDays: 21, escalateAfterDays: 14 } as const;

const day = 86_400_000;

/** One pass over a tenant's listings; each step of each cycle happens at most once, even across restarts. */
export async function sweepConfirmations(ctx: ServiceContext, deps: UpkeepDeps): Promise<{ requested: number; reminded: number; escalated: number }> {
  const tenant = await deps.tenantInfo(ctx.tenantId);
  const cutoff = new Date(ctx.now);
  cutoff.setMonth(cutoff.getMonth() - Math.max(1, tenant.intervalMonths - upkeepRules.askMonthsBefore));
  const due = await repository.selectListingsDueForConfirmation(ctx.db, ctx.tenantId, japanToday(cutoff));
  const counts = { requested: 0, reminded: 0, escalated: 0 };
  const office = tenant.name;
  const baseUrl = await findTenantBaseUrl(ctx.db, ctx.tenantId, deps.baseUrl);
  for (const listing of due) {
    const cycle = listing.confirmedOn ?? 'never';
    const row = (await repository.startCycle(ctx.db, ctx.tenantId, listing.id, cycle)) ?? (await repository.selectCycle(ctx.db, ctx.tenantId, listing.id, cycle));
    if (!row) continue;
    const link = () => `${baseUrl}/provider/${createProviderToken(deps.secret, ctx.tenantId, listing.id, ctx.now)}`;
    if (!row.requestedAt) {
      if (!listing.email) {
        if (await repository.claimStep(ctx.db, row.id, 'escalatedAt', ctx.now)) counts.escalated++;
      } else if (await askOnce(ctx, deps, row.id, 'requestedAt', confirmationMail(listing.email, listing.name, link(), office, false))) {
        counts.requested++;
      }
    } else if (!row.remindedAt && ctx.now.getTime() - row.requestedAt.getTime() >= upkeepRules.remindAfterDays * day) {
      if (listing.email && (await askOnce(ctx, deps, row.id, 'remindedAt', confirmationMail(listing.email, listing.name, link(), office, true)))) counts.reminded++;
    } else if (row.remindedAt && !row.escalatedAt && ctx.now.getTime() - row.remindedAt.getTime() >= upkeepRules.escalateAfterDays * day) {
      if (await repository.claimStep(ctx.db, row.id, 'escalatedAt', ctx.now)) counts.escalated++;
    }
  }
  return counts;
}

/**
 * Mails one step of a cycle and marks the step in the transaction that
 * delivered it, so a process that dies before the hand-over leaves the step
 * to the next sweep, and one that dies after has marked it (outbox) or
 * resends under the same Message-ID (SMTP).
 */
async function askOnce(ctx: ServiceContext, deps: UpkeepDeps, cycleId: string, step: 'requestedAt' | 'remindedAt', mail: MailMessage): Promise<boolean> {
  const messageId = mailMessageId(ctx.tenantId, `resource-confirmation:${cycleId}:${step}`);
  return deliverMail(ctx.db, ctx.tenantId, deps.mailer, { ...mail, messageId }, ctx.now, (tx) => repository.claimStep(tx, cycleId, step, ctx.now));
}

function confirmationMail(to: string, name: string, link: string, office: string, reminder: boolean): MailMessage {
  return {
    to,
    subject: `${reminder ? '【再送】' : ''}掲載情報の確認のお願い（${name}）`,
    text: [
      `${name} ご担当者様`,
      '',
      `${office}です。いつも地域の活動にご協力いただきありがとうございます。`,
      '当会の地域資源ガイドに掲載している情報が今も正しいか、下のリンクからご確認ください。',
      '変更がなければボタンを一つ押すだけで完了します。変更がある場合はその場で修正をお知らせいただけます。',
      '',
      link,
      '',
      'このリンクは60日間有効で、一度だけ使えます。',
      reminder ? 'すでにご対応いただいた場合は、行き違いをご容赦ください。' : '',
    ].join('\n'),
  };
}

/** The daily sweep, declared beside its handler. */
export function upkeepJobs(deps: UpkeepDeps): JobDefinition[] {
  return [
    {
      name: 'resources.confirmation-sweep',
      daily: true,
      handler: async ({ tenantId, now, db }) => {
        await sweepConfirmations({ db, tenantId, actor: systemActor(tenantId, '確認依頼'), now, requestId: 'job' }, deps);
      },
    },
  ];
}
