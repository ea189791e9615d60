import type { Database } from '../../../db/client.ts';
import { recordAudit } from '../../../platform/audit/audit.ts';
import { assertAreaAccess, assertRole } from '../../../platform/auth/permissions.ts';
import type { ServiceContext } from '../../../platform/context/service-context.ts';
import { Invalid, NotFound } from '../../../platform/errors/app-error.ts';
import { addressKey } from '../../../platform/japanese-text/address-key.ts';
import { messageWithParams } from '../../../platform/validation/fields.ts';
import * as areasRepository from '../repository.ts';
import type { AreaRow, DistrictRow } from '../repository.ts';
import * as repository from './repository.ts';
import { parseTownsCsv } from './towns-csv.ts';

/** The district a resident's address points to, with its area. */
export type DistrictSuggestion = { district: DistrictRow; area: AreaRow; town: string };
export type TownImportResult = { districts: number; towns: number; unknownDistricts: string[] };

const MAX_TOWNS_PER_DISTRICT = 500;

/** Town names of each district, in the order they were entered. */
export async function findTownsByDistrict(ctx: ServiceContext, districtIds?: string[]): Promise<Map<string, string[]>> {
  const towns = new Map<string, string[]>();
  for (const town of await repository.selectTowns(ctx.db, ctx.tenantId, districtIds)) towns.set(town.districtId, [...(towns.get(town.districtId) ?? []), town.name]);
  return towns;
}

/** Replaces the towns of a district the actor manages with the given names (one a line). */
export async function setDistrictTowns(ctx: ServiceContext, districtId: string, names: string[]): Promise<void> {
  const district = await areasRepository.selectDistrict(ctx.db, ctx.tenantId, districtId);
  if (!district || district.archivedAt) throw new NotFound();
  assertAreaAccess(ctx, district.areaId);
  const towns = distinctTowns(names);
  if (towns.length > MAX_TOWNS_PER_DISTRICT) throw new Invalid([{ path: 'towns', message: messageWithParams('areas.tooManyTowns', { max: MAX_TOWNS_PER_DISTRICT }) }]);
  await ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await checkTownsFree(db, ctx.tenantId, new Map([[districtId, towns]]));
    const before = await repository.selectTowns(db, ctx.tenantId, [districtId]);
    await repository.replaceTowns(db, ctx.tenantId, districtId, towns, ctx.now);
    await recordAudit(ctx, db, { action: 'update', entityType: 'district_towns', entityId: districtId, before: { towns: before.map((t) => t.name) }, after: { towns: towns.map((t) => t.name) } });
  });
}

/**
 * Admin imports 圏域,町名 rows (a header row, UTF-8 or Shift_JIS): each district
 * named in the file gets exactly the towns the file lists for it.
 */
export async function importTownsCsv(ctx: ServiceContext, bytes: Buffer): Promise<TownImportResult> {
  assertRole(ctx, 'admin');
  const rows = parseTownsCsv(bytes);
  const liveDistricts = await areasRepository.selectDistricts(ctx.db, ctx.tenantId);
  const areaRows = await areasRepository.selectAreas(ctx.db, ctx.tenantId);
  const byName = new Map<string, DistrictRow>();
  for (const district of liveDistricts) {
    const area = areaRows.find((a) => a.id === district.areaId);
    byName.set(addressKey(district.name), district);
    if (area) byName.set(addressKey(`${area.name}・${district.name}`), district);
  }
  const namesByDistrict = new Map<string, string[]>();
  const unknown = new Set<string>();
  for (const row of rows) {
    const district = byName.get(addressKey(row.district));
    if (!district) unknown.add(row.district);
    else namesByDistrict.set(district.id, [...(namesByDistrict.get(district.id) ?? []), row.town]);
  }
  if (unknown.size) throw new Invalid([{ path: 'file', message: messageWithParams('areas.townsUnknownDistrict', { names: [...unknown].slice(0, 5).join('、') }) }]);
  const towns = new Map([...namesByDistrict].map(([id, names]) => [id, distinctTowns(names)]));
  return ctx.db.transaction(async (tx) => {
    const db = tx as unknown as Database;
    await checkTownsFree(db, ctx.tenantId, towns);
    for (const [districtId, list] of towns) await repository.replaceTowns(db, ctx.tenantId, districtId, list, ctx.now);
    const result = { districts: towns.size, towns: [...towns.values()].reduce((n, list) => n + list.length, 0), unknownDistricts: [] };
    await recordAudit(ctx, db, { action: 'import', entityType: 'district_towns', entityId: '', after: result });
    return result;
  });
}

/**
 * The district whose town the address names (the longest town name found in
 * it wins); null when no town matches or two districts match equally well.
 */
export async function suggestDistrictForAddress(ctx: ServiceContext, address: string): Promise<DistrictSuggestion | null> {
  const key = addressKey(address);
  if (key.length < 2) return null;
  const [best, second] = await repository.selectTownsInAddress(ctx.db, ctx.tenantId, key, 2);
  if (!best) return null;
  if (second && second.nameKey.length === best.nameKey.length && second.districtId !== best.districtId) return null;
  const district = await areasRepository.selectDistrict(ctx.db, ctx.tenantId, best.districtId);
  const area = district && (await areasRepository.selectArea(ctx.db, ctx.tenantId, district.areaId));
  if (!district || !area || area.archivedAt) return null;
  return { district, area, town: best.name };
}

function distinctTowns(names: string[]): { name: string; nameKey: string }[] {
  const seen = new Map<string, string>();
  for (const raw of names) {
    const name = raw.normalize('NFKC').trim();
    const nameKey = addressKey(name);
    if (nameKey && !seen.has(nameKey)) seen.set(nameKey, name.slice(0, 100));
  }
  return [...seen].map(([nameKey, name]) => ({ name, nameKey }));
}

// A town lies in one district: naming it for a second is a mistake to show, not to overwrite.
async function checkTownsFree(db: Database, tenantId: string, towns: Map<string, { name: string; nameKey: string }[]>): Promise<void> {
  const keys = [...towns.values()].flat().map((t) => t.nameKey);
  const taken = (await repository.selectTownsByKeys(db, tenantId, keys)).filter((t) => !towns.has(t.districtId));
  if (taken.length) throw new Invalid([{ path: 'towns', message: messageWithParams('areas.townTaken', { names: taken.slice(0, 5).map((t) => t.name).join('、') }) }]);
}

/** Where a public form's person belongs: the chosen district, or for 「わからない」 the address's district, else the office. */
export type Placement = { districtId: string | null; areaId: string; routedToOffice: boolean };

/**
 * Places a person from a public form. A chosen district is used as it is;
 * 「わからない」 takes the district the address names, and failing that the
 * office's own (第1層) area, where the 社協 sorts it out by hand.
 */
export async function placeFromPublicForm(ctx: ServiceContext, choice: string, address: string, field: string): Promise<Placement> {
  if (choice !== unknownDistrict) {
    const district = await areasRepository.selectDistrict(ctx.db, ctx.tenantId, choice);
    if (!district || district.archivedAt) throw new Invalid([{ path: field, message: 'validation.choice' }]);
    return { districtId: district.id, areaId: district.areaId, routedToOffice: false };
  }
  const suggestion = address ? await suggestDistrictForAddress(ctx, address) : null;
  if (suggestion) return { districtId: suggestion.district.id, areaId: suggestion.area.id, routedToOffice: false };
  const office = await findOfficeArea(ctx);
  if (!office) throw new Invalid([{ path: field, message: 'areas.chooseDistrict' }]);
  return { districtId: null, areaId: office.id, routedToOffice: true };
}

/** The value a public form sends for 「わからない（社協で振り分けます）」. */
export const unknownDistrict = 'unknown';

/** The office's own area: the first live 第1層 area (市全域), or null when the tenant has none. */
export async function findOfficeArea(ctx: ServiceContext): Promise<AreaRow | null> {
  return (await areasRepository.selectAreas(ctx.db, ctx.tenantId)).find((a) => a.tier === 1) ?? null;
}
