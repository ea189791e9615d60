import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import type { MailMessage, Mailer } from './mailer.ts';
import { sentMails } from './schema.ts';

/** The Message-ID of one mail, the same each time it is built: from the tenant and what the mail is (a registration's mail key, a listing's step). */
export function mailMessageId(tenantId: string, key: string): string {
  const digest = crypto.createHash('sha256').update(`${tenantId}\n${key}`).digest('hex').slice(0, 40);
  return `<${digest}@sasaeai.mail>`;
}

/** Whether the mail of this Message-ID already went (was accepted by SMTP or written to the outbox). */
export async function isMailSent(db: Database, tenantId: string, messageId: string): Promise<boolean> {
  const [row] = await db.select({ id: sentMails.id }).from(sentMails).where(and(eq(sentMails.tenantId, tenantId), eq(sentMails.messageId, messageId))).limit(1);
  return Boolean(row);
}

/**
 * Delivers one mail once, and only then records it as sent (`recordSent`,
 * in the same transaction as the sent-mail row). Nothing is claimed before
 * the hand-over, so a process that dies before it leaves the mail to the
 * retry. Outbox: the hand-over is the transaction itself, so the mail and
 * its record are written together or not at all. SMTP: a death after the
 * server accepted the mail and before the record makes the retry send it
 * again under the same Message-ID, which mail programs show once.
 * Returns false when the mail had already gone.
 */
export async function deliverMail(
  db: Database,
  tenantId: string,
  mailer: Mailer,
  mail: MailMessage & { messageId: string },
  now: Date,
  recordSent?: (tx: Database) => Promise<unknown>,
): Promise<boolean> {
  if (await isMailSent(db, tenantId, mail.messageId)) return false;
  const handed = await mailer.handOver(mail);
  await db.transaction(async (tx) => {
    const row = { tenantId, messageId: mail.messageId, recipient: mail.to, subject: mail.subject, transport: mailer.kind, raw: handed?.raw ?? '', sentAt: now };
    await tx.insert(sentMails).values(row).onConflictDoNothing();
    await recordSent?.(tx as unknown as Database);
  });
  return true;
}
