import { assertRole } from '../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { NotFound } from '../../platform/errors/app-error.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import { listOutbox, readOutbox, type OutboxEntry, type OutboxMessage } from '../../platform/mail/outbox.ts';

export type { OutboxEntry, OutboxMessage };

/** This tenant's outboxed mails (no SMTP set), newest first; null when mail goes out by SMTP. Administrators only. */
export async function findOutboxMails(ctx: ServiceContext, mailer: Mailer): Promise<OutboxEntry[] | null> {
  assertRole(ctx, 'admin');
  return mailer.kind === 'outbox' ? listOutbox(ctx.db, ctx.tenantId) : null;
}

/** One of this tenant's outboxed mails with its decoded text; NotFound for any other id. Administrators only. */
export async function getOutboxMail(ctx: ServiceContext, id: string): Promise<OutboxMessage> {
  assertRole(ctx, 'admin');
  const message = await readOutbox(ctx.db, ctx.tenantId, id);
  if (!message) throw new NotFound();
  return message;
}
