import { describe, expect, it } from 'vitest';
import type { ImportedResource } from './imported-resource.ts';
import { otherMunicipalityCheck, tenantMunicipality } from './municipality-check.ts';

const row = (municipalityCode: string | null, municipalityName = '') => ({ municipalityCode, municipalityName }) as ImportedResource;

describe('the tenant’s municipality', () => {
  it('is the city of its address, or else the start of its name', () => {
    expect(tenantMunicipality({ address: '北海道旭川市5条通4丁目', name: '社協' })).toBe('旭川市');
    expect(tenantMunicipality({ address: '', name: '旭川市社会福祉協議会' })).toBe('旭川市');
    expect(tenantMunicipality({ address: '', name: 'ささえあいの会' })).toBe('');
  });
});

describe('otherMunicipalityCheck', () => {
  it('warns of a row named for another municipality, and of a bare code the named rows do not give the tenant', () => {
    const rows = [row('012041', '旭川市'), row('012025', '北海道函館市'), row('01204'), row('012025'), row(null)];
    const check = otherMunicipalityCheck(rows, '旭川市');
    expect(rows.map((r) => check(r)?.params ?? null)).toEqual([null, { code: '012025', value: '北海道函館市', tenant: '旭川市' }, null, { code: '012025', tenant: '旭川市' }, null]);
  });

  it('takes a ward of the tenant’s city as the tenant’s, and says nothing when the tenant’s municipality is not known', () => {
    expect(otherMunicipalityCheck([row('011011', '札幌市中央区')], '札幌市')(row('011011', '札幌市中央区'))).toBeNull();
    expect(otherMunicipalityCheck([row('012025', '函館市')], '')(row('012025', '函館市'))).toBeNull();
  });
});
