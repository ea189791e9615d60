import { describe, expect, it } from 'vitest';
import { parseImportCached } from './parse-cache.ts';

const csv = (name: string) => Buffer.from(`名称,名称_カナ,困りごと\n${name},なまえ,除雪\n`);

describe('parseImportCached', () => {
  it('parses a file once for its preview and its import, and again when the bytes, name or 困りごと list differ', async () => {
    const first = await parseImportCached(csv('雪かき隊'), 'a.csv', { needCategoryNames: ['除雪'] });
    expect(first.rows[0]!.resource?.needCategoryNames).toEqual(['除雪']);
    expect(await parseImportCached(csv('雪かき隊'), 'a.csv', { needCategoryNames: ['除雪'] })).toBe(first);
    expect(await parseImportCached(csv('雪かき隊'), 'b.csv', { needCategoryNames: ['除雪'] })).not.toBe(first);
    const otherList = await parseImportCached(csv('雪かき隊'), 'a.csv', { needCategoryNames: ['配食'] });
    expect(otherList).not.toBe(first);
    expect(otherList.rows[0]!.resource?.needCategoryNames).toEqual([]);
  });

  it('keeps only the last two files', async () => {
    const kept = await parseImportCached(csv('一つ目'), 'x.csv', {});
    await parseImportCached(csv('二つ目'), 'x.csv', {});
    await parseImportCached(csv('三つ目'), 'x.csv', {});
    expect(await parseImportCached(csv('一つ目'), 'x.csv', {})).not.toBe(kept);
  });
});
