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
  'coordinators',
  'coordinator_assignments',
  'need_categories',
  'providers',
  'resources',
  'resource_need_categories',
  'resource_suggestions',
  'resource_confirmation_requests',
  'provider_link_uses',
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
  'sent_mails',
  'jobs',
] as const;

const serialTables: Record<string, string> = { audit_log: 'id', event_registrations: 'seq' };

export type Backup = {
  format: 'sasaeai-backup';
  version: 1;
  migration: string;
  createdAt: string;
  tables: Record<string, unknown[]>;
};

/** Reads every table into one JSON document (rows as PostgreSQL renders them to JSON). */
export async function createBackup(handle: DatabaseHandle, now: Date): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  for (const table of backupTables) {
    // Table names come from the fixed list above.
    const [row] = await handle.query(`SELECT coalesce(json_agg(t ORDER BY t::text), '[]'::json) AS rows FROM ${table} t`);
    tables[table] = (row?.rows as unknown[]) ?? [];
  }
  return { format: 'sasaeai-backup', version: 1, migration: latestMigrationTag(), createdAt: now.toISOString(), tables };
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
