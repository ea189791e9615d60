import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntakeForm } from '../../../test/factories/help-request.ts';
import { volunteerChoices } from '../../../test/factories/volunteer.ts';
import { formFields } from '../../../test/support/html-form.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// The phone intake as a coordinator meets it: the caller may already have
// asked on the web, and a search is not yet a call worth a draft.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let choices: Awaited<ReturnType<typeof volunteerChoices>>;

const intakeForm = '<form method="post" action="/staff/help-requests/intake"';

/** What the intake form sends as it stands on `page`, with some fields typed. */
async function intakeFields(client: TestClient, page: string, typed: Record<string, string> = {}): Promise<Record<string, string>> {
  return Object.fromEntries(formFields(await (await client.get(page)).text(), intakeForm, typed));
}

async function draftCount(): Promise<number> {
  const [row] = await testApp.database.query('SELECT count(*)::int AS n FROM help_request_drafts');
  return Number(row!.n);
}

async function residentIdByPhone(phone: string): Promise<string> {
  const [row] = await testApp.database.query('SELECT id FROM residents WHERE phone = $1', [phone]);
  return String(row!.id);
}

/** Searches on the intake form as typed, then presses 「…さんで受付」; returns the intake page with the resident chosen and its draft id. */
async function chooseResident(client: TestClient, q: string): Promise<{ html: string; draftId: string }> {
  const searched = await client.post('/staff/help-requests/intake', { ...(await intakeFields(client, '/staff/help-requests/intake', { q })), intent: 'search' });
  const results = await (await client.get(searched.headers.get('location')!)).text();
  const residentId = results.match(/value="choose:([0-9a-f-]{36})"/)![1]!;
  const chosen = await client.post('/staff/help-requests/intake', { ...Object.fromEntries(formFields(results, intakeForm)), intent: `choose:${residentId}` });
  expect(chosen.status).toBe(303);
  const location = chosen.headers.get('location')!;
  return { html: await (await client.get(location)).text(), draftId: new URL(location, 'http://x').searchParams.get('draft')! };
}

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  yamada = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  choices = await volunteerChoices(admin);
  // A daughter sends the web form for her mother; the mother then phones herself.
  const visitor = createClient(testApp);
  await visitor.get('/help/request');
  const sent = await visitor.post('/help/request', { residentName: '東 ミツ', residentPhone: '0166-34-5678', residentDistrictId: choices.district('東光'), referrerType: 'family', referrerName: '長女', helpTypeId: choices.helpType('除雪'), description: '玄関前の雪かき', consent: 'on' });
  expect(sent.status).toBe(303);
});
afterAll(async () => testApp.close());

describe('choosing an existing resident', () => {
  let residentId: string;
  let webRequestId: string;
  let endedRequestId: string;
  let elsewhereRequestId: string;

  beforeAll(async () => {
    residentId = await residentIdByPhone('0166-34-5678');
    const [web] = await testApp.database.query('SELECT id, area_id FROM help_requests WHERE resident_id = $1', [residentId]);
    webRequestId = String(web!.id);
    // An earlier request of hers that could not be answered, and one kept in another area (she lived there before).
    const first = await yamada.post('/staff/help-requests/intake', buildIntakeForm('', choices.helpType('ゴミ出し'), { residentId, residentName: '', residentReading: '', residentPhone: '', residentAddress: '', household: '', situationNotes: '', preferredOn: '' }));
    endedRequestId = first.headers.get('location')!.split('/').pop()!;
    await yamada.get(`/staff/help-requests/${endedRequestId}`);
    expect((await yamada.post(`/staff/help-requests/${endedRequestId}/status`, { toStatus: 'unmet', onDate: '2026-11-23', unmetReason: 'no_volunteer', outcome: '' })).status).toBe(303);
    const [elsewhere] = await testApp.database.query(
      `INSERT INTO help_requests (tenant_id, resident_id, area_id, help_type_id, referrer_type, frequency, urgency, status, status_since, source, received_on)
       VALUES ($1, $2, $3, $4, 'self', 'once', 'normal', 'received', '2026-11-01', 'phone', '2026-11-01') RETURNING id`,
      [testApp.demo.id, residentId, choices.area('B地域'), choices.helpType('買い物同行')],
    );
    elsewhereRequestId = String(elsewhere!.id);
  });

  it('shows her open web request and her ended one beside the choice, each linked', async () => {
    const { html } = await chooseResident(yamada, '0166345678');
    expect(html).toContain('別の方にする');
    expect(html).toContain('対応中の依頼が1件あります。');
    expect(html).toContain(`href="/staff/help-requests/${webRequestId}"`);
    expect(html).toContain('除雪</a>（受付・ウェブから依頼）');
    expect(html).toContain(`href="/staff/help-requests/${endedRequestId}"`);
    expect(html).toContain('ゴミ出し</a>（対応できず・電話で受付）');
  });

  it("links only requests of the coordinator's own areas, all of them for an admin", async () => {
    expect((await chooseResident(yamada, '0166-34-5678')).html).not.toContain(elsewhereRequestId);
    const forAdmin = (await chooseResident(admin, '0166-34-5678')).html;
    expect(forAdmin).toContain(`href="/staff/help-requests/${elsewhereRequestId}"`);
    expect(forAdmin).toContain('対応中の依頼が2件あります。');
  });

  it('leaves an audit row naming the requests shown', async () => {
    await chooseResident(yamada, '0166-34-5678');
    const rows = await testApp.database.query(`SELECT after FROM audit_log WHERE action = 'list' AND entity_type = 'resident' AND entity_id = $1 AND after->>'list' = 'resident_requests'`, [residentId]);
    expect(rows.length).toBeGreaterThan(0);
    expect((rows.at(-1)!.after as { helpRequestIds: string[] }).helpRequestIds).toEqual(expect.arrayContaining([webRequestId, endedRequestId]));
  });

  it('names the chosen resident in the drafts list', async () => {
    const { draftId } = await chooseResident(yamada, '0166-34-5678');
    const list = await (await yamada.get('/staff/help-requests')).text();
    expect(list).toContain(`<a href="/staff/help-requests/intake?draft=${draftId}">東 ミツ</a>`);
  });
});

describe('drafts', () => {
  it('are not saved by a search alone, by the button or by the autosave', async () => {
    const before = await draftCount();
    const searched = await yamada.post('/staff/help-requests/intake', { ...(await intakeFields(yamada, '/staff/help-requests/intake', { q: 'きたの' })), intent: 'search' });
    expect(searched.status).toBe(303);
    expect(searched.headers.get('location')).toBe(`/staff/help-requests/intake?q=${encodeURIComponent('きたの')}`);
    const autosave = await yamada.json('POST', '/staff/help-requests/drafts', { draftId: '', fields: { q: 'きたの', referrerType: 'self', frequency: 'once', urgency: 'normal', description: '' } });
    expect(((await autosave.json()) as { draftId: string }).draftId).toBe('');
    expect(await draftCount()).toBe(before);
  });

  it('keep what was typed before a search', async () => {
    const before = await draftCount();
    const searched = await yamada.post('/staff/help-requests/intake', { ...(await intakeFields(yamada, '/staff/help-requests/intake', { q: 'きたの', description: '電球が切れた' })), intent: 'search' });
    expect(new URL(searched.headers.get('location')!, 'http://x').searchParams.get('draft')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await draftCount()).toBe(before + 1);
  });

  it('can be discarded from the drafts list and from the intake screen, and are gone afterwards', async () => {
    for (const from of ['list', 'intake'] as const) {
      const saved = await yamada.post('/staff/help-requests/intake', { ...(await intakeFields(yamada, '/staff/help-requests/intake', { residentName: `破棄 ${from}` })), intent: 'draft' });
      const draftId = new URL(saved.headers.get('location')!, 'http://x').searchParams.get('draft')!;
      const page = from === 'list' ? await (await yamada.get('/staff/help-requests')).text() : await (await yamada.get(`/staff/help-requests/intake?draft=${draftId}`)).text();
      const action = from === 'list' ? `action="/staff/help-requests/drafts/${draftId}/discard"` : `formaction="/staff/help-requests/drafts/${draftId}/discard"`;
      expect(page, from).toContain(action);
      const discarded = await yamada.post(`/staff/help-requests/drafts/${draftId}/discard`, {});
      expect(discarded.status).toBe(303);
      const list = await (await yamada.get('/staff/help-requests')).text();
      expect(list).toContain('下書きを破棄しました。');
      expect(list).not.toContain(draftId);
      expect((await yamada.get(`/staff/help-requests/intake?draft=${draftId}`)).status).toBe(404);
    }
  });
});
