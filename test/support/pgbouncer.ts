import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// A real PgBouncer in transaction mode in front of the test cluster: what a
// deployment with many processes puts between them and PostgreSQL.
const binary = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((candidate) => fs.existsSync(candidate));

/** Why PgBouncer tests cannot run here, or null when they can. */
export function pgbouncerMissing(): string | null {
  return binary ? null : 'pgbouncer is not installed (apt-get install pgbouncer; .ci/run does)';
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.end(() => resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`pgbouncer did not listen on ${port}`);
}

/** Starts PgBouncer (pool_mode = transaction) for the server of `serverUrl`; returns the URL through it and a stop function. */
export async function startPgbouncer(serverUrl: string): Promise<{ url: (database: string) => string; stop: () => void }> {
  if (!binary) throw new Error(pgbouncerMissing()!);
  const server = new URL(serverUrl);
  const port = await freePort();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-pgbouncer-'));
  fs.chmodSync(folder, 0o777);
  const config = path.join(folder, 'pgbouncer.ini');
  fs.writeFileSync(
    config,
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port} user=${server.username || 'postgres'}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'auth_type = any',
      'pool_mode = transaction',
      'default_pool_size = 4',
      'max_client_conn = 200',
      'unix_socket_dir =',
      // The app sends random_page_cost as a start-up option; PgBouncer cannot pass it on.
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${path.join(folder, 'pgbouncer.log')}`,
      `pidfile = ${path.join(folder, 'pgbouncer.pid')}`,
      '',
    ].join('\n'),
  );
  fs.chmodSync(config, 0o644);
  // PgBouncer will not run as root; the test cluster's own user runs it.
  const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const [command, ...args] = [...asUser, binary, '-d', config];
  const started = spawnSync(command!, args, { stdio: 'pipe' });
  if (started.status !== 0) throw new Error(`pgbouncer did not start: ${started.stderr}`);
  await waitForPort(port);
  return {
    url: (database) => `postgres://app@127.0.0.1:${port}/${database}`,
    stop: () => {
      const pid = Number(fs.readFileSync(path.join(folder, 'pgbouncer.pid'), 'utf8'));
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
      execFileSync('rm', ['-rf', folder]);
    },
  };
}
