import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVolunteerForm, volunteerChoices } from '../../../../test/factories/volunteer.ts';
import { formFields } from '../../../../test/support/html-form.ts';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';

// A resident (or a son far away) who knows the address but not the 圏域:
// the town list of each 圏域 answers, and 「わからない」 reaches the office.
let testApp: TestApp;
let admin: TestClient;
let yamada: TestClient;
let choices: Awaited<ReturnType<typeof volunteerChoices>>;

const requestForm = '<form method="post" action="/help/request"';

async function areaIdNamed(name: string): Promise<string> {
  const [row] = await testApp.database.query('SELECT id FROM areas WHERE name = $1', [name]);
  return String(row!.id);
}

async function residentPlace(phone: string): Promise<{ areaId: string; districtId: string | null; address: string }> {
  const [row] = await testApp.database.query('SELECT area_id, district_id, address FROM residents WHERE phone = $1', [phone]);
  return { areaId: String(row!.area_id), districtId: (row!.district_id as string | null) ?? null, address: String(row!.address) };
}

/** The public help form as a resident sends it, with the 圏域 field as given. */
async function askForHelp(district: string, address: string, phone: string): Promise<Response> {
  const visitor = createClient(testApp);
  await visitor.get('/help/request');
  return visitor.post('/help/request', { residentName: '雪野 トメ', residentPhone: phone, residentAddress: address, residentDistrictId: district, referrerType: 'family', referrerName: '長男', helpTypeId: choices.helpType('除雪'), description: '玄関前の雪かき', consent: 'on' });
}

beforeAll(async () => {
  testApp = await createTestApp({ demoEvents: false });
  admin = createClient(testApp);
  yamada = createClient(testApp);
  await admin.signIn('admin@example.jp');
  await yamada.signIn('yamada@example.jp');
  choices = await volunteerChoices(admin);
});
afterAll(async () => testApp.close());

describe('お住まいの町名で探す on /areas', () => {
  it('names the 圏域 of an address written with 漢数字, its coordinator, and links to a request form already filled in', async () => {
    const html = await (await createClient(testApp).get(`/areas?town=${encodeURIComponent('旭川市東光三条五丁目')}`)).text();
    expect(html).toContain('お住まいの町名で探す');
    expect(html).toContain('「東光3条」は「A地域・東光」の圏域です。');
    expect(html).toContain('山田 花子');
    expect(html).toContain(`/help/request?district=${choices.district('東光')}&amp;address=`);
  });

  it('says plainly when no town matches and offers to ask without knowing the 圏域', async () => {
    const html = await (await createClient(testApp).get(`/areas?town=${encodeURIComponent('札幌市中央区北1条西2丁目')}`)).text();
    expect(html).toContain('に当たる町名が見つかりませんでした');
    expect(html).toContain('/help/request?district=unknown&amp;address=');
    expect(html).not.toContain('の圏域です。');
  });
});

describe('the help-request form with an address', () => {
  it('picks the 圏域 from the address when 「住所から圏域を探す」 is pressed, keeping what was typed', async () => {
    const visitor = createClient(testApp);
    const page = await (await visitor.get('/help/request?district=unknown')).text();
    const fields = Object.fromEntries(formFields(page, requestForm, { residentName: '雪野 トメ', residentAddress: '東光１２条３丁目' }));
    const suggested = await (await visitor.post('/help/request', { ...fields, intent: 'suggest' })).text();
    expect(suggested).toContain('住所から「A地域・東光」の圏域を選びました。');
    expect(suggested).toMatch(new RegExp(`<option value="${choices.district('東光')}" selected`));
    expect(suggested).toContain('value="雪野 トメ"');
  });

  it('sends 「わからない」 with an address that names a town to that 圏域, and the area coordinator sees it', async () => {
    expect((await askForHelp('unknown', '旭川市豊岡四条2丁目', '0166-31-0001')).status).toBe(303);
    const place = await residentPlace('0166-31-0001');
    expect(place).toEqual({ areaId: await areaIdNamed('A地域'), districtId: choices.district('豊岡'), address: '旭川市豊岡四条2丁目' });
    expect(await (await yamada.get('/staff/help-requests')).text()).toContain('雪野 トメ');
  });

  it('sends 「わからない」 with an address no 圏域 holds to the office (市全域), not to an area coordinator', async () => {
    expect((await askForHelp('unknown', '札幌市中央区北1条西2丁目', '0166-31-0002')).status).toBe(303);
    expect(await residentPlace('0166-31-0002')).toEqual({ areaId: await areaIdNamed('市全域'), districtId: null, address: '札幌市中央区北1条西2丁目' });
  });

  it('still takes a 圏域 chosen by hand, whatever the address says', async () => {
    expect((await askForHelp(choices.district('永山'), '東光3条', '0166-31-0003')).status).toBe(303);
    expect((await residentPlace('0166-31-0003')).districtId).toBe(choices.district('永山'));
  });
});

describe('the volunteer application with an address', () => {
  it('places an applicant who chose 「わからない」 by their address, or with the office when it names no town', async () => {
    for (const [address, phone] of [['神楽岡3条', '0166-32-0001'], ['札幌市', '0166-32-0002']] as const) {
      const visitor = createClient(testApp);
      await visitor.get('/volunteers/apply');
      const form = buildVolunteerForm('unknown', choices.helpType('除雪'), { address, phone, consent: 'on' });
      expect((await visitor.post('/volunteers/apply', form)).status).toBe(303);
    }
    const rows = await testApp.database.query('SELECT phone, area_id, district_id FROM volunteers WHERE phone LIKE $1 ORDER BY phone', ['0166-32-%']);
    expect(rows.map((r) => [r.district_id ?? null, r.area_id])).toEqual([
      [choices.district('神楽・西神楽'), await areaIdNamed('D地域')],
      [null, await areaIdNamed('市全域')],
    ]);
  });
});

describe('keeping the towns of a 圏域', () => {
  it('lets the area coordinator replace a district’s towns, and refuses a town that belongs to another 圏域', async () => {
    const areaA = await areaIdNamed('A地域');
    await yamada.get(`/staff/areas/${areaA}`);
    const taken = await yamada.post(`/staff/districts/${choices.district('豊岡')}/towns`, { towns: '豊岡1条\n東光5条' });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('ほかの圏域に登録済みの町名があります: 東光5条');
    const saved = await yamada.post(`/staff/districts/${choices.district('豊岡')}/towns`, { towns: '豊岡1条\n豊岡2条\n豊岡１条\n\n緑が丘' });
    expect(saved.status).toBe(303);
    expect(await (await yamada.get(`/staff/areas/${areaA}`)).text()).toContain('豊岡の町名（3）');
    expect(await (await createClient(testApp).get(`/areas?town=${encodeURIComponent('緑が丘3条')}`)).text()).toContain('「緑が丘」は「A地域・豊岡」の圏域です。');
  });

  it('lets an admin import 圏域,町名 from a Shift_JIS CSV and names a 圏域 the file gets wrong', async () => {
    const iconv = (await import('iconv-lite')).default;
    const upload = async (text: string) => {
      await admin.get('/staff/areas');
      const body = new FormData();
      body.set('_csrf', admin.csrfToken);
      body.set('file', new File([new Uint8Array(iconv.encode(text, 'CP932'))], 'towns.csv', { type: 'text/csv' }));
      return testApp.app.request('http://localhost/staff/areas/towns/import', { method: 'POST', body, headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    };
    const wrong = await upload('圏域,町名\n中央,宮下通\n存在しない圏域,どこか\n');
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('次の圏域が見つかりません: 存在しない圏域');
    const imported = await upload('圏域,町名\nB地域・中央,宮下通\n中央,緑町\n');
    expect(imported.status).toBe(303);
    expect(await (await createClient(testApp).get(`/areas?town=${encodeURIComponent('緑町5丁目')}`)).text()).toContain('「緑町」は「B地域・中央」の圏域です。');
    // The file replaced 中央's towns: 1条通 is no longer one of them.
    expect(await (await createClient(testApp).get(`/areas?town=${encodeURIComponent('1条通8丁目')}`)).text()).toContain('見つかりませんでした');
  });
});
