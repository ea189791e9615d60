import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyPostgresDatabase, testDatabaseKind } from './support/database.ts';

const run = promisify(execFile);
const cli = path.resolve('bin/sasaeai.mjs');
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** An empty database for the CLI: a PGlite folder, or a PostgreSQL database when this run tests PostgreSQL. */
async function emptyDatabaseEnvironment(): Promise<NodeJS.ProcessEnv> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-cli-'));
  cleanups.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const base: NodeJS.ProcessEnv = { ...process.env, SASAEAI_DATA_DIR: dataDir, SASAEAI_LOG_LEVEL: 'error' };
  delete base.DATABASE_URL;
  if (testDatabaseKind !== 'postgresql') return base;
  const database = await createEmptyPostgresDatabase();
  cleanups.push(database.drop);
  return { ...base, DATABASE_URL: database.url };
}

async function sasaeai(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('the sasaeai command', () => {
  // Seven command-line runs, each a cold start with the demo seed: a busy machine needs more than the default minute.
  it('creates tenants and users, backs up, and restores into an empty database only with the signing secret of the source', { timeout: 240_000 }, async () => {
    const secret = 'source-signing-secret-source-signing-1234';
    const source: NodeJS.ProcessEnv = { ...(await emptyDatabaseEnvironment()), SASAEAI_SECRET: secret };
    expect((await sasaeai(source, 'seed', '--demo')).stdout).toContain('旭川市社会福祉協議会');
    const tenant = await sasaeai(source, 'tenant', 'create', '--slug', 'sapporo', '--name', '札幌市社会福祉協議会', '--host', 'sapporo.example.jp');
    expect(tenant.code).toBe(0);
    const user = await sasaeai(source, 'user', 'create', '--tenant', 'sapporo', '--email', 'Admin@Sapporo.example.jp', '--name', '札幌 管理者', '--role', 'admin', '--password', 'sapporo-password-1');
    expect(user.stdout).toContain('admin@sapporo.example.jp');

    const file = path.join(source.SASAEAI_DATA_DIR!, 'backup.json.gz');
    expect((await sasaeai(source, 'backup', file)).code).toBe(0);
    const withoutSecret = await emptyDatabaseEnvironment();
    // Every link already mailed is signed with the source's secret: without it they would all answer 404.
    const refused = await sasaeai(withoutSecret, 'restore', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('バックアップ元の署名用シークレットが必要です');
    const wrong = await sasaeai({ ...withoutSecret, SASAEAI_SECRET: 'another-signing-secret-another-sign-1234' }, 'restore', file);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('別の署名用シークレット');
    const target: NodeJS.ProcessEnv = { ...withoutSecret, SASAEAI_SECRET: secret };
    const restored = await sasaeai(target, 'restore', file);
    expect(restored.code, restored.stderr).toBe(0);
    if (testDatabaseKind === 'pglite') {
      // Kept in the new data folder, so the server started there later signs with it without the variable.
      expect(fs.readFileSync(path.join(target.SASAEAI_DATA_DIR!, 'secret'), 'utf8')).toBe(secret);
    }
    const list = await sasaeai(target, 'tenant', 'list');
    expect(list.stdout).toContain('asahikawa\t旭川市社会福祉協議会');
    expect(list.stdout).toContain('sapporo\t札幌市社会福祉協議会\tsapporo.example.jp');

    const secondFile = path.join(source.SASAEAI_DATA_DIR!, 'again.json.gz');
    await sasaeai(target, 'backup', secondFile);
    const tables = (f: string) => JSON.parse(zlibGunzip(f)).tables;
    expect(tables(secondFile)).toEqual(tables(file));

    const again = await sasaeai(target, 'restore', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('空ではありません');
  });

  // Two cold starts (seed, then guidebook) on a busy machine need more than the default five seconds.
  it('writes a guidebook PDF with Japanese text, rendered by its own process, and shows progress', { timeout: 240_000 }, async () => {
    const env = await emptyDatabaseEnvironment();
    expect((await sasaeai(env, 'seed', '--demo')).code).toBe(0);
    const file = path.join(env.SASAEAI_DATA_DIR!, 'guidebook.pdf');
    const written = await sasaeai(env, 'guidebook', '--out', file, '--large');
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toContain('書き出しました');
    expect(written.stderr).toContain('ガイドブック作成中');
    expect(written.stderr).toMatch(/100% \((\d+)\/\1\)/);
    const text = (await run('pdftotext', ['-raw', file, '-'])).stdout;
    expect(text).toContain('くらしの困りごとガイドブック');
    expect(text).toContain('生活支援コーディネーター連絡先');
  });

  // Five cold starts (seed, then four imports) on a busy machine.
  it('imports from the command line with the dry run the import page gives, and refuses in one Japanese line', { timeout: 240_000 }, async () => {
    const env = await emptyDatabaseEnvironment();
    expect((await sasaeai(env, 'seed', '--demo')).code).toBe(0);
    const missing = await sasaeai(env, 'import', path.join(env.SASAEAI_DATA_DIR!, 'none.csv'), '--dry-run');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual([`ファイルが見つかりません: ${path.join(env.SASAEAI_DATA_DIR!, 'none.csv')}`]);

    const file = path.join(env.SASAEAI_DATA_DIR!, 'shisetsu.csv');
    fs.writeFileSync(file, '公共施設一覧（令和6年4月1日現在）\r\n\r\n市区町村名,名称,名称_カナ,住所,団体名\r\n旭川市,市の体育館,しのたいいくかん,旭川市花咲町,旭川市\nひだまり,ひだまり,ひだ');
    const dryRun = await sasaeai(env, 'import', file, '--dry-run');
    expect(dryRun.code, dryRun.stderr).toBe(0);
    for (const line of ['3行目を見出しとして使いました', '4行目 新規 市の体育館', '団体名「旭川市」から「行政」と推定しました', '5行目 取り込めません ひだまり', 'ファイルの最後の行が途中で切れています', '--skip-invalid']) {
      expect(dryRun.stdout).toContain(line);
    }
    const refused = await sasaeai(env, 'import', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--skip-invalid を付けて');
    expect(refused.stderr).not.toContain('%');
    const skipped = await sasaeai(env, 'import', file, '--skip-invalid');
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stdout).toContain('取り込みました: 新規 1件、更新 0件、飛ばした行 1件');
  });

  it('explains bad arguments in Japanese and exits non-zero', async () => {
    const env = await emptyDatabaseEnvironment();
    const badSlug = await sasaeai(env, 'tenant', 'create', '--slug', 'Not Valid!', '--name', 'x');
    expect(badSlug.code).toBe(1);
    expect(badSlug.stderr).toContain('--slug');
    const badUser = await sasaeai(env, 'user', 'create', '--tenant', 'none', '--email', 'not-an-email', '--name', 'x', '--role', 'admin', '--password', 'short');
    expect(badUser.code).toBe(1);
    expect(badUser.stderr).toContain('メールアドレスの形式が正しくありません');
    const unknown = await sasaeai(env, 'frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('使い方');
  });
});

function zlibGunzip(file: string): string {
  return zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
}
