import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type MailAttachment = { filename: string; content: Buffer; contentType: string };
export type MailMessage = { to: string; subject: string; text: string; attachments?: MailAttachment[] };
export type Mailer = { send: (message: MailMessage) => Promise<void>; kind: 'smtp' | 'outbox' };

/**
 * Sends through SMTP when a URL is configured; otherwise writes each message
 * as an .eml file to the outbox folder, so nothing is lost on a machine
 * without a mail server and staff can still read what would have been sent.
 */
export function createMailer(settings: { smtpUrl?: string; outboxDir: string; from: string }): Mailer {
  // nodemailer is loaded on the first mail, not at start-up.
  const nodemailer = () => import('nodemailer').then((m) => m.default);
  if (settings.smtpUrl) {
    const smtpUrl = settings.smtpUrl;
    return {
      kind: 'smtp',
      send: async (message) => {
        const transport = (await nodemailer()).createTransport(smtpUrl);
        await transport.sendMail({ from: settings.from, ...message });
      },
    };
  }
  return {
    kind: 'outbox',
    send: async (message) => {
      const transport = (await nodemailer()).createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      const info = await transport.sendMail({ from: settings.from, ...message });
      fs.mkdirSync(settings.outboxDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.eml`;
      fs.writeFileSync(path.join(settings.outboxDir, name), info.message as Buffer);
    },
  };
}
