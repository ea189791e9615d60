import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidReading } from '../../platform/japanese-text/reading.ts';
import { resourceInput } from '../resources/validation.ts';
import { defaultNeedCategories } from '../resources/vocabulary.ts';
import { cityWideAreaName, demoResources, toResourceInput, type DemoLookups } from './demo-resources.ts';
import { demoAreas } from './demo-tenant.ts';

const districtNames = demoAreas.flatMap((a) => a.districts.map(([name]) => name));
const areaIdsByName = new Map(demoAreas.map((a) => [a.name, randomUUID()]));
const districtIdsByName = new Map(
  demoAreas.flatMap((a) => a.districts.map(([name]) => [name, { id: randomUUID(), areaId: areaIdsByName.get(a.name)! }] as const)),
);
const categoryRows = defaultNeedCategories.map(([code, name]) => ({ id: randomUUID(), code, name }));
const lookups: DemoLookups = { categoryIdsByCode: new Map(categoryRows.map((c) => [c.code, c.id])), areaIdsByName, districtIdsByName };

describe('demo resources', () => {
  it('has about sixty listings with unique names and phone numbers', () => {
    expect(demoResources.length).toBeGreaterThanOrEqual(55);
    expect(new Set(demoResources.map((r) => r.name)).size).toBe(demoResources.length);
    const phones = demoResources.map((r) => r.phone).filter(Boolean);
    expect(new Set(phones).size).toBe(phones.length);
  });

  it('passes the listing form schema after conversion', () => {
    const failures = demoResources.flatMap((r) => {
      const result = resourceInput.safeParse(toResourceInput(r, lookups));
      return result.success ? [] : [`${r.name}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join(', ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('places every listing in a district or city-wide, with the district area', () => {
    for (const r of demoResources) {
      const input = toResourceInput(r, lookups);
      if (r.district === null) expect(input.areaId).toBe(areaIdsByName.get(cityWideAreaName));
      else expect(input.areaId).toBe(districtIdsByName.get(r.district)!.areaId);
    }
  });

  it('gives every listing a hiragana reading', () => {
    for (const r of demoResources) {
      expect(isValidReading(r.reading), r.name).toBe(true);
      expect(r.reading, r.name).toMatch(/^[\u3041-\u3096ー・ ]+$/);
    }
  });

  it('has at least four listings in each of the eleven districts', () => {
    expect(districtNames).toHaveLength(11);
    for (const name of districtNames) expect(demoResources.filter((r) => r.district === name).length, name).toBeGreaterThanOrEqual(4);
  });

  it('puts every listing inside Asahikawa with an Asahikawa address, postal code and phone', () => {
    for (const r of demoResources) {
      const [lat, lng] = r.at;
      expect(lat, r.name).toBeGreaterThanOrEqual(43.7);
      expect(lat, r.name).toBeLessThanOrEqual(43.86);
      expect(lng, r.name).toBeGreaterThanOrEqual(142.25);
      expect(lng, r.name).toBeLessThanOrEqual(142.55);
      expect(r.address, r.name).toMatch(/^北海道旭川市/);
      expect(r.postalCode, r.name).toMatch(/^07\d-\d{4}$/);
      if (r.phone) expect(r.phone, r.name).toMatch(/^0166-\d{2}-\d{4}$/);
      if (r.email) expect(r.email, r.name).toMatch(/@example\.jp$/);
      if (r.url) expect(r.url, r.name).toMatch(/^https:\/\/example\.jp\//);
    }
  });

  it('keeps confirmation dates between 2024-04 and 2026-10, some older than a year', () => {
    for (const r of demoResources) expect(r.confirmedOn >= '2024-04-01' && r.confirmedOn <= '2026-10-31', r.name).toBe(true);
    expect(demoResources.filter((r) => r.confirmedOn < '2025-11-23').length).toBeGreaterThanOrEqual(5);
    expect(demoResources.some((r) => r.draft)).toBe(true);
  });

  it("includes the newsletter's examples", () => {
    const names = demoResources.map((r) => r.name);
    expect(names).toContain('東光ボランティア交流会');
    expect(names).toContain('神居・江丹別 まちコン～住民と専門職の出会いの場～');
    for (const part of ['除雪ボランティア', '買い物同行', '囲碁クラブ', '地域食堂', '送迎付き通いの場']) {
      expect(names.some((n) => n.includes(part)), part).toBe(true);
    }
  });

  it('covers the features the search and guidebook show', () => {
    const some = (test: (r: (typeof demoResources)[number]) => boolean) => demoResources.some(test);
    expect(some((r) => r.name.includes('送迎付き') && !!r.attributes?.includes('transport'))).toBe(true);
    expect(some((r) => r.season?.[0] === 12 && r.season[1] === 3)).toBe(true);
    expect(some((r) => r.when.some((rule) => rule.kind === 'monthly'))).toBe(true);
    expect(some((r) => typeof r.cost === 'number')).toBe(true);
    expect(some((r) => r.status === 'temporarily_closed' && !!r.notice)).toBe(true);
    for (const [code] of defaultNeedCategories) expect(some((r) => r.categories.includes(code)), code).toBe(true);
  });

  it('refuses an unknown district or category', () => {
    const [first] = demoResources;
    expect(() => toResourceInput({ ...first!, district: '存在しない圏域' }, lookups)).toThrow(/district/);
    expect(() => toResourceInput({ ...first!, categories: ['nope'] }, lookups)).toThrow(/category/);
  });
});
