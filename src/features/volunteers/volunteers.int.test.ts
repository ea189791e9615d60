import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVolunteerForm, volunteerChoices } from '../../../test/factories/volunteer.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let choices: Awaited<ReturnType<typeof volunteerChoices>>;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  yamada = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  choices = await volunteerChoices(admin);
});
afterAll(async () => testApp.close());

type ApiVolunteer = { id: string; name: string; status: string; areaId: string; insurance: { state: string; expiresOn: string | null } };

async function volunteersSeenBy(client: TestClient): Promise<ApiVolunteer[]> {
  return ((await (await client.get('/api/v1/volunteers')).json()) as { volunteers: ApiVolunteer[] }).volunteers;
}

async function apply(form: Record<string, string | null>) {
  const visitor = createClient(testApp);
  await visitor.get('/volunteers/apply');
  return visitor.post('/volunteers/apply', { consent: 'on', ...form });
}

async function createByStaff(client: TestClient, form: Record<string, string | null>): Promise<string> {
  await client.get('/staff/volunteers/new');
  const response = await client.post('/staff/volunteers', { monthlyAssignmentLimit: '4', appliedOn: '', ...form });
  expect(response.status).toBe(303);
  return response.headers.get('location')!.split('/').pop()!;
}

describe('the public application form', () => {
  it("sends a resident's application to the coordinator of their area as 応募", async () => {
    const form = buildVolunteerForm(choices.district('豊岡'), choices.helpType('ペットの散歩'), { name: '応募 太郎', nameReading: 'おうぼ たろう' });
    const response = await apply(form);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/volunteers/apply/thanks');
    const mine = await volunteersSeenBy(yamada);
    expect(mine.find((v) => v.name === '応募 太郎')).toMatchObject({ status: 'applied', areaId: choices.area('A地域'), insurance: { state: 'none' } });
    const list = await (await yamada.get('/staff/volunteers?status=applied')).text();
    expect(list).toContain('応募 太郎');
  });

  it('refuses bad input with a Japanese message per field, keeps what was typed and writes nothing', async () => {
    const before = (await volunteersSeenBy(admin)).length;
    const form = buildVolunteerForm(choices.district('東光'), '', { name: '入力 誤り', nameReading: 'Nyuryoku', phone: '123', postalCode: '07', consent: null });
    const visitor = createClient(testApp);
    await visitor.get('/volunteers/apply');
    const response = await visitor.post('/volunteers/apply', form);
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('ふりがなは、ひらがな・カタカナで入力してください。');
    expect(html).toContain('電話番号の形式が正しくありません（例: 0166-23-0742）。');
    expect(html).toContain('郵便番号は7桁で入力してください（例: 070-0000）。');
    expect(html).toContain('できることを1つ以上選んでください。');
    expect(html).toContain('同意のうえでお申込みください。');
    expect(html).toContain('value="入力 誤り"');
    expect(html).toContain('value="Nyuryoku"');
    expect((await volunteersSeenBy(admin)).length).toBe(before);
  });

  it('asks for a phone number or an email address', async () => {
    const response = await apply(buildVolunteerForm(choices.district('豊岡'), choices.helpType('除雪'), { phone: '', email: '' }));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('電話番号かメールアドレスのどちらかを入力してください。');
  });

  it("refuses a district or help type that is not on the tenant's lists", async () => {
    const response = await apply(buildVolunteerForm('00000000-0000-4000-8000-000000000000', choices.helpType('除雪')));
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('選択肢から選んでください。');
  });
});

describe("staff entry and the volunteer's lifecycle", () => {
  it('walks 応募 → 面談済 → 登録 → 休止 with dates, and refuses skipping the interview or going back in time', async () => {
    const id = await createByStaff(yamada, buildVolunteerForm(choices.district('東光'), choices.helpType('囲碁・将棋の相手'), { name: '囲碁 好子', nameReading: 'いご よしこ', appliedOn: '2026-10-01' }));
    const skip = await yamada.post(`/staff/volunteers/${id}/status`, { toStatus: 'registered', onDate: '2026-10-05', note: '' });
    expect(skip.status).toBe(422);
    expect(await skip.text()).toContain('この状態からは選べません。');
    const early = await yamada.post(`/staff/volunteers/${id}/status`, { toStatus: 'interviewed', onDate: '2026-09-30', note: '' });
    expect(await early.text()).toContain('今の状態になった日より前の日付は選べません。');
    for (const [toStatus, onDate] of [['interviewed', '2026-10-05'], ['registered', '2026-10-10'], ['paused', '2026-11-01']] as const) {
      expect((await yamada.post(`/staff/volunteers/${id}/status`, { toStatus, onDate, note: '' })).status).toBe(303);
    }
    const profile = await (await yamada.get(`/staff/volunteers/${id}`)).text();
    expect(profile).toContain('令和8年10月1日 応募');
    expect(profile).toContain('令和8年10月10日 登録');
    expect(profile).toContain('休止（令和8年11月1日から）');
  });

  it('flags insurance: valid to 31 March of the 年度, and expired when taken out last 年度', async () => {
    const id = await createByStaff(admin, buildVolunteerForm(choices.district('中央'), choices.helpType('買い物同行'), { name: '保険 確認', nameReading: 'ほけん かくにん' }));
    await admin.get(`/staff/volunteers/${id}`);
    expect((await admin.post(`/staff/volunteers/${id}/insurance`, { insuranceEnrolledOn: '2026-04-20' })).status).toBe(303);
    expect(await (await admin.get(`/staff/volunteers/${id}`)).text()).toContain('令和9年3月31日まで有効');
    expect((await admin.post(`/staff/volunteers/${id}/insurance`, { insuranceEnrolledOn: '2025-06-01' })).status).toBe(303);
    expect(await (await admin.get(`/staff/volunteers/${id}`)).text()).toContain('期限切れ（令和8年3月31日まで）');
    const future = await admin.post(`/staff/volunteers/${id}/insurance`, { insuranceEnrolledOn: '2027-01-01' });
    expect(future.status).toBe(422);
    expect(await future.text()).toContain('加入日に未来の日付は入力できません。');
  });

  it('keeps a coordinator to the volunteers of their own areas, and staff away from personal data', async () => {
    const id = await createByStaff(admin, buildVolunteerForm(choices.district('永山'), choices.helpType('送迎'), { name: '別地域 次郎', nameReading: 'べつちいき じろう' }));
    expect((await volunteersSeenBy(yamada)).map((v) => v.name)).not.toContain('別地域 次郎');
    expect((await yamada.get(`/staff/volunteers/${id}`)).status).toBe(403);
    expect((await yamada.get(`/api/v1/volunteers/${id}`)).status).toBe(403);
    await yamada.get('/staff/volunteers/new');
    const outside = await yamada.post('/staff/volunteers', { ...buildVolunteerForm(choices.district('永山'), choices.helpType('送迎')), monthlyAssignmentLimit: '4' });
    expect(outside.status).toBe(422);
    expect(await outside.text()).toContain('担当している地域の圏域を選んでください。');
    const staff = createClient(testApp);
    await staff.signIn('staff@example.jp');
    expect((await staff.get('/staff/volunteers')).status).toBe(403);
    expect((await staff.get(`/staff/volunteers/${id}`)).status).toBe(403);
    expect((await staff.get('/api/v1/volunteers')).status).toBe(403);
  });

  it("leaves an audit row for every view of a volunteer's record", async () => {
    const id = await createByStaff(yamada, buildVolunteerForm(choices.district('豊岡'), choices.helpType('ゴミ出し'), { name: '監査 三郎', nameReading: 'かんさ さぶろう' }));
    await yamada.get(`/staff/volunteers/${id}`);
    await yamada.get(`/api/v1/volunteers/${id}`);
    const log = await (await admin.get('/staff/audit?entityType=volunteer')).text();
    const rows = log.split('<tr').filter((row) => row.includes(id));
    expect(rows.filter((row) => row.includes('閲覧') && row.includes('山田 花子'))).toHaveLength(2);
  });

  it('counts registered volunteers per 年度 on the list', async () => {
    const page = await (await admin.get('/staff/volunteers')).text();
    expect(page).toContain('年度ごとの登録者数');
    expect(page).toContain('令和8年度');
  });

  it('lets an admin add to the list of what volunteers can do', async () => {
    await admin.get('/staff/volunteers/help-types');
    expect((await admin.post('/staff/volunteers/help-types', { name: '草取り', nameReading: 'くさとり' })).status).toBe(303);
    const again = await admin.post('/staff/volunteers/help-types', { name: '草取り', nameReading: 'くさとり' });
    expect(await again.text()).toContain('その名前はすでに一覧にあります。');
    expect(await (await createClient(testApp).get('/volunteers/apply')).text()).toContain('草取り');
    expect((await yamada.get('/staff/volunteers/help-types')).status).toBe(403);
  });
});
