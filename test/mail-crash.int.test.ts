import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import type { DatabaseHandle } from '../src/db/client.ts';
import { openDatabase } from '../src/db/open-database.ts';
import { seedDemoTenant } from '../src/features/demo/service.ts';
import { eventJobs } from '../src/features/events/registrations/jobs.ts';
import { applyToEvent } from '../src/features/events/registrations/service.ts';
import { resources } from '../src/features/resources/schema.ts';
import { upkeepJobs } from '../src/features/resources/upkeep/jobs.ts';
import { jobLease } from '../src/platform/jobs/jobs.ts';
import { runJobTick } from '../src/platform/jobs/runner.ts';
import { createMailer, type Mailer } from '../src/platform/mail/mailer.ts';
import type { Tenant } from '../src/platform/tenancy/tenancy.ts';
import { buildEvent } from './factories/event.ts';
import { createEmptyPostgresDatabase, testDatabaseKind } from './support/database.ts';
import { startSmtpInbox, type SmtpInbox } from './support/smtp-inbox.ts';
import { testSecret } from './support/test-app.ts';

// A job process is killed with SIGKILL at each point of a mail's way out, for
// both kinds of queued mail (to an event's applicants; to a listing's
// provider): the mail still arrives, once, or (SMTP, killed after the server
// accepted it) again under the same Message-ID, and it is recorded as sent once.

const from = 'ささえあい <no-reply@example.jp>';
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-mail-crash-'));
let env: NodeJS.ProcessEnv;
let dropDatabase = async () => {};
let inbox: SmtpInbox;
let tenant: Tenant;
let clock = new Date('2026-11-23T01:00:00Z');

const open = () => openDatabase(loadConfig(env));
async function withDatabase<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await open();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  inbox = await startSmtpInbox();
  env = { ...process.env, SASAEAI_DATA_DIR: path.join(workDir, 'data'), SASAEAI_SECRET: testSecret, SASAEAI_LOG_LEVEL: 'error' };
  delete env.DATABASE_URL;
  if (testDatabaseKind === 'postgresql') {
    const created = await createEmptyPostgresDatabase();
    env.DATABASE_URL = created.url;
    dropDatabase = created.drop;
  }
  tenant = await withDatabase(async (database) => (await seedDemoTenant(database.db, clock, { resources: false, events: false, stories: false })).tenant);
});
afterAll(async () => {
  await inbox?.close();
  await dropDatabase();
  fs.rmSync(workDir, { recursive: true, force: true });
});

type CrashPoint = 'hand-over' | 'after-hand-over' | 'after-record';

/** Runs the due mail jobs in a child process and kills it with SIGKILL where it stopped; returns where that was. */
async function killJobProcessAt(at: CrashPoint, smtp: boolean): Promise<string> {
  const child = fork(path.resolve('test/support/mail-crash-child.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...env, MAIL_CRASH_AT: at, MAIL_CRASH_NOW: clock.toISOString(), ...(smtp ? { MAIL_CRASH_SMTP_URL: inbox.url } : {}) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stoppedAt = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { stoppedAt: string }).stoppedAt));
    child.once('exit', (code) => reject(new Error(`the job process ended (${code}) before it stopped`)));
  });
  child.kill('SIGKILL');
  await exited;
  return stoppedAt;
}

/** The retry, as the next process's runner makes it once the dead one's lease ran out. */
async function retryAfterLease(database: DatabaseHandle, smtp: boolean): Promise<void> {
  const mailer: Mailer = createMailer({ smtpUrl: smtp ? inbox.url : undefined, from });
  const deps = { secret: testSecret, baseUrl: 'http://localhost', mailer };
  const definitions = [...eventJobs(deps), ...upkeepJobs({ ...deps, tenantInfo: async () => ({ name: 'テスト社協', intervalMonths: 12 }) })];
  // Within the lease the job is the dead process's still: nobody takes it.
  await runJobTick(database, definitions, new Date(clock.getTime() + 1000));
  await runJobTick(database, definitions, new Date(clock.getTime() + jobLease.leaseMs + 1000));
}

/** One application a minute before the tick, so its mail job comes before the day's sweep. */
async function applicant(database: DatabaseHandle, label: string): Promise<string> {
  const now = new Date(clock.getTime() - 60_000);
  const event = await buildEvent({ database, demo: tenant, clock: { now } }, { title: `停電の研修${label}` });
  const ctx = { db: database.forTenant(tenant.id), tenantId: tenant.id, actor: null, now, requestId: 't' };
  const email = `applicant-${label}@example.jp`;
  const input = { name: '停電 花子', nameReading: 'ていでん はなこ', organisation: '', role: 'coordinator', prefecture: '北海道', municipality: '', email, phone: '0166-23-0742', participantTypeId: '', answers: {}, consent: true, submissionKey: `crash-${label}-aaaaaaaaaaaa` };
  await applyToEvent(ctx, testSecret, event.id, input as Parameters<typeof applyToEvent>[3]);
  return email;
}

async function dueListing(database: DatabaseHandle, label: string): Promise<string> {
  const email = `provider-${label}@example.jp`;
  await database.db.insert(resources).values({ tenantId: tenant.id, name: `停電サロン${label}`, schedule: { rules: [], season: null, note: '' }, email, confirmedOn: '2025-01-10' });
  return email;
}

/** What each address was sent and recorded as: SMTP deliveries (with Message-IDs) or outbox rows, and the sent records. */
async function deliveries(database: DatabaseHandle, email: string) {
  const sentRows = await database.query('SELECT message_id, transport FROM sent_mails WHERE recipient = $1', [email]);
  const received = inbox.received.filter((m) => m.envelopeTo.includes(email));
  return { sentRows, received };
}

const points: { at: CrashPoint; smtp: boolean }[] = [
  { at: 'hand-over', smtp: false },
  { at: 'after-hand-over', smtp: true },
  { at: 'after-record', smtp: false },
];

describe('a mail in flight when the job process is killed', () => {
  for (const { at, smtp } of points) {
    it(`arrives once after a kill at ${at} (${smtp ? 'SMTP' : 'outbox'}), for applicants and for providers`, async () => {
      // A new day: the daily sweep is queued again.
      clock = new Date(clock.getTime() + 86_400_000);
      const label = `${at}-${smtp ? 'smtp' : 'outbox'}`;
      const [applicantEmail, providerEmail] = await withDatabase(async (database) => [await applicant(database, label), await dueListing(database, label)] as const);
      // The applicant's mail job, then the sweep that mails the provider: a process is killed on each.
      for (let job = 0; job < 2; job++) expect(await killJobProcessAt(at, smtp)).toBe(at);
      await withDatabase(async (database) => {
        await retryAfterLease(database, smtp);
        for (const email of [applicantEmail, providerEmail]) {
          const { sentRows, received } = await deliveries(database, email);
          expect(sentRows, email).toHaveLength(1);
          if (smtp) {
            expect(received.length, email).toBeGreaterThanOrEqual(1);
            expect(new Set(received.map((m) => m.messageId)), email).toEqual(new Set([sentRows[0]!.message_id]));
          } else {
            expect(sentRows[0]!.transport).toBe('outbox');
          }
        }
        const recorded = await database.query(
          "SELECT r.email, count(m.*)::int AS mails FROM event_registrations r LEFT JOIN event_registration_mails m ON m.tenant_id = r.tenant_id AND m.registration_id = r.id WHERE r.email = $1 GROUP BY r.email",
          [applicantEmail],
        );
        expect(recorded.map((r) => r.mails)).toEqual([1]);
        const [cycle] = await database.query('SELECT c.requested_at FROM resource_confirmation_requests c JOIN resources r ON r.tenant_id = c.tenant_id AND r.id = c.resource_id WHERE r.email = $1', [providerEmail]);
        expect(cycle!.requested_at).not.toBeNull();
        const [unfinished] = await database.query("SELECT count(*)::int AS n FROM jobs WHERE status <> 'done'");
        expect(unfinished!.n).toBe(0);
      });
    });
  }
});
