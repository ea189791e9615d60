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

/** Enters a volunteer as staff and takes them through interview to 登録, insured from `insuredOn` (null: never insured). */
export async function registerVolunteer(client: TestClient, form: Record<string, string | null>, insuredOn: string | null = '2026-04-10'): Promise<string> {
  await client.get('/staff/volunteers/new');
  const created = await client.post('/staff/volunteers', { monthlyAssignmentLimit: '4', appliedOn: '2026-04-01', ...form });
  if (created.status !== 303) throw new Error(`volunteer not created: ${created.status}`);
  const id = created.headers.get('location')!.split('/').pop()!;
  await client.post(`/staff/volunteers/${id}/status`, { toStatus: 'interviewed', onDate: '2026-04-05', note: '' });
  await client.post(`/staff/volunteers/${id}/status`, { toStatus: 'registered', onDate: '2026-04-06', note: '' });
  if (insuredOn) await client.post(`/staff/volunteers/${id}/insurance`, { insuranceEnrolledOn: insuredOn });
  return id;
}
