import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { commandLineActor } from '../../../platform/context/service-context.ts';
import { exportHsdsJson } from '../hsds/export-hsds.ts';
import type { HsdsService } from '../hsds/present-hsds.ts';
import { findNeedCategories } from '../service.ts';
import { applyImport, planImport } from './service.ts';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp({ demoResources: true });
});
afterAll(async () => testApp.close());

const ctx = () => ({ db: testApp.database.db, tenantId: testApp.demo.id, actor: commandLineActor(testApp.demo.id), now: testApp.clock.now, requestId: 't' });

/** The 困りごと names of an exported service, read from its taxonomy terms. */
const categoryNamesOf = (service: HsdsService) =>
  (service.attributes as { taxonomy_term: { name: string } }[]).map((attribute) => attribute.taxonomy_term.name).sort();

describe('importing our own HSDS JSON export', () => {
  it('plans every exported service as an update of the listing it came from, keeping names and 困りごと', async () => {
    const services = await exportHsdsJson(ctx());
    expect(services.length).toBeGreaterThan(3);
    const plan = await planImport(ctx(), Buffer.from(JSON.stringify(services)), 'hsds.json');
    expect(plan.format).toBe('hsds-json');
    expect(plan.rows.map((row) => row.action)).toEqual(services.map(() => 'update'));
    expect(plan.rows.map((row) => row.existingId)).toEqual(services.map((service) => service.id));
    expect(plan.rows.map((row) => row.name)).toEqual(services.map((service) => service.name));
    expect(plan.rows.map((row) => row.input!.providerName)).toEqual(services.map((service) => (service.organization as { name: string } | undefined)?.name ?? ''));
    const categories = await findNeedCategories(ctx());
    const namesOf = (ids: string[]) => categories.filter((c) => ids.includes(c.id)).map((c) => c.name).sort();
    expect(plan.rows.map((row) => namesOf(row.input!.needCategoryIds))).toEqual(services.map(categoryNamesOf));
  });

  it('reads an HSDS API Page the same way as the bare array', async () => {
    const services = await exportHsdsJson(ctx());
    const page = { total_items: services.length, total_pages: 1, page_number: 1, size: services.length, first_page: true, last_page: true, empty: false, contents: services };
    const plan = await planImport(ctx(), Buffer.from(JSON.stringify(page)), 'page.json');
    expect(plan.rows.every((row) => row.action === 'update')).toBe(true);
  });
});

describe('importing another directory’s HSDS JSON', () => {
  const ids = ['3f1c9a52-8d7e-4b6a-9c1d-2e5f7a8b9c01', '3f1c9a52-8d7e-4b6a-9c1d-2e5f7a8b9c02'];
  const file = (description: string) =>
    Buffer.from(
      JSON.stringify([
        { id: ids[0], name: '他市の配食サービス', alternate_name: 'タシノハイショクサービス', description, status: 'active' },
        { id: ids[1], name: 'Snow Angels', alternate_name: 'Snow Angels Asahikawa', status: 'active' },
      ]),
    );

  it('keeps the source ids, so a second import updates and the HSDS export gives the ids back, and reads a kana alternate_name as the reading', async () => {
    expect(await applyImport(ctx(), file('初回'), 'other.json', { skipInvalid: false })).toMatchObject({ created: 2, updated: 0 });
    const again = await applyImport(ctx(), file('二回目'), 'other.json', { skipInvalid: false });
    expect(again).toMatchObject({ created: 0, updated: 2 });
    const rows = await testApp.database.query('SELECT id, external_id, name_reading, description, staff_note FROM resources WHERE tenant_id = $1 AND external_id = ANY($2) ORDER BY external_id', [testApp.demo.id, ids]);
    expect(rows.map((r) => [r.id, r.external_id, r.name_reading, r.description])).toEqual([
      [ids[0], ids[0], 'たしのはいしょくさーびす', '二回目'],
      [ids[1], ids[1], '', ''],
    ]);
    // An alternate name that is not a reading is kept for staff.
    expect(rows[1]!.staff_note).toContain('alternate_name: Snow Angels Asahikawa');
    const exported = (await exportHsdsJson(ctx())).filter((service) => ids.includes(service.id));
    expect(exported.map((service) => [service.id, service.alternate_name])).toEqual([
      [ids[1], undefined],
      [ids[0], 'たしのはいしょくさーびす'],
    ]);
  });
});
