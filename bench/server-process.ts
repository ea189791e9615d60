// Starts `node bin/sasaeai.mjs serve` as a child process and times it to the
// first 200; tracks every child and temp folder so they are cleaned up on exit.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(projectRoot, 'bin', 'sasaeai.mjs');

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
const exitHooks: (() => void)[] = [];

export type ServerChild = { child: ChildProcess; port: number; url: string; msToFirst200: number; stderr: () => string };

/** Registers a synchronous clean-up step that also runs on crash or Ctrl-C. */
export function onCleanup(hook: () => void): void {
  exitHooks.push(hook);
}

/** Kills leftover children, restores hidden files and removes temp folders (synchronous, idempotent). */
export function cleanupEverything(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  children.clear();
  while (exitHooks.length) {
    try {
      exitHooks.pop()!();
    } catch (error) {
      console.error('bench clean-up step failed:', error);
    }
  }
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

process.on('exit', cleanupEverything);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanupEverything();
    process.exit(130);
  });
}

/** A fresh, empty temp folder that is removed when the bench ends. */
export function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-bench-'));
  tempDirs.add(dir);
  return dir;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** One GET without keep-alive; resolves to the status code, or 0 when the connection fails. */
export function probe(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', () => resolve(0));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Spawns the server on a data folder and polls `path` every 20 ms until it answers 200. */
export async function startServerChild(dataDir: string, pollPath = '/areas'): Promise<ServerChild> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let stderr = '';
  const started = performance.now();
  const child = spawn(process.execPath, [cli, 'serve'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SASAEAI_DATA_DIR: dataDir, SASAEAI_LOG_LEVEL: 'error', SASAEAI_FORM_LIMIT: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.add(child);
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited before answering (code ${child.exitCode}, signal ${child.signalCode}):\n${stderr}`);
    }
    if ((await probe(url + pollPath)) === 200) break;
    await sleep(20);
  }
  return { child, port, url, msToFirst200: performance.now() - started, stderr: () => stderr };
}

/** Sends SIGTERM and waits for the process to exit (SIGKILL only if it hangs for 15 s). */
export async function stopServerChild(server: ServerChild): Promise<void> {
  const { child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const hang = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(hang);
  }
  children.delete(child);
}

/** Resident and peak resident memory of a process in MB, from /proc/<pid>/status. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}
