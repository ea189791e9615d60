import crypto from 'node:crypto';
import path from 'node:path';
import { ensurePrivateFolder, writePrivateFile } from '../files/private-files.ts';
import { createOutbox, type Outbox } from './outbox.ts';

export type MailAttachment = { filename: string; content: Buffer; contentType: string };
export type MailMessage = { to: string; subject: string; text: string; attachments?: MailAttachment[] };
/** An outbox mailer can also read back what it wrote (for the staff outbox page). */
export type Mailer = { send: (message: MailMessage) => Promise<void>; kind: 'smtp' | 'outbox'; outbox?: Outbox };

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
    outbox: createOutbox(settings.outboxDir),
    send: async (message) => {
      const transport = (await nodemailer()).createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      const info = await transport.sendMail({ from: settings.from, ...message });
      ensurePrivateFolder(settings.outboxDir);
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}.eml`;
      writePrivateFile(path.join(settings.outboxDir, name), info.message as Buffer);
    },
  };
}
