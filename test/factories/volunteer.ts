import type { TestClient } from '../support/http-client.ts';

type ApiArea = { id: string; name: string; districts: { id: string; name: string }[] };
type ApiHelpType = { id: string; name: string };

/** District and help-type ids by name, read through the public API as a form would show them. */
export async function volunteerChoices(client: TestClient) {
  const areas = ((await (await client.get('/api/v1/areas')).json()) as { areas: ApiArea[] }).areas;
  const helpTypes = ((await (await client.get('/api/v1/help-types')).json()) as { helpTypes: ApiHelpType[] }).helpTypes;
  return {
    district: (name: string) => areas.flatMap((a) => a.districts).find((d) => d.name === name)!.id,
    area: (name: string) => areas.find((a) => a.name === name)!.id,
    helpType: (name: string) => helpTypes.find((h) => h.name === name)!.id,
  };
}

/** The fields of a valid volunteer form; override any of them. */
export function buildVolunteerForm(districtId: string, helpTypeId: string, overrides: Record<string, string | null> = {}): Record<string, string | null> {
  return {
    name: '佐藤 一郎',
    nameReading: 'さとう いちろう',
    ageBand: '60s',
    phone: '0166-23-0742',
    email: '',
    postalCode: '078-8234',
    address: '旭川市豊岡4条1丁目',
    districtId,
    helpTypeIds: helpTypeId,
    availability: '1:am',
    travelRange: 'district',
    travelMeans: 'walk',
    notes: '',
    ...overrides,
  };
}
