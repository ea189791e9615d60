import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/database.ts';
import { seedDemoTenant } from '../features/demo/service.ts';
import { backupTables, createBackup, restoreBackup, RestoreRefused } from './backup.ts';
import type { DatabaseHandle } from './client.ts';

let source: DatabaseHandle;
beforeAll(async () => {
  source = await createTestDatabase();
  await seedDemoTenant(source.db, new Date('2026-11-23T00:00:00Z'), { resources: true });
});
afterAll(async () => source.close());

describe('backup and restore', () => {
  it('covers every table the migrations create', async () => {
    const rows = await source.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
    expect(rows.map((r) => r.table_name).sort()).toEqual([...backupTables].sort());
  });

  it('gives back exactly what was backed up when restored into an empty database', async () => {
    const backup = await createBackup(source, new Date());
    expect(backup.tables.areas).toHaveLength(5);
    expect(backup.tables.districts).toHaveLength(11);
    expect(backup.tables.resources!.length).toBeGreaterThanOrEqual(60);
    const target = await createTestDatabase();
    try {
      const counts = await restoreBackup(target, JSON.parse(JSON.stringify(backup)));
      expect(counts.coordinators).toBe(5);
      const again = await createBackup(target, new Date(backup.createdAt));
      expect(again).toEqual(backup);
      // New audit rows continue after the restored ones.
      await target.query(`INSERT INTO audit_log (tenant_id, action, entity_type) SELECT id, 'probe', 'test' FROM tenants LIMIT 1`);
      const [max] = await target.query(`SELECT max(id)::int AS id FROM audit_log`);
      expect(max!.id).toBe(backup.tables.audit_log!.length + 1);
    } finally {
      await target.close();
    }
  });

  it('refuses to restore over existing data and changes nothing', async () => {
    const backup = await createBackup(source, new Date());
    await expect(restoreBackup(source, backup)).rejects.toBeInstanceOf(RestoreRefused);
    const [row] = await source.query('SELECT count(*)::int AS n FROM areas');
    expect(row!.n).toBe(5);
  });

  it('leaves nothing behind when a restore fails half-way', async () => {
    const backup = await createBackup(source, new Date());
    const broken = { ...backup, tables: { ...backup.tables, districts: [{ id: 'not-a-uuid' }] } };
    const target = await createTestDatabase();
    try {
      await expect(restoreBackup(target, broken)).rejects.toThrow();
      const [row] = await target.query('SELECT count(*)::int AS n FROM tenants');
      expect(row!.n).toBe(0);
    } finally {
      await target.close();
    }
  });
});
