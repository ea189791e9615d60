import type { Mailer, OutgoingMail } from '../../src/platform/mail/mailer.ts';

/** A mailer that keeps what it was handed, for assertions; to the delivery it is a mail server that accepted every mail. */
export function createMemoryMailer(): Mailer & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return { kind: 'smtp', sent, handOver: async (mail) => (sent.push(mail), null) };
}
