import { assertRole } from '../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../platform/context/service-context.ts';
import { NotFound } from '../../platform/errors/app-error.ts';
import type { Mailer } from '../../platform/mail/mailer.ts';
import type { OutboxEntry, OutboxMessage } from '../../platform/mail/outbox.ts';

export type { OutboxEntry, OutboxMessage };

/** Mails written to the outbox folder (no SMTP set), newest first; null when mail goes out by SMTP. Administrators only. */
export async function findOutboxMails(ctx: ServiceContext, mailer: Mailer): Promise<OutboxEntry[] | null> {
  assertRole(ctx, 'admin');
  return mailer.outbox ? mailer.outbox.listOutbox() : null;
}

/** One outboxed mail with its decoded text; NotFound for anything that is not a mail file of the folder. Administrators only. */
export async function getOutboxMail(ctx: ServiceContext, mailer: Mailer, name: string): Promise<OutboxMessage> {
  assertRole(ctx, 'admin');
  const message = await mailer.outbox?.readOutbox(name);
  if (!message) throw new NotFound();
  return message;
}
