import type { MailMessage, Mailer } from '../../src/platform/mail/mailer.ts';

/** A mailer that keeps what it was asked to send, for assertions. */
export function createMemoryMailer(): Mailer & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { kind: 'outbox', sent, send: async (message) => void sent.push(message) };
}
