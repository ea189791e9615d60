import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenancy/schema.ts';
import { tenantIsolation, tenantPrimaryKey } from '../tenancy/keys.ts';

/**
 * Every mail handed over, one row per Message-ID and tenant. A retry looks
 * here to learn whether its mail already went. Without SMTP the row is the
 * outbox itself: `raw` keeps the whole message for staff of that tenant
 * (row-level security, as every tenant's table), and it is written in the
 * same transaction that records the mail as sent.
 */
export const sentMails = pgTable(
  'sent_mails',
  {
    id: uuid('id').notNull().defaultRandom(),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    messageId: text('message_id').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    transport: text('transport', { enum: ['smtp', 'outbox'] }).notNull(),
    // The .eml for the outbox; empty for a mail the SMTP server accepted (it keeps no copy here).
    raw: text('raw').notNull().default(''),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [tenantIsolation(), tenantPrimaryKey('sent_mails', t.tenantId, t.id), uniqueIndex('sent_mails_message_id').on(t.tenantId, t.messageId), index('sent_mails_newest').on(t.tenantId, t.sentAt)],
);

export type SentMailRow = typeof sentMails.$inferSelect;
