import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  /** Addresses given in RCPT TO (the envelope, not the header). */
  envelopeTo: string[];
  envelopeFrom: string;
  /** The From header as name and address. */
  from: { name: string; address: string };
  to: string;
  /** Decoded from its MIME encoded-word form. */
  subject: string;
  text: string;
  messageId: string;
};

export type SmtpInbox = {
  url: string;
  received: ReceivedMail[];
  /** Resolves with the first received mail that matches, polling the list until it arrives (the test's timeout bounds the wait). */
  waitFor: (matches: (mail: ReceivedMail) => boolean) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

const pollMs = 50;

/**
 * A real SMTP server on 127.0.0.1 and a free port that keeps every message it
 * accepts, parsed. Like a plain local relay it offers neither STARTTLS nor
 * AUTH, so the mailer talks to it exactly as `smtp://127.0.0.1:PORT` says.
 */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            from: { name: mail.from?.value[0]?.name ?? '', address: mail.from?.value[0]?.address ?? '' },
            to: [mail.to ?? []].flat().map((a) => a.text).join(', '),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            messageId: mail.messageId ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: async (matches) => {
      for (;;) {
        const found = received.find(matches);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
