import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { readBackupFile, RestoreRefused, writeBackupFile, type Backup } from '../src/db/backup.ts';
import { lockDataFolder } from '../src/db/data-folder-lock.ts';
import { resolveSecret } from '../src/server.ts';

// Other accounts on the machine must not read the database, the secret,
// or a backup of all of it (outboxed mail lives in the database, per tenant).
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-modes-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const backup = { format: 'sasaeai-backup', version: 1, migration: 'm', createdAt: '2026-12-07T00:00:00Z', tables: {} } as unknown as Backup;

describe('files of the data folder and backups', () => {
  it('makes the data folder 0700 and the secret 0600, tightening a folder made earlier', () => {
    const dataDir = path.join(workDir, 'data');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    resolveSecret(loadConfig({ SASAEAI_DATA_DIR: dataDir }));
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(path.join(dataDir, 'secret'))).toBe(0o600);
    const fresh = path.join(workDir, 'fresh', 'data');
    lockDataFolder(fresh)();
    expect(modeOf(fresh)).toBe(0o700);
  });

  it('writes a backup 0600, even over an older, readable one', () => {
    const file = path.join(workDir, 'backup.json.gz');
    fs.writeFileSync(file, 'old', { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    writeBackupFile(file, backup);
    expect(modeOf(file)).toBe(0o600);
    expect(readBackupFile(file)).toEqual(backup);
  });

  it('refuses a truncated backup in one Japanese line, from the library and from the command', async () => {
    const file = path.join(workDir, 'truncated.json.gz');
    const whole = zlib.gzipSync(JSON.stringify(backup));
    fs.writeFileSync(file, whole.subarray(0, whole.length - 12));
    expect(() => readBackupFile(file)).toThrow(RestoreRefused);
    const dataDir = path.join(workDir, 'restore-data');
    const env: NodeJS.ProcessEnv = { ...process.env, SASAEAI_DATA_DIR: dataDir, SASAEAI_LOG_LEVEL: 'error' };
    delete env.DATABASE_URL;
    const failure = await promisify(execFile)(process.execPath, [path.resolve('bin/sasaeai.mjs'), 'restore', file], { env }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure.code).toBe(1);
    expect(failure.stderr.trim().split('\n')).toEqual([`バックアップファイルを読めません（途中で切れているか、バックアップではありません）: ${file}`]);
  });
});
