export type MailAttachment = { filename: string; content: Buffer; contentType: string };
export type MailMessage = { to: string; subject: string; text: string; attachments?: MailAttachment[] };
/** A mail with the Message-ID that names it for good: every retry of it carries the same one. */
export type OutgoingMail = MailMessage & { messageId: string };

/**
 * How a mail leaves. `smtp`: `handOver` resolves once the server accepted
 * it, and nothing is kept. `outbox` (no SMTP set): nothing leaves the
 * machine; `handOver` renders the message, which the delivery keeps in the
 * tenant's outbox in the database (see delivery.ts).
 */
export type Mailer = { kind: 'smtp' | 'outbox'; handOver: (mail: OutgoingMail) => Promise<{ raw: string } | null> };

/** Sends through SMTP when a URL is configured; otherwise renders each mail for the tenant's outbox. */
export function createMailer(settings: { smtpUrl?: string; from: string }): Mailer {
  // nodemailer is loaded on the first mail, not at start-up.
  const nodemailer = () => import('nodemailer').then((m) => m.default);
  if (settings.smtpUrl) {
    const smtpUrl = settings.smtpUrl;
    return {
      kind: 'smtp',
      handOver: async (mail) => {
        const transport = (await nodemailer()).createTransport(smtpUrl);
        await transport.sendMail({ from: settings.from, ...mail });
        return null;
      },
    };
  }
  return {
    kind: 'outbox',
    handOver: async (mail) => {
      const transport = (await nodemailer()).createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      const info = await transport.sendMail({ from: settings.from, ...mail });
      // Every part is 7-bit (base64 or quoted-printable), so the message is plain text.
      return { raw: (info.message as Buffer).toString('utf8') };
    },
  };
}
