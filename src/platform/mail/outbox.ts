import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { sentMails } from './schema.ts';

export type OutboxEntry = { id: string; date: Date; to: string; subject: string };
export type OutboxMessage = OutboxEntry & { from: string; text: string };

/** The tenant's outboxed mails, newest first (under row-level security, so only its own). */
export async function listOutbox(db: Database, tenantId: string, limit = 200): Promise<OutboxEntry[]> {
  return db
    .select({ id: sentMails.id, date: sentMails.sentAt, to: sentMails.recipient, subject: sentMails.subject })
    .from(sentMails)
    .where(and(eq(sentMails.tenantId, tenantId), eq(sentMails.transport, 'outbox')))
    .orderBy(desc(sentMails.sentAt), desc(sentMails.id))
    .limit(limit);
}

/** One outboxed mail of the tenant with its decoded text; null when the tenant has no such mail. */
export async function readOutbox(db: Database, tenantId: string, id: string): Promise<OutboxMessage | null> {
  const [row] = await db.select().from(sentMails).where(and(eq(sentMails.tenantId, tenantId), eq(sentMails.id, id), eq(sentMails.transport, 'outbox')));
  if (!row) return null;
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(row.raw);
  const addressText = (value: typeof mail.from) => (Array.isArray(value) ? value.map((v) => v.text).join(', ') : (value?.text ?? ''));
  return { id: row.id, date: row.sentAt, to: row.recipient, from: addressText(mail.from), subject: row.subject, text: mail.text ?? '' };
}
