import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDatabaseKind } from './support/database.ts';

// `sasaeai serve --workers N`: several processes behind one port on one
// PostgreSQL; refused, with the reason, where it cannot work.
const cli = path.resolve('bin/sasaeai.mjs');
const secret = 'workers-test-secret-workers-test-secret-0001';
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function environment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-workers-'));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = { ...process.env, SASAEAI_DATA_DIR: dataDir, SASAEAI_LOG_LEVEL: 'error', HOST: '127.0.0.1', ...extra };
  delete env.SASAEAI_SECRET;
  if (!extra.DATABASE_URL) delete env.DATABASE_URL;
  return { ...env, ...extra };
}

function start(env: NodeJS.ProcessEnv, ...args: string[]): { child: ChildProcess; exited: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, [cli, 'serve', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, exited };
}

describe('serve --workers', () => {
  it.runIf(testDatabaseKind === 'pglite')('refuses several workers on the embedded database, saying why', async () => {
    const { exited } = start(environment({}), '--workers', '2');
    const { code, stderr } = await exited;
    expect(code).not.toBe(0);
    expect(stderr).toContain('--workers は DATABASE_URL（PostgreSQL）と一緒に使ってください');
    expect(stderr).not.toMatch(/\n\s+at /); // one message, no stack trace
  });

  it.runIf(testDatabaseKind === 'postgresql')('refuses to start on PostgreSQL without one signing secret for every process', async () => {
    const database = await createEmptyPostgresDatabase();
    cleanups.push(database.drop);
    const { exited } = start(environment({ DATABASE_URL: database.url, PORT: String(await freePort()) }));
    const { code, stderr } = await exited;
    expect(code).not.toBe(0);
    expect(stderr).toContain('SASAEAI_SECRET');
  });

  it.runIf(testDatabaseKind === 'postgresql')('answers from two processes on one port and one database, prepared once', { timeout: 120_000 }, async () => {
    const database = await createEmptyPostgresDatabase();
    cleanups.push(database.drop);
    const port = await freePort();
    const { child, exited } = start(environment({ DATABASE_URL: database.url, PORT: String(port), SASAEAI_SECRET: secret, SASAEAI_DEMO: '1' }), '--workers', '2');
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    const processes = new Set<number>();
    for (let attempt = 0; attempt < 600 && processes.size < 2; attempt++) {
      const answer = await fetch(`http://127.0.0.1:${port}/healthz`, { headers: { connection: 'close' } }).catch(() => null);
      if (answer?.ok) processes.add(((await answer.json()) as { process: number }).process);
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(processes.size).toBe(2);
    const areas = await fetch(`http://127.0.0.1:${port}/api/v1/areas`);
    expect(((await areas.json()) as { areas: unknown[] }).areas.length).toBeGreaterThan(0);
    child.kill('SIGTERM');
    expect((await exited).code).toBe(0);
  });
});
