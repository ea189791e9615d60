import fs from 'node:fs';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { checkBackupSecret, createBackup, readBackupFile, restoreBackup, writeBackupFile } from '../db/backup.ts';
import { latestMigrationTag } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { ensurePgliteTemplate } from '../db/pglite-template.ts';
import { seedDemoTenant } from '../features/demo/service.ts';
import * as usersService from '../features/users/service.ts';
import { createUserInput } from '../features/users/validation.ts';
import { userRoles } from '../platform/auth/schema.ts';
import { createTenant, findTenantBySlug, findTenants } from '../platform/tenancy/tenancy.ts';
import { translator } from '../platform/i18n/i18n.ts';
import { requiredText, splitMessage } from '../platform/validation/fields.ts';
import { serve } from './serve-command.ts';
import { existingSecret, keepSecretInDataFolder } from '../server.ts';

export class UsageError extends Error {}

type Options = Record<string, string | string[] | boolean | undefined>;

function parse<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const t = translator('ja');
    throw new UsageError(
      result.error.issues
        .map((issue) => {
          const { key, params } = splitMessage(issue.message);
          return `  --${issue.path.join('.')}: ${t(key, params)}`;
        })
        .join('\n'),
    );
  }
  return result.data;
}

async function withDatabase<T>(config: Config, work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const handle = await openDatabase(config);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

const tenantCreateOptions = z.object({
  slug: z.string({ error: 'required' }).regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and hyphens'),
  name: requiredText({ max: 100 }),
  host: z.array(z.string().toLowerCase().regex(/^[a-z0-9.-]+$/, 'a host name such as sapporo.example.jp')).default([]),
  phone: z.string().max(20).default(''),
  email: z.string().max(254).default(''),
});

const serveOptions = z.object({ workers: z.coerce.number().int().min(1).max(64).default(1) });

const userCreateOptions = z.object({
  tenant: z.string({ error: 'required (tenant slug)' }),
  email: z.string({ error: 'required' }),
  name: z.string({ error: 'required' }),
  reading: z.string().default(''),
  role: z.enum(userRoles),
  password: z.string({ error: 'required (or set SASAEAI_PASSWORD)' }),
});

/** Runs one CLI command; returns the process exit code. */
export async function runCommand(command: string, positionals: string[], options: Options, config: Config): Promise<number> {
  switch (command) {
    case 'serve': {
      const workers = parse(serveOptions, options).workers;
      await serve(config, workers);
      return -1; // keep running
    }
    case 'migrate':
      await withDatabase(config, async () => console.log(`マイグレーション完了: ${latestMigrationTag()}`));
      return 0;
    case 'template':
      console.log(`PGlite template: ${await ensurePgliteTemplate()}`);
      return 0;
    case 'seed': {
      if (!options.demo) throw new UsageError('使い方: sasaeai seed --demo');
      await withDatabase(config, async (handle) => {
        const { tenant, created } = await seedDemoTenant(handle.db, new Date());
        console.log(created ? `デモテナントを作成しました: ${tenant.name}` : `デモテナントはすでにあります: ${tenant.name}`);
      });
      return 0;
    }
    case 'tenant': {
      if (positionals[0] === 'list') {
        await withDatabase(config, async (handle) => {
          for (const t of await findTenants(handle.db)) console.log(`${t.slug}\t${t.name}\t${t.hosts.join(',')}`);
        });
        return 0;
      }
      if (positionals[0] !== 'create') throw new UsageError('使い方: sasaeai tenant create --slug SLUG --name 名前 [--host HOST]…');
      const input = parse(tenantCreateOptions, options);
      await withDatabase(config, async (handle) => {
        if (await findTenantBySlug(handle.db, input.slug)) throw new UsageError(`テナント ${input.slug} はすでにあります。`);
        const tenant = await createTenant(handle.db, { slug: input.slug, name: input.name, hosts: input.host, phone: input.phone, email: input.email });
        console.log(`テナントを作成しました: ${tenant.slug} (${tenant.id})`);
      });
      return 0;
    }
    case 'user': {
      if (positionals[0] !== 'create') throw new UsageError('使い方: sasaeai user create --tenant SLUG --email MAIL --name 氏名 --role admin|coordinator|staff --password …');
      const raw = parse(userCreateOptions, { ...options, password: options.password ?? process.env.SASAEAI_PASSWORD });
      const input = parse(createUserInput, { email: raw.email, displayName: raw.name, nameReading: raw.reading, role: raw.role, password: raw.password });
      await withDatabase(config, async (handle) => {
        const tenant = await findTenantBySlug(handle.db, raw.tenant);
        if (!tenant) throw new UsageError(`テナント ${raw.tenant} が見つかりません。`);
        const ctx = { db: handle.forTenant(tenant.id), tenantId: tenant.id, actor: null, now: new Date(), requestId: 'cli' };
        const user = await usersService.createUser(ctx, input, { asSystem: true });
        console.log(`ユーザーを作成しました: ${user.email} (${user.role})`);
      });
      return 0;
    }
    case 'backup': {
      const file = positionals[0];
      if (!file) throw new UsageError('使い方: sasaeai backup FILE');
      await withDatabase(config, async (handle) => {
        const secret = existingSecret(config);
        const backup = await createBackup(handle, new Date(), secret);
        writeBackupFile(file, backup);
        const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
        console.log(`バックアップを書き出しました: ${file} (${rows} 行)`);
        console.log(
          secret
            ? '送信済みのリンクを復元後も使えるよう、署名用シークレット（SASAEAI_SECRET またはデータフォルダの secret ファイル）をバックアップとは別に安全に保管してください。復元時に必要です。'
            : '署名用シークレットが見つからないため、このバックアップには照合用の情報がありません。復元すると送信済みのリンクは使えなくなります。',
        );
      });
      return 0;
    }
    case 'restore': {
      const file = positionals[0];
      if (!file) throw new UsageError('使い方: sasaeai restore FILE');
      if (!fs.existsSync(file)) throw new UsageError(`ファイルが見つかりません: ${file}`);
      const backup = readBackupFile(file);
      const secret = existingSecret(config);
      checkBackupSecret(backup, secret, options['new-secret'] === true);
      await withDatabase(config, async (handle) => {
        const counts = await restoreBackup(handle, backup);
        const rows = Object.values(counts).reduce((n, c) => n + c, 0);
        console.log(`復元しました: ${rows} 行`);
        if (!config.databaseUrl && config.secret) keepSecretInDataFolder(config, config.secret);
      });
      return 0;
    }
    case 'guidebook':
      return (await import('./guidebook-command.ts')).writeGuidebook(config, options);
    case 'import':
      return (await import('./import-command.ts')).importListings(config, positionals[0], options);
    default:
      throw new UsageError(usage);
  }
}

export const usage = `使い方: sasaeai <command>
  serve [--workers N]            アプリを起動する (PORT, SASAEAI_DATA_DIR, DATABASE_URL; --workers は PostgreSQL のみ)
  migrate                        データベースを最新にする
  seed --demo                    デモテナント（旭川市社会福祉協議会）を作る
  tenant create --slug S --name N [--host H]…   テナントを追加する
  tenant list                    テナントの一覧
  user create --tenant S --email E --name N --role R --password P   職員アカウントを作る
  guidebook --out FILE [--tenant S] [--handbook --district 圏域名 | --area 地域名] [--large]
                                 ガイドブック（PDF）を最新のデータから作る
  import FILE [--tenant S] [--dry-run] [--skip-invalid] [--publish]
                                 地域資源を CSV / XLSX / JSON から取り込む（まず --dry-run で確認、
                                 --publish で取り込んだものを公開する）
  backup FILE                    すべてのデータを FILE に書き出す
  restore FILE [--new-secret]    空のデータベースに FILE を復元する（バックアップ元の SASAEAI_SECRET が必要。--new-secret: 送信済みリンクを無効にして復元）`;
