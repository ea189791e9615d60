import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { commandLineActor } from '../../../platform/context/service-context.ts';
import { searchResources } from '../service.ts';
import { applyImport, planImport } from './service.ts';

// Updates go 500 listings a statement and new listings 1,000: these files span several batches.
let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const ctx = () => ({ db: testApp.database.db, tenantId: testApp.demo.id, actor: commandLineActor(testApp.demo.id), now: testApp.clock.now, requestId: 'test' });
const header = '名称,名称_カナ,困りごと,電話番号\n';
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);
const pad = (i: number) => String(i).padStart(4, '0');

/** Rows named 一括{i}の会; `rejectEvery` leaves those rows without a name. */
function csv(numbers: number[], row: (i: number) => { category: string; phone: string }, reject: (i: number) => boolean = () => false): Buffer {
  const lines = numbers.map((i) => {
    const { category, phone } = row(i);
    return `${reject(i) ? '' : `一括${pad(i)}の会`},いっかつ${pad(i)}のかい,${category},${phone}`;
  });
  return Buffer.from(header + lines.join('\n') + '\n');
}

async function scalar(text: string, params: unknown[] = [testApp.demo.id]): Promise<number> {
  const [row] = await testApp.database.query(text, params);
  return Number(row!.n);
}

const listingCount = () => scalar(`SELECT count(*)::int AS n FROM resources WHERE tenant_id = $1 AND name LIKE '一括%'`);

describe('importing files of more than one batch', () => {
  it('creates, updates and rejects across batches, with the right listings, categories, search columns and one history entry each', async () => {
    const first = csv(range(0, 1100), (i) => ({ category: i % 2 ? '除雪' : '交流・サロン', phone: '' }));
    expect(await applyImport(ctx(), first, 'first.csv', { skipInvalid: false })).toMatchObject({ created: 1100, updated: 0, skipped: 0 });

    // 600–1099 are there already (updates), 1100–1799 are new; every row ending in 50 has no name.
    const rejected = (i: number) => i % 100 === 50;
    const second = csv(range(600, 1800), (i) => ({ category: '見守り・安否確認', phone: `0166-23-${pad(i)}` }), rejected);
    const plan = await planImport(ctx(), second, 'second.csv');
    expect(plan.rows.filter((r) => r.action === 'reject')).toHaveLength(12);
    const progress: number[] = [];
    const result = await applyImport(ctx(), second, 'second.csv', { skipInvalid: true, onProgress: (done) => progress.push(done) });
    expect(result).toMatchObject({ created: 693, updated: 495, skipped: 12 });
    expect(progress.at(-1)).toBe(1188);

    expect(await listingCount()).toBe(1100 + 693);
    // No listing twice, whatever the batch.
    expect(await scalar(`SELECT count(*)::int AS n FROM (SELECT name FROM resources WHERE tenant_id = $1 GROUP BY name HAVING count(*) > 1) d`)).toBe(0);
    const listing = async (i: number) => {
      const [row] = await testApp.database.query(
        `SELECT r.phone, array(SELECT c.name FROM resource_need_categories l JOIN need_categories c ON c.id = l.need_category_id WHERE l.resource_id = r.id ORDER BY c.name) AS links,
                array(SELECT c.name FROM need_categories c WHERE c.id = ANY(r.need_category_ids) ORDER BY c.name) AS copied,
                array(SELECT a.action FROM audit_log a WHERE a.entity_id = r.id::text ORDER BY a.id) AS history
         FROM resources r WHERE r.tenant_id = $1 AND r.name = $2`,
        [testApp.demo.id, `一括${pad(i)}の会`],
      );
      return row && { phone: row.phone, links: row.links, copied: row.copied, history: row.history };
    };
    // Untouched by the second file; rejected in it (so kept as it was); updated; created.
    expect(await listing(10)).toEqual({ phone: '', links: ['交流・サロン'], copied: ['交流・サロン'], history: ['import'] });
    expect(await listing(1050)).toEqual({ phone: '', links: ['交流・サロン'], copied: ['交流・サロン'], history: ['import'] });
    expect(await listing(1099)).toEqual({ phone: '0166-23-1099', links: ['見守り・安否確認'], copied: ['見守り・安否確認'], history: ['import', 'update'] });
    expect(await listing(1799)).toEqual({ phone: '0166-23-1799', links: ['見守り・安否確認'], copied: ['見守り・安否確認'], history: ['import'] });
    expect(await listing(1150)).toBeUndefined();
    // Every listing's category copy agrees with its links, and history has one entry per write.
    expect(
      await scalar(`SELECT count(*)::int AS n FROM resources r WHERE r.tenant_id = $1 AND r.need_category_ids::text[] <> array(SELECT l.need_category_id::text FROM resource_need_categories l WHERE l.resource_id = r.id ORDER BY 1)`),
    ).toBe(0);
    expect(await scalar(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1 AND entity_type = 'resource' AND action = 'import'`)).toBe(1100 + 693);
    expect(await scalar(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1 AND entity_type = 'resource' AND action = 'update'`)).toBe(495);
    const [created] = await testApp.database.query(`SELECT "after" FROM audit_log WHERE tenant_id = $1 AND action = 'import' ORDER BY id DESC LIMIT 1`, [testApp.demo.id]);
    expect(created!.after).toMatchObject({ name: '一括1799の会', tenantId: testApp.demo.id, archivedAt: null, confirmedBy: '' });
    expect(created!.after).not.toHaveProperty('searchText');

    // The same file again matches every row, but changes nothing: no listing is rewritten and the history stays as it was.
    const history = await scalar(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1`);
    const stamps = await scalar(`SELECT count(DISTINCT updated_at)::int AS n FROM resources WHERE tenant_id = $1 AND name LIKE '一括%'`);
    testApp.clock.now = new Date(testApp.clock.now.getTime() + 60_000);
    expect(await applyImport(ctx(), second, 'second.csv', { skipInvalid: true })).toMatchObject({ created: 0, updated: 1188, skipped: 12 });
    expect(await scalar(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1`)).toBe(history);
    expect(await scalar(`SELECT count(DISTINCT updated_at)::int AS n FROM resources WHERE tenant_id = $1 AND name LIKE '一括%'`)).toBe(stamps);

    // The search columns were written with each listing: found by a two-character word and by the category filter.
    const found = await searchResources(ctx(), { q: '一括1799', free: false, transport: false, target: '', category: 'watching' }, { includeDrafts: true });
    expect(found.results.map((r) => r.name)).toEqual(['一括1799の会']);
  });

  it('leaves nothing written when the import fails after some of its batches', async () => {
    const before = {
      listings: await listingCount(),
      links: await scalar(`SELECT count(*)::int AS n FROM resource_need_categories WHERE tenant_id = $1`),
      history: await scalar(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1`),
      providers: await scalar(`SELECT count(*)::int AS n FROM providers WHERE tenant_id = $1`),
    };
    // Updates of the 793 listings of 1000–1799 there are, then 1,207 new ones: the import fails once the first 1,000 new ones are written.
    const file = csv([...range(1000, 1800), ...range(3000, 4200)], () => ({ category: '食事・配食', phone: '0166-99-9999' }));
    const failure = new Error('disk full after batch 3');
    const reports: number[] = [];
    await expect(
      applyImport(ctx(), file, 'failing.csv', {
        skipInvalid: false,
        onProgress: (done) => {
          reports.push(done);
          if (done > 793) throw failure;
        },
      }),
    ).rejects.toBe(failure);
    expect(reports).toEqual([500, 793, 1793]);
    expect({
      listings: await listingCount(),
      links: await scalar(`SELECT count(*)::int AS n FROM resource_need_categories WHERE tenant_id = $1`),
      history: await scalar(`SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1`),
      providers: await scalar(`SELECT count(*)::int AS n FROM providers WHERE tenant_id = $1`),
    }).toEqual(before);
    expect(await scalar(`SELECT count(*)::int AS n FROM resources WHERE tenant_id = $1 AND phone = '0166-99-9999'`)).toBe(0);
  });

  it('changes nothing when a bad row sits in a later batch and the person did not choose to skip it', async () => {
    const before = await listingCount();
    const file = csv(range(5000, 6200), () => ({ category: '食事・配食', phone: '' }), (i) => i === 6150);
    await expect(applyImport(ctx(), file, 'bad.csv', { skipInvalid: false })).rejects.toMatchObject({ code: 'import_has_errors' });
    expect(await listingCount()).toBe(before);
  });
});
