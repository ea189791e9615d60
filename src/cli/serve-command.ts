import cluster from 'node:cluster';
import type { Config } from '../config.ts';
import { startServer } from '../server.ts';

/** `--workers N` with PGlite, or several processes without one signing secret: why it cannot start. */
export class ServeRefused extends Error {}

const restartDelayMs = 1_000;

/**
 * `sasaeai serve [--workers N]`: one process, or on PostgreSQL N processes
 * sharing the port (node:cluster), each a whole server. The workers share
 * everything through the database (sessions, jobs, rate limits) and the
 * signing secret, so links and cookies made by one are good on the others.
 */
export async function serve(config: Config, workers: number): Promise<void> {
  if (workers > 1 && !config.databaseUrl) {
    throw new ServeRefused(
      '--workers は DATABASE_URL（PostgreSQL）と一緒に使ってください。組み込みデータベース（PGlite）は1つのプロセスでしか開けません。 (--workers needs DATABASE_URL: the embedded database serves one process)',
    );
  }
  if (config.databaseUrl && !config.secret) {
    throw new ServeRefused(
      'DATABASE_URL を使うときは SASAEAI_SECRET（32文字以上）を設定してください。同じデータベースを使うプロセスがすべて同じ鍵でリンクやCookieを確かめるためです。 (set SASAEAI_SECRET: every process on one database must sign with the same secret)',
    );
  }
  if (workers > 1 && cluster.isPrimary) return superviseWorkers(config, workers);
  const server = await startServer(config);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function superviseWorkers(config: Config, workers: number): void {
  let stopping = false;
  for (let i = 0; i < workers; i++) cluster.fork();
  // A worker that dies is replaced; its unfinished jobs are claimed again by
  // whichever process wakes first once their lease runs out.
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`ワーカー ${worker.process.pid} が終了しました (${signal ?? code})。起動し直します。`);
    setTimeout(() => cluster.fork(), restartDelayMs).unref();
  });
  if (config.logLevel === 'info') console.log(`${workers} つのワーカーで起動します (PostgreSQL)`);
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
