// A job process for test/mail-crash.int.test.ts: runs the mail jobs that are
// due and stops dead at one point of a mail's way out, telling the parent
// (IPC) so that it can kill it there with SIGKILL.
//   MAIL_CRASH_AT   hand-over: before the mailer gets the mail
//                   after-hand-over: the mailer has it (SMTP accepted), not yet recorded as sent
//                   after-record: recorded as sent, the job not yet marked done
//   MAIL_CRASH_NOW  the tick's clock;  MAIL_CRASH_SMTP_URL  SMTP instead of the outbox
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { eventJobs } from '../../src/features/events/registrations/jobs.ts';
import { upkeepJobs } from '../../src/features/resources/upkeep/jobs.ts';
import { runJobTick, type JobDefinition } from '../../src/platform/jobs/runner.ts';
import { createMailer, type Mailer } from '../../src/platform/mail/mailer.ts';

const at = process.env.MAIL_CRASH_AT as 'hand-over' | 'after-hand-over' | 'after-record';
const stopHere = (): Promise<never> => {
  process.send!({ stoppedAt: at });
  return new Promise<never>(() => {});
};

const config = loadConfig(process.env);
const database = await openDatabase(config);
const real = createMailer({ smtpUrl: process.env.MAIL_CRASH_SMTP_URL, from: 'ささえあい <no-reply@example.jp>' });
const mailer: Mailer = {
  kind: real.kind,
  handOver: async (mail) => {
    if (at === 'hand-over') return stopHere();
    const handed = await real.handOver(mail);
    return at === 'after-hand-over' ? stopHere() : handed;
  },
};
const deps = { secret: process.env.SASAEAI_SECRET!, baseUrl: 'http://localhost', mailer };
const definitions: JobDefinition[] = [...eventJobs(deps), ...upkeepJobs({ ...deps, tenantInfo: async () => ({ name: 'テスト社協', intervalMonths: 12 }) })].map((d) => ({
  ...d,
  handler: async (job) => {
    await d.handler(job);
    if (at === 'after-record') await stopHere();
  },
}));
await runJobTick(database, definitions, new Date(process.env.MAIL_CRASH_NOW!));
process.send!({ stoppedAt: 'nowhere' });
