import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntakeForm } from '../../../test/factories/help-request.ts';
import { buildVolunteerForm, registerVolunteer, volunteerChoices } from '../../../test/factories/volunteer.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// A volunteer's monthly limit counts the assignments they accepted in the
// Japan calendar month, even for requests with no date (the public form asks none).
let testApp: TestApp;
let yamada: TestClient;
let volunteerId: string;
const requestUrls: string[] = [];

async function signInAt(instant: string): Promise<void> {
  testApp.clock.now = new Date(instant);
  yamada = createClient(testApp);
  await yamada.signIn('yamada@example.jp');
}

async function proposeAndAccept(requestUrl: string): Promise<void> {
  expect((await yamada.post(`${requestUrl}/matches`, { volunteerId })).status).toBe(303);
  const page = await (await yamada.get(`${requestUrl}/matches`)).text();
  const matchId = page.match(/\/staff\/matches\/([0-9a-f-]{36})\/answer/)![1]!;
  expect((await yamada.post(`/staff/matches/${matchId}/answer`, { answer: 'accept', note: '' })).status).toBe(303);
}

beforeAll(async () => {
  testApp = await createTestApp({ now: new Date('2026-11-30T05:00:00Z') });
  await signInAt('2026-11-30T05:00:00Z');
  const choices = await volunteerChoices(yamada);
  const toko = choices.district('東光');
  const dog = choices.helpType('ペットの散歩');
  volunteerId = await registerVolunteer(yamada, buildVolunteerForm(toko, dog, { name: '上限 花子', nameReading: 'じょうげん はなこ', availability: '3:am', monthlyAssignmentLimit: '2' }));
  for (const [i, reading] of ['いち', 'に', 'さん', 'よん'].entries()) {
    await yamada.get('/staff/help-requests/intake');
    const form = buildIntakeForm(toko, dog, { residentName: `依頼 ${i + 1}`, residentReading: `いらい ${reading}`, residentPhone: `0166-31-100${i}`, preferredOn: '', timeSlot: '' });
    const response = await yamada.post('/staff/help-requests/intake', form);
    expect(response.status).toBe(303);
    requestUrls.push(response.headers.get('location')!);
  }
});
afterAll(async () => testApp.close());

describe('the monthly limit', () => {
  it('counts only what was accepted in this month in Japan: 23:30 on 30 November is November, 00:30 on 1 December is December', async () => {
    await signInAt('2026-11-30T14:30:00Z');
    await proposeAndAccept(requestUrls[0]!);
    await signInAt('2026-11-30T15:30:00Z');
    await proposeAndAccept(requestUrls[1]!);
    await signInAt('2026-12-07T01:00:00Z');
    const html = await (await yamada.get(`${requestUrls[2]}/matches`)).text();
    expect(html).toContain('上限 花子');
    expect(html).toContain('今月の引き受け 1件／上限 2件');
  });

  it('leaves the volunteer out of ranking and refuses to propose them once the month is full, until the next month', async () => {
    await proposeAndAccept(requestUrls[2]!);
    const full = await (await yamada.get(`${requestUrls[3]}/matches`)).text();
    expect(full).not.toContain('上限 花子さんに提案する');
    const refused = await yamada.post(`${requestUrls[3]}/matches`, { volunteerId });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('この方は今、候補になっていません。');
    await signInAt('2027-01-05T01:00:00Z');
    const january = await (await yamada.get(`${requestUrls[3]}/matches`)).text();
    expect(january).toContain('上限 花子さんに提案する');
    expect(january).toContain('今月の引き受け 0件／上限 2件');
  });
});
