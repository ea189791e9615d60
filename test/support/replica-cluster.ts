import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// A hot standby of the test cluster, made with pg_basebackup -R from the
// installed PostgreSQL 15: the pair a deployment with DATABASE_READ_URL has.
const bin = '/usr/lib/postgresql/15/bin';

/** Why a standby cannot be made here, or null when it can. */
export function standbyMissing(): string | null {
  return fs.existsSync(path.join(bin, 'pg_basebackup')) ? null : `pg_basebackup not found in ${bin} (apt-get install postgresql-15)`;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// The cluster refuses to run as root; the test cluster's own user runs it.
function asPostgres(command: string, args: string[]): void {
  const [run, ...rest] = process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(run as string, rest.flat() as string[], { stdio: 'pipe' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
}

export type Standby = { url: (database: string) => string; pause: () => void; resume: () => void; stop: () => void };

/** Copies the primary of `primaryUrl` and starts it as a streaming standby on a port of its own. */
export async function startStandby(primaryUrl: string): Promise<Standby> {
  const primary = new URL(primaryUrl);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-standby-'));
  fs.chmodSync(folder, 0o777);
  const data = path.join(folder, 'data');
  const port = await freePort();
  const user = primary.username || 'postgres';
  try {
    asPostgres(path.join(bin, 'pg_basebackup'), ['-h', primary.hostname, '-p', primary.port, '-U', user, '-D', data, '-R', '-X', 'stream', '--checkpoint=fast']);
    // A standby needs at least the primary's max_connections (the test cluster runs with 200).
    asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(folder, 'standby.log'), '-w', '-o', `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c hot_standby_feedback=on -c max_connections=1000`, 'start']);
  } catch (error) {
    // Nothing of a standby that did not start is left behind.
    fs.rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const psql = (sql: string) => asPostgres(path.join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', user, '-d', 'postgres', '-c', sql]);
  let stopped = false;
  return {
    url: (database) => `postgres://${user}@127.0.0.1:${port}/${database}`,
    pause: () => psql('SELECT pg_wal_replay_pause()'),
    resume: () => psql('SELECT pg_wal_replay_resume()'),
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
