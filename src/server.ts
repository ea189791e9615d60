import { councilJobs } from './features/councils/jobs.ts';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createAdaptorServer, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/client.ts';
import { latestMigrationTag } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';
import { openReadReplica } from './db/read-replica.ts';
import { demoPassword, demoUsers } from './features/demo/demo-tenant.ts';
import { seedDemoTenant } from './features/demo/service.ts';
import { findActorAreaIds } from './features/coordinators/service.ts';
import { eventJobs } from './features/events/registrations/jobs.ts';
import { upkeepJobs } from './features/resources/upkeep/jobs.ts';
import { helpRequestJobs } from './features/help-requests/jobs.ts';
import { arrivalNoticeJobs } from './features/arrival-notices/jobs.ts';
import { startJobRunner } from './platform/jobs/runner.ts';
import { startPageCacheSync } from './platform/http/page-cache-sync.ts';
import { forgetCachedPages } from './platform/http/public-page-cache.ts';
import { ensurePrivateFolder, writePrivateFile } from './platform/files/private-files.ts';
import { createMailer } from './platform/mail/mailer.ts';
import { countTenants, createTenant, findTenants } from './platform/tenancy/tenancy.ts';

/** The signing secret there is already: from the environment, else the data folder's; undefined when neither has one. */
export function existingSecret(config: Config): string | undefined {
  if (config.secret) return config.secret;
  const file = path.join(config.dataDir, 'secret');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined;
}

/** Keeps a secret given at restore in the new data folder, so the embedded server started later signs with it without the variable. */
export function keepSecretInDataFolder(config: Config, secret: string): void {
  const file = path.join(config.dataDir, 'secret');
  if (fs.existsSync(file)) return;
  ensurePrivateFolder(config.dataDir);
  writePrivateFile(file, secret);
}

/** The signing secret: from the environment, else generated once and kept in the data folder. */
export function resolveSecret(config: Config): string {
  const existing = existingSecret(config);
  if (existing) return existing;
  const secret = crypto.randomBytes(32).toString('base64url');
  keepSecretInDataFolder(config, secret);
  return secret;
}

const firstStartLockKey = 7_205_114;

/** First start: the demo tenant, or an empty tenant whose first visitor is sent to setup. */
export async function prepareFirstTenant(database: DatabaseHandle, loadDemo: boolean, now: Date): Promise<'demo' | 'empty' | 'existing'> {
  if ((await countTenants(database.db)) > 0) return 'existing';
  if (loadDemo) {
    await seedDemoTenant(database.db, now);
    return 'demo';
  }
  await createTenant(database.db, { slug: 'main', name: '' });
  return 'empty';
}

// Connections the kernel holds for us while the process is busy. Node's
// default (511) is less than a form opening draws: at 2,000 applicants at
// once the rest had their handshakes dropped and were reset after up to half
// a minute. Linux caps it at net.core.somaxconn (4096 on current kernels).
export const listenBacklog = 4096;

/** Serves `fetch` on host and port (0: a free one) with room for bursts of connections. */
export function listenForRequests(fetch: (request: Request) => Response | Promise<Response>, port: number, host: string): Promise<ServerType> {
  const server = createAdaptorServer({ fetch });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog: listenBacklog }, () => resolve(server));
  });
}

// Changes that queue mail wake the job runner, once they have stopped for
// this long. Sending mail takes the same CPU as answering: during a burst of
// 2,000 applications, waking it after each one (so mailing all the way
// through) cut the burst over two processes from 269 to about 100
// applications/s on the shared bench machine. A lone change's mail goes 1 s later.
const wakeQuietMs = 1_000;

/** `run` once calls have stopped for `quietMs` (a trailing debounce). */
export function whenQuiet(run: () => void, quietMs: number): () => void {
  let timer: NodeJS.Timeout | null = null;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      run();
    }, quietMs);
    timer.unref();
  };
}

export type RunningServer = { url: string; database: DatabaseHandle; close: () => Promise<void> };

/** Opens the database, prepares the first tenant, and serves the app. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openDatabase(config);
  // Several workers may start on one empty database at once: one of them prepares it.
  const firstStart = await database.withAdvisoryLock(firstStartLockKey, () => prepareFirstTenant(database, config.loadDemo, new Date()));
  const secret = resolveSecret(config);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
  const jobRunner: { wake: () => void } = { wake: () => {} };
  // PGlite is one process; on PostgreSQL other processes may share the data.
  // LISTEN needs a session: the direct URL, not a pooler's.
  const pageSync = config.directDatabaseUrl ? await startPageCacheSync(config.directDatabaseUrl, forgetCachedPages) : null;
  const replica = config.databaseUrl && config.readDatabaseUrl ? await openReadReplica(config.readDatabaseUrl, database, { maxLagSeconds: config.replicaMaxLagSeconds }) : undefined;
  const app = createApp({
    database,
    secret,
    now: () => new Date(),
    trustProxy: config.trustProxy,
    proxyHops: config.proxyHops,
    publicFormLimit: config.publicFormLimit,
    findActorAreaIds,
    migrationTag: latestMigrationTag(),
    baseUrl: config.baseUrl,
    mailer,
    wakeJobs: whenQuiet(() => jobRunner.wake(), wakeQuietMs),
    announceChange: pageSync?.announce,
    replica,
  });
  const tenantInfo = async (tenantId: string) => {
    const tenant = (await findTenants(database.db)).find((t) => t.id === tenantId);
    return { name: tenant?.name ?? '', intervalMonths: tenant?.confirmationIntervalMonths ?? 12 };
  };
  const runner = startJobRunner(database, [...upkeepJobs({ secret, baseUrl: config.baseUrl, mailer, tenantInfo }), ...eventJobs({ secret, baseUrl: config.baseUrl, mailer }), ...helpRequestJobs(), ...councilJobs({ mailer }), ...arrivalNoticeJobs({ baseUrl: config.baseUrl, mailer })]);
  jobRunner.wake = runner.wake;
  const server = await listenForRequests(app.fetch, config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  if (config.logLevel === 'info') {
    console.log(`ささえあい を起動しました: ${url}  (${database.kind}${config.databaseUrl ? '' : `, ${config.dataDir}`})`);
    if (firstStart === 'demo' || (config.loadDemo && firstStart === 'existing')) {
      console.log(`デモ用ログイン: ${demoUsers[0]!.email} / ${demoPassword}  (コーディネーター: ${demoUsers[1]!.email}, 職員: ${demoUsers[2]!.email})`);
    }
    if (config.demoWithheldBy) console.log(`デモデータは入れません（${config.demoWithheldBy} が設定されているため）。入れるときは SASAEAI_DEMO=1 を指定してください。`);
    if (firstStart === 'empty') console.log(`初期設定: ${url}/setup で最初の管理者を登録してください。`);
  }
  return {
    url,
    database,
    close: async () => {
      await runner.stop();
      await pageSync?.stop();
      await replica?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
