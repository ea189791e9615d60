// Open data carries the 全国地方公共団体コード of the municipality that
// published each row. A row of a neighbouring town's file is usually a file
// picked by mistake, so the dry run says so. Tenants have no code of their
// own: their municipality is read from their address, or else their name.
import { splitJapaneseAddress } from '../hsds/japanese-address.ts';
import type { ImportedResource, ImportProblem } from './imported-resource.ts';

/** The tenant's municipality: the city of its address, or the start of its name (旭川市社会福祉協議会 → 旭川市); '' when neither tells. */
export function tenantMunicipality(tenant: { address: string; name: string }): string {
  return splitJapaneseAddress(tenant.address).city || splitJapaneseAddress(tenant.name).city;
}

const withoutPrefecture = (name: string) => splitJapaneseAddress(name).rest || name;
// 札幌市 and 札幌市中央区 are the same city.
const isSameMunicipality = (a: string, b: string) => a.includes(b) || b.includes(a);
// The sixth digit is a check digit that some files leave off.
const codeKey = (code: string) => code.slice(0, 5);

/** Builds the check for one file: a warning for each row whose code (or the name beside it) is another municipality's than the tenant's. */
export function otherMunicipalityCheck(resources: ImportedResource[], tenantCity: string): (resource: ImportedResource) => ImportProblem | null {
  if (tenantCity === '') return () => null;
  const isTenants = (r: ImportedResource) => r.municipalityName !== '' && isSameMunicipality(withoutPrefecture(r.municipalityName), tenantCity);
  // A code with no name beside it is the tenant's when named rows of the file give it that code.
  const tenantCodes = new Set(resources.filter((r) => r.municipalityCode && isTenants(r)).map((r) => codeKey(r.municipalityCode!)));
  return (resource): ImportProblem | null => {
    const code = resource.municipalityCode;
    if (!code) return null;
    const isOther = resource.municipalityName !== '' ? !isTenants(resource) : tenantCodes.size > 0 && !tenantCodes.has(codeKey(code));
    if (!isOther) return null;
    if (resource.municipalityName === '') return { field: 'municipalityCode', messageKey: 'import.otherMunicipalityCode', severity: 'warning', params: { code, tenant: tenantCity } };
    return { field: 'municipalityCode', messageKey: 'import.otherMunicipality', severity: 'warning', params: { code, value: resource.municipalityName, tenant: tenantCity } };
  };
}
