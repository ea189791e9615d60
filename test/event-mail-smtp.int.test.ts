import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventJobs } from '../src/features/events/registrations/jobs.ts';
import { runJobTick } from '../src/platform/jobs/runner.ts';
import { createMailer, type Mailer } from '../src/platform/mail/mailer.ts';
import { buildEvent } from './factories/event.ts';
import { createClient } from './support/http-client.ts';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// The applicant mails through nodemailer to a real SMTP server listening on
// loopback: what arrives there is what a mail server would be handed.

const from = 'ささえあい <no-reply@sasaeai.example.jp>';
const baseUrl = 'http://localhost';
let inbox: SmtpInbox;
let testApp: TestApp<Mailer>;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  const mailer = createMailer({ smtpUrl: inbox.url, from });
  testApp = await createTestApp({ mailer });
});

afterAll(async () => {
  await testApp?.close();
  await inbox?.close();
});

const runJobs = () => runJobTick(testApp.database, eventJobs({ secret: testApp.secret, baseUrl, mailer: testApp.mailer }), testApp.clock.now);

/** Opens the form and sends it, as a browser would; returns the personal page's path. */
async function apply(eventId: string, email: string): Promise<string> {
  const client = createClient(testApp);
  const form = await (await client.get(`/events/${eventId}/apply`)).text();
  const submissionKey = form.match(/name="submissionKey" value="([^"]+)"/)![1]!;
  const response = await client.post(`/events/${eventId}/apply`, {
    submissionKey,
    name: '送信 花子',
    nameReading: 'そうしん はなこ',
    organisation: '旭川市社会福祉協議会',
    role: 'coordinator',
    prefecture: '北海道',
    municipality: '旭川市',
    email,
    phone: '0166-23-0742',
    consent: 'on',
  });
  expect(response.status).toBe(303);
  return response.headers.get('location')!;
}

describe('applicant mail over real SMTP', () => {
  it('delivers the confirmation to the applicant with the sender, a decoded Japanese subject, the reference and the personal link, once', async () => {
    const event = await buildEvent(testApp, { title: '地域の支え合い研修' });
    const link = await apply(event.id, 'hanako@example.jp');
    const page = await (await createClient(testApp).get(link)).text();
    const reference = page.match(/class="reference">(\d{8})</)![1]!;

    expect(await runJobs()).toBeGreaterThan(0);
    expect(inbox.received).toHaveLength(1);
    const [mail] = inbox.received;
    expect(mail!.envelopeTo).toEqual(['hanako@example.jp']);
    expect(mail!.envelopeFrom).toBe('no-reply@sasaeai.example.jp');
    expect(mail!.from).toEqual({ name: 'ささえあい', address: 'no-reply@sasaeai.example.jp' });
    expect(mail!.to).toBe('hanako@example.jp');
    expect(mail!.subject).toBe('【参加確定】地域の支え合い研修');
    expect(mail!.text).toContain('送信 花子 様');
    expect(mail!.text).toContain(`受付番号: ${reference}`);
    expect(mail!.text).toContain(`${baseUrl}${link}`);

    await runJobs();
    await runJobs();
    expect(inbox.received).toHaveLength(1);
  });

  it('tells a waiting applicant their place, and a promoted one that they have a seat, each by one mail', async () => {
    const event = await buildEvent(testApp, { capacity: 1, title: '小さな交流会' });
    const first = await apply(event.id, 'first@example.jp');
    await apply(event.id, 'second@example.jp');
    await runJobs();
    const client = createClient(testApp);
    await client.get(first);
    expect((await client.post(`${first}/cancel`, {})).status).toBe(303);
    await runJobs();
    await runJobs();
    const toSecond = inbox.received.filter((m) => m.envelopeTo.includes('second@example.jp')).map((m) => m.subject);
    expect(toSecond).toEqual(['【キャンセル待ち】小さな交流会', '【参加確定】キャンセル待ちから繰り上がりました: 小さな交流会']);
    expect(inbox.received.filter((m) => m.envelopeTo.includes('first@example.jp')).map((m) => m.subject)).toEqual(['【参加確定】小さな交流会', expect.stringContaining('小さな交流会')]);
  });
});
