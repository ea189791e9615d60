import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUse, lockDataFolder } from './data-folder-lock.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-lock-'));
  folders.push(dir);
  return dir;
}

describe('data folder lock', () => {
  it('refuses a folder another live process holds, with a Japanese explanation', async () => {
    const dir = folder();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    fs.writeFileSync(path.join(dir, 'sasaeai.lock'), String(other.pid));
    try {
      expect(() => lockDataFolder(dir)).toThrow(DataFolderInUse);
      expect(() => lockDataFolder(dir)).toThrow(/別のプロセス/);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that died, and releases it', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'sasaeai.lock'), '999999');
    const release = lockDataFolder(dir);
    expect(fs.readFileSync(path.join(dir, 'sasaeai.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'sasaeai.lock'))).toBe(false);
  });
});
