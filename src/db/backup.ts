import crypto from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { writePrivateFile } from '../platform/files/private-files.ts';
import type { DatabaseHandle } from './client.ts';
import { latestMigrationTag } from './migrate.ts';

// Parents before children, so a restore satisfies every foreign key as it goes.
// A test checks this list against the tables that actually exist.
export const backupTables = [
  'tenants',
  'users',
  'sessions',
  'login_throttles',
  'audit_log',
  'areas',
  'districts',
  'district_towns',
  'coordinators',
  'coordinator_assignments',
  'need_categories',
  'providers',
  'resources',
  'resource_need_categories',
  'resource_suggestions',
  'resource_confirmation_requests',
  'provider_link_uses',
  'import_runs',
  'import_run_listings',
  'events',
  'event_sessions',
  'event_registrations',
  'event_registration_mails',
  'event_announcements',
  'help_types',
  'volunteers',
  'volunteer_status_changes',
  'residents',
  'help_requests',
  'help_request_status_changes',
  'help_request_drafts',
  'help_request_contacts',
  'matches',
  'activity_records',
  'coordinator_activities',
  'council_terms',
  'councils',
  'council_members',
  'council_meetings',
  'meeting_agenda_items',
  'meeting_attendance',
  'meeting_handouts',
  'meeting_action_items',
  // Before local_issues, which names the survey that showed an issue.
  'surveys',
  'survey_versions',
  'survey_targets',
  'survey_responses',
  'local_issues',
  'local_issue_areas',
  'local_issue_help_types',
  'local_issue_meetings',
  'local_issue_updates',
  'local_issue_outcomes',
  'sent_mails',
  'jobs',
] as const;

const serialTables: Record<string, string> = { audit_log: 'id', event_registrations: 'seq' };

export type Backup = {
  format: 'sasaeai-backup';
  version: 1;
  migration: string;
  createdAt: string;
  /** Which signing secret the mailed links of this data were signed with (a digest, never the secret); absent in older backups. */
  secretFingerprint?: string;
  tables: Record<string, unknown[]>;
};

/** A digest that tells two signing secrets apart without giving either away. */
export function secretFingerprint(secret: string): string {
  return crypto.createHash('sha256').update(`sasaeai signing secret\n${secret}`).digest('hex').slice(0, 32);
}

/**
 * Every link already mailed (applicants, volunteers, providers) is signed
 * with the secret of the backed-up installation: restored under another
 * secret they all answer 404. So a restore needs that same secret (given
 * as SASAEAI_SECRET, or already in the data folder), unless the operator
 * accepts new links (`--new-secret`).
 */
export function checkBackupSecret(backup: Backup, secret: string | undefined, acceptNewSecret: boolean): void {
  if (acceptNewSecret || !backup.secretFingerprint) return;
  if (secret && secretFingerprint(secret) === backup.secretFingerprint) return;
  throw new RestoreRefused(
    secret
      ? 'このバックアップは別の署名用シークレットで作られています。バックアップ元の SASAEAI_SECRET（またはデータフォルダの secret ファイルの中身）を SASAEAI_SECRET に指定して復元してください。送信済みのリンクを使えなくしてよい場合だけ --new-secret を付けてください。'
      : 'このバックアップを復元するには、バックアップ元の署名用シークレットが必要です。バックアップ元の SASAEAI_SECRET（またはデータフォルダの secret ファイルの中身）を SASAEAI_SECRET に指定してください。送信済みのリンクを使えなくしてよい場合だけ --new-secret を付けてください。',
  );
}

/** Reads every table into one JSON document (rows as PostgreSQL renders them to JSON). */
export async function createBackup(handle: DatabaseHandle, now: Date, secret?: string): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  for (const table of backupTables) {
    // Table names come from the fixed list above.
    const [row] = await handle.query(`SELECT coalesce(json_agg(t ORDER BY t::text), '[]'::json) AS rows FROM ${table} t`);
    tables[table] = (row?.rows as unknown[]) ?? [];
  }
  return { format: 'sasaeai-backup', version: 1, migration: latestMigrationTag(), createdAt: now.toISOString(), ...(secret ? { secretFingerprint: secretFingerprint(secret) } : {}), tables };
}

export class RestoreRefused extends Error {}

/** Writes a backup as gzipped JSON that only its owner can read. */
export function writeBackupFile(file: string, backup: Backup): void {
  writePrivateFile(file, zlib.gzipSync(JSON.stringify(backup)));
}

/** Reads a backup file; one that is cut short or not a backup at all is refused in one line. */
export function readBackupFile(file: string): Backup {
  try {
    return JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as Backup;
  } catch {
    throw new RestoreRefused(`バックアップファイルを読めません（途中で切れているか、バックアップではありません）: ${file}`);
  }
}

/** Loads a backup into an empty, migrated database in one transaction. */
export async function restoreBackup(handle: DatabaseHandle, backup: Backup): Promise<Record<string, number>> {
  if (backup?.format !== 'sasaeai-backup' || backup.version !== 1) throw new RestoreRefused('バックアップファイルの形式が正しくありません。');
  if (backup.migration !== latestMigrationTag()) {
    throw new RestoreRefused(`バックアップのスキーマ (${backup.migration}) がこのバージョン (${latestMigrationTag()}) と一致しません。`);
  }
  const [existing] = await handle.query('SELECT count(*)::int AS n FROM tenants');
  if (Number(existing?.n) > 0) throw new RestoreRefused('復元先のデータベースが空ではありません。空のデータベースに復元してください。');
  const counts: Record<string, number> = {};
  await handle.db.transaction(async (tx) => {
    for (const table of backupTables) {
      const rows = backup.tables[table] ?? [];
      counts[table] = rows.length;
      if (rows.length === 0) continue;
      const name = sql.identifier(table);
      await tx.execute(sql`INSERT INTO ${name} SELECT * FROM json_populate_recordset(null::${name}, ${JSON.stringify(rows)}::json)`);
    }
    for (const [table, column] of Object.entries(serialTables)) {
      await tx.execute(
        sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), coalesce((SELECT max(${sql.identifier(column)}) FROM ${sql.identifier(table)}), 0) + 1, false)`,
      );
    }
  });
  return counts;
}
