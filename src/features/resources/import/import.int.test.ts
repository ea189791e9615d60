import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { commandLineActor } from '../../../platform/context/service-context.ts';
import { createDistrict } from '../../areas/service.ts';
import { createResource, findResourceHistory, searchResources } from '../service.ts';
import { resourceInput } from '../validation.ts';
import { applyImport, planImport } from './service.ts';
import { messagesJa } from '../../../platform/i18n/messages-ja.ts';
import { normalizeForSearch } from '../../../platform/japanese-text/search-normalize.ts';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');
const read = (name: string) => fs.readFileSync(path.join(fixtures, name));

let testApp: TestApp;
let admin: TestClient;
beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
});
afterAll(async () => testApp.close());

const ctx = () => ({ db: testApp.database.db, tenantId: testApp.demo.id, actor: commandLineActor(testApp.demo.id), now: testApp.clock.now, requestId: 'test' });

async function countListings(): Promise<number> {
  const [row] = await testApp.database.query('SELECT count(*)::int AS n FROM resources WHERE tenant_id = $1', [testApp.demo.id]);
  return Number(row!.n);
}

/** Uploads a file to the import page as the browser would and returns the preview page. */
async function previewOnPage(fileName: string, bytes: Buffer): Promise<{ status: number; html: string }> {
  await admin.get('/staff/resources/import');
  const form = new FormData();
  form.set('_csrf', admin.csrfToken);
  form.set('file', new Blob([new Uint8Array(bytes)]), fileName);
  const response = await testApp.app.request('http://localhost/staff/resources/import', {
    method: 'POST',
    body: form,
    headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  return { status: response.status, html: await response.text() };
}

describe('reading files as spreadsheets open them', () => {
  it('plans a CKAN download whose header ends CRLF and whose rows end LF', async () => {
    const file = Buffer.from('名称,名称_カナ,困りごと,説明\r\n改行まじりの会,かいぎょうまじりのかい,交流・サロン,"お茶会\n見学歓迎"\n空欄の会,,"",""\n');
    const plan = await planImport(ctx(), file, 'ckan.csv');
    expect(plan.rows.map((r) => [r.line, r.name, r.action])).toEqual([[2, '改行まじりの会', 'create'], [3, '空欄の会', 'create']]);
    expect(plan.rows[0]!.input!.description).toBe('お茶会\n見学歓迎');
  });

  it('rejects the half row a cut download ends in, saying so, and plans the rows before it', async () => {
    const whole = Buffer.from('名称,名称_カナ,困りごと,電話番号\r\n切れる前の会,きれるまえのかい,交流・サロン,0166-11-1111\r\n切れた会,きれたか');
    const plan = await planImport(ctx(), whole, 'cut.csv');
    expect(plan.rows.map((r) => [r.line, r.name, r.action])).toEqual([[2, '切れる前の会', 'create'], [3, '切れた会', 'reject']]);
    expect(plan.rows[1]!.problems[0]).toMatchObject({ messageKey: 'import.truncatedFewerCells', severity: 'error', params: { found: 2, expected: 4 } });
    const inCharacter = await planImport(ctx(), whole.subarray(0, whole.length - 1), 'cut-character.csv');
    expect(inCharacter).toMatchObject({ encoding: 'utf-8', rows: [{ action: 'create' }, { action: 'reject', name: '切れた会' }] });
    expect(inCharacter.rows[1]!.problems[0]!.messageKey).toBe('import.truncatedCharacter');
    const { html } = await previewOnPage('cut.csv', whole);
    expect(html).toContain('ファイルの最後の行が途中で切れています（列が4個のはずが2個しかありません）');
  });

  it('takes the header under a municipal list’s title and date, and says so on the page', async () => {
    const file = Buffer.from('公共施設一覧（令和6年4月1日現在）\r\n\r\n名称,名称_カナ,住所\r\n表題の下の公民館,ひょうだいのしたのこうみんかん,旭川市東光9条5丁目\r\n');
    const plan = await planImport(ctx(), file, 'titled.csv');
    expect(plan).toMatchObject({ format: 'public-facilities', notices: [{ messageKey: 'import.headerRowTaken', params: { line: 3 } }] });
    expect(plan.rows.map((r) => [r.line, r.name, r.action])).toEqual([[4, '表題の下の公民館', 'create']]);
    expect((await previewOnPage('titled.csv', file)).html).toContain('3行目を見出しとして使いました');
  });

  it('says on the page that headings in another encoding are 文字化け, not unknown headings', async () => {
    const { status, html } = await previewOnPage('euc.csv', iconv.encode('名称,名称_カナ,住所\r\n東光会館,とうこうかいかん,旭川市\r\n', 'EUC-JP'));
    expect(status).toBe(422);
    expect(html).toContain('見出しが文字化けしています（Shift_JIS (CP932) として読みました');
  });

  it('refuses on the page a quote that is never closed, with its row and what is there', async () => {
    const { status, html } = await previewOnPage('open-quote.csv', Buffer.from('名称,困りごと,説明\r\nA,,"見学歓迎\r\nB,,説明\r\n'));
    expect(status).toBe(422);
    expect(html).toContain('2行目で始まる引用符');
    expect(html).toContain('&quot;見学歓迎');
  });
});

describe('importing listings', () => {
  it('previews the real Hakodate open-data file without changing anything', async () => {
    const plan = await planImport(ctx(), read('hakodate-public-toilet-excerpt.csv'), 'hakodate.csv');
    expect(plan.format).toBe('municipal-standard-toilets');
    expect(plan.rows).toHaveLength(16);
    expect(plan.rows.every((r) => r.action === 'create')).toBe(true);
    expect(await countListings()).toBe(0);
  });

  it('imports a Sasaeai CSV with BOM, then updates instead of duplicating on re-import', async () => {
    const file = read('sasaeai-utf8-bom.csv');
    // The fixture has one row without a name, on purpose.
    const first = await applyImport(ctx(), file, 'sasaeai.csv', { skipInvalid: true });
    expect(first.created).toBe(4);
    expect(first.skipped).toBe(1);
    expect(first.updated).toBe(0);
    const afterFirst = await countListings();
    const again = await applyImport(ctx(), file, 'sasaeai.csv', { skipInvalid: true });
    expect(again).toMatchObject({ created: 0, updated: 4, skipped: 1 });
    expect(await countListings()).toBe(afterFirst);
    const salon = (await (await createClient(testApp).get(`/api/v1/resources?q=${encodeURIComponent('ふれあいサロン')}`)).json()) as { results: { name: string; place: { districtId: string | null } }[] };
    expect(salon.results[0]?.name).toBe('東光ふれあいサロン');
    expect(salon.results[0]?.place.districtId).not.toBeNull();
  });

  it('updates re-imported listings in bulk: fields, categories and one history entry each, the later of two rows winning', async () => {
    const header = '名称,名称_カナ,困りごと,電話番号\n';
    await applyImport(ctx(), Buffer.from(`${header}一括更新の会,いっかつこうしんのかい,除雪,0166-11-1111\n一括更新の集い,いっかつこうしんのつどい,交流・サロン,\n`), 'first.csv', { skipInvalid: false });
    const changed = `${header}一括更新の会,いっかつこうしんのかい,趣味・生きがい,0166-22-2222\n一括更新の集い,いっかつこうしんのつどい,除雪,0166-33-3333\n一括更新の集い,いっかつこうしんのつどい,見守り・安否確認,0166-44-4444\n`;
    expect(await applyImport(ctx(), Buffer.from(changed), 'second.csv', { skipInvalid: false })).toMatchObject({ created: 0, updated: 3, skipped: 0 });
    const query = (category: string) => ({ q: '一括更新', category, free: false, transport: false, target: '', sort: 'reading' as const });
    const byCategory = async (category: string) => (await searchResources(ctx(), query(category), { includeDrafts: true })).results.map((r) => `${r.name} ${r.phone}`);
    expect(await byCategory('hobby')).toEqual(['一括更新の会 0166-22-2222']);
    expect(await byCategory('snow')).toEqual([]);
    expect(await byCategory('watching')).toEqual(['一括更新の集い 0166-44-4444']);
    const [listing] = (await searchResources(ctx(), query('hobby'), { includeDrafts: true })).results;
    const history = await findResourceHistory(ctx(), listing!.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'import']);
    expect(history[0]!.before).toMatchObject({ phone: '0166-11-1111' });
    expect(history[0]!.after).toMatchObject({ phone: '0166-22-2222' });
    expect(history[0]!.after).not.toHaveProperty('searchKeys');
  });

  it('keeps names as typed, brackets included, and still matches a name stored folded', async () => {
    const header = '名称,名称_カナ,困りごと,電話番号\n';
    const file = Buffer.from(`${header}かっこの会（東光）,かっこのかい,交流・サロン,\n`);
    expect(await applyImport(ctx(), file, 'brackets.csv', { skipInvalid: false })).toMatchObject({ created: 1 });
    expect(await applyImport(ctx(), file, 'brackets.csv', { skipInvalid: false })).toMatchObject({ created: 0, updated: 1 });
    const names = async () => (await searchResources(ctx(), { q: 'かっこの会', free: false, transport: false, target: '' }, { includeDrafts: true })).results.map((r) => r.name);
    expect(await names()).toEqual(['かっこの会（東光）']);
    // A listing an earlier import stored as かっこの会(旧) is the same listing when a file says （旧）.
    await testApp.database.query(`UPDATE resources SET name = 'かっこの会(旧)' WHERE name = 'かっこの会（東光）'`);
    const old = Buffer.from(`${header}かっこの会（旧）,かっこのかい,交流・サロン,\n`);
    expect(await applyImport(ctx(), old, 'old.csv', { skipInvalid: false })).toMatchObject({ created: 0, updated: 1 });
    expect(await names()).toEqual(['かっこの会（旧）']);
  });

  it('reads a Shift_JIS (CP932) file', async () => {
    const utf8 = read('sasaeai-utf8-bom.csv').toString('utf8').replace(/^\uFEFF/, '').replace(/〜/g, '～');
    const plan = await planImport(ctx(), iconv.encode(utf8, 'cp932'), 'sjis.csv');
    expect(plan.encoding).toBe('cp932');
    expect(plan.rows.some((r) => r.name === '東光ふれあいサロン')).toBe(true);
  });

  it('changes nothing when a file has bad rows, unless told to skip them', async () => {
    const header = '名称,名称_カナ,困りごと,電話番号\n';
    const csv = Buffer.from(`${header}新しい集い,あたらしいつどい,交流・サロン,\n,なまえなし,交流・サロン,\n`);
    const before = await countListings();
    await expect(applyImport(ctx(), csv, 'bad.csv', { skipInvalid: false })).rejects.toMatchObject({ code: 'import_has_errors' });
    expect(await countListings()).toBe(before);
    const result = await applyImport(ctx(), csv, 'bad.csv', { skipInvalid: true });
    expect(result).toMatchObject({ created: 1, updated: 0, skipped: 1 });
  });

  it('plans a file again against the districts as they are now, though its parse is reused', async () => {
    const [area] = await testApp.database.query(`SELECT id, name FROM areas WHERE tenant_id = $1 AND tier = 2 AND archived_at IS NULL ORDER BY name LIMIT 1`, [testApp.demo.id]);
    const csv = Buffer.from(`名称,名称_カナ,困りごと,地域,圏域\n新しい地区の集い,あたらしいちくのつどい,交流・サロン,${area!.name},できたて地区\n`);
    const before = await planImport(ctx(), csv, 'new-district.csv');
    expect(before.rows[0]!.problems.map((p) => p.messageKey)).toContain('import.unknownDistrict');
    expect(before.rows[0]!.input!.districtId).toBeNull();
    const district = await createDistrict(ctx(), { areaId: String(area!.id), name: 'できたて地区', nameReading: '', latitude: null, longitude: null, sortOrder: 0 });
    const after = await planImport(ctx(), csv, 'new-district.csv');
    expect(after.rows[0]!.problems).toEqual([]);
    expect(after.rows[0]!.input!.districtId).toBe(district.id);
  });

  it('walks through upload, preview and import on the staff pages', async () => {
    const { status, html } = await previewOnPage('kayoinoba.csv', read('kayoinoba.csv'));
    expect(status).toBe(200);
    expect(html).toContain('厚生労働省 通いの場');
    const fileData = html.match(/name="fileData" value="([^"]+)"/)![1]!;
    const before = await countListings();
    const applied = await admin.post('/staff/resources/import/apply', { fileName: 'kayoinoba.csv', fileData, skipInvalid: 'on' });
    expect(applied.status).toBe(200);
    expect(await applied.text()).toContain('取り込みました');
    expect(await countListings()).toBeGreaterThan(before);
  });

  it('keeps the importer to administrators', async () => {
    const coordinator = createClient(testApp);
    await coordinator.signIn('yamada@example.jp');
    expect((await coordinator.get('/staff/resources/import')).status).toBe(403);
  });
});

describe('readings', () => {
  it('keeps digits and letters in imported readings, stores them in hiragana as typed ones, and sorts them in 五十音順', async () => {
    const file = Buffer.from('名称,名称_カナ,困りごと\n新城1号緑地,シンジョウ１ゴウリョクチ,\nあさひ緑地,アサヒリョクチ,\n新城こども緑地,しんじょうこどもりょくち,\n');
    const plan = await planImport(ctx(), file, 'readings.csv');
    expect(plan.rows.map((r) => [r.name, r.input?.nameReading, r.problems])).toEqual([
      ['新城1号緑地', 'しんじょう1ごうりょくち', []],
      ['あさひ緑地', 'あさひりょくち', []],
      ['新城こども緑地', 'しんじょうこどもりょくち', []],
    ]);
    await applyImport(ctx(), file, 'readings.csv', { skipInvalid: false });
    const typed = await createResource(ctx(), resourceInput.parse({ name: '新城２号緑地', nameReading: 'シンジョウ２ゴウリョクチ' }));
    expect(typed.resource.nameReading).toBe('しんじょう2ごうりょくち');
    const sorted = await searchResources(ctx(), { q: '緑地', free: false, transport: false, target: '', sort: 'reading' }, { includeDrafts: true });
    expect(sorted.results.map((r) => r.name)).toEqual(['あさひ緑地', '新城1号緑地', '新城２号緑地', '新城こども緑地']);
  });
});

describe('notes residents need', () => {
  it('shows 利用可能時間特記事項 and a toilet’s 設置位置 on the public page, not only in the staff note', async () => {
    const facilities = Buffer.from('名称,名称_カナ,住所,利用可能曜日,利用可能時間特記事項\n特記事項の会館,とっきじこうのかいかん,旭川市東光,月〜金,祝日と年末年始は利用不可\n');
    const toilets = Buffer.from('全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,所在地_連結表記,設置位置\n012041,T-1,旭川市,設置位置のトイレ,せっちいちのといれ,旭川市東光,公園の北側駐車場横\n');
    await applyImport(ctx(), facilities, 'facilities.csv', { skipInvalid: false });
    await applyImport(ctx(), toilets, 'toilets.csv', { skipInvalid: false });
    const rows = await testApp.database.query(`UPDATE resources SET is_published = true WHERE tenant_id = $1 AND name IN ('特記事項の会館', '設置位置のトイレ') RETURNING id, staff_note`, [testApp.demo.id]);
    expect(rows).toHaveLength(2);
    const pages = await Promise.all(rows.map(async (row) => (await createClient(testApp).get(`/resources/${row.id}`)).text()));
    expect(pages.join('')).toContain('祝日と年末年始は利用不可');
    expect(pages.join('')).toContain('設置位置: 公園の北側駐車場横');
    expect(rows.map((row) => row.staff_note).join('')).toBe('');
  });
});

describe('accessibility', () => {
  it('makes the accessibility columns of the 推奨 toilet layout and the 正式版 searchable by the words residents type', async () => {
    const toilets = Buffer.from('都道府県コード又は市区町村コード,NO,名称,名称_カナ,住所,車椅子使用者用トイレ有無\n012041,1,検索される公園トイレ,けんさくされるこうえんといれ,旭川市常磐公園,有\n');
    const facilities = Buffer.from('全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,所在地_連結表記,車椅子貸出,授乳室\n012041,F-9,旭川市,検索される会館,けんさくされるかいかん,旭川市7条通,有,有\n');
    await applyImport(ctx(), toilets, 'toilets.csv', { skipInvalid: false });
    await applyImport(ctx(), facilities, 'facilities.csv', { skipInvalid: false });
    const found = async (q: string) =>
      (await searchResources(ctx(), { q: `検索される ${q}`, free: false, transport: false, target: '' }, { includeDrafts: true })).results.map((r) => r.name).sort();
    expect(await found('車いす')).toEqual(['検索される会館', '検索される公園トイレ']);
    expect(await found('バリアフリー')).toEqual(['検索される公園トイレ']);
    expect(await found('授乳室')).toEqual(['検索される会館']);
  });
});

describe('provider types', () => {
  it('recognises the city named as 団体名 as a public body instead of 住民主体, and says it guessed', async () => {
    const file = Buffer.from('都道府県コード又は市区町村コード,市区町村名,名称,名称_カナ,住所,団体名\n012041,旭川市,市の体育館,しのたいいくかん,旭川市花咲町,旭川市\n012041,旭川市,ひだまり食堂,ひだまりしょくどう,旭川市東光,ひだまりの会\n');
    const plan = await planImport(ctx(), file, 'providers.csv');
    expect(plan.rows.map((r) => r.input?.providerType)).toEqual(['government', 'resident_group']);
    expect(plan.rows.map((r) => r.problems.map((p) => p.messageKey))).toEqual([['import.providerTypeGuessed'], ['import.providerTypeDefault']]);
    const { html } = await previewOnPage('providers.csv', file);
    expect(html).toContain('団体名「旭川市」から「行政」と推定しました');
    expect(html).toContain('団体名「ひだまりの会」からも分からないため「住民主体」にしました');
  });
});

describe('what the import keeps, said in the dry run', () => {
  it('warns of an Excel exponent number, a name under two IDs and another municipality’s code, and names the unused columns', async () => {
    const file = Buffer.from(
      '都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,住所,法人番号,備考,料金\n' +
        '012041,K-1,北海道,旭川市,指数の会館,しすうのかいかん,旭川市東光,4.00E+12,,\n' +
        '012041,K-2,北海道,旭川市,指数の会館,しすうのかいかん,旭川市豊岡,,,\n' +
        '012025,K-3,北海道,函館市,よその会館,よそのかいかん,函館市若松町,,,\n',
    );
    const plan = await planImport(ctx(), file, 'keeps.csv');
    expect(plan.rows.map((r) => [r.action, r.problems.map((p) => p.messageKey).filter((k) => k !== 'import.providerTypeGuessed')])).toEqual([
      ['create', ['import.scientificNumber']],
      ['create', ['import.sameNameOtherId']],
      ['create', ['import.otherMunicipality']],
    ]);
    expect(plan.rows[2]!.problems.find((p) => p.messageKey === 'import.otherMunicipality')!.params).toEqual({ code: '012025', value: '函館市', tenant: '旭川市' });
    expect(plan.notices.map((n) => n.messageKey)).toEqual(['import.columnsKeptInNote', 'import.columnsRepeated']);
    const { html } = await previewOnPage('keeps.csv', file);
    for (const text of ['法人番号の「4.00E+12」は、Excelが指数表記にした数値', '2行目にも別のID（K-1）で載っています', '全国地方公共団体コード 012025（函館市）は、この団体の市区町村（旭川市）とは別', '値を職員用メモに残します: 法人番号、料金', '他の列と同じ内容のため使いませんでした: 都道府県名']) {
      expect(html).toContain(text);
    }
  });
});

describe('naming what a file is', () => {
  it('imports WAM NET 障害福祉サービス as its own format, and a second import of it updates', async () => {
    const file = read('wamnet-disability.csv');
    const { html } = await previewOnPage('wamnet.csv', file);
    expect(html).toContain('形式: WAM NET 障害福祉サービス等情報');
    expect(await applyImport(ctx(), file, 'wamnet.csv', { skipInvalid: false })).toMatchObject({ created: 3, updated: 0, skipped: 0 });
    expect(await applyImport(ctx(), file, 'wamnet.csv', { skipInvalid: false })).toMatchObject({ created: 0, updated: 3 });
  });

  it('tells a 公衆トイレ一覧 from a 公共施設一覧, and does not call an Excel workbook UTF-8', async () => {
    const toilets = '都道府県コード又は市区町村コード,NO,名称,名称_カナ,住所,男性トイレ総数,車椅子使用者用トイレ有無\n012041,1,名付けの公園トイレ,なづけのこうえんといれ,旭川市常磐公園,2,有\n';
    expect((await previewOnPage('toilets.csv', Buffer.from(toilets))).html).toContain('形式: 推奨データセット 公衆トイレ一覧');
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('一覧');
    sheet.addRows([['名称', '名称_カナ', '住所'], ['名付けの公民館', 'なづけのこうみんかん', '旭川市東光']]);
    const { html } = await previewOnPage('facilities.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(html).toContain('形式: 推奨データセット 公共施設一覧　文字コード: Excel ブック（.xlsx）のため指定なし');
  });
});

describe('migration 0017: attribute words in the search text of listings imported before', () => {
  it('appends the words and grams a save would write, so 車いす finds the listing, and leaves current listings alone', async () => {
    const file = Buffer.from('都道府県コード又は市区町村コード,NO,名称,名称_カナ,住所,車椅子使用者用トイレ有無,授乳室\n012041,M-1,移行前の公園トイレ,いこうまえのこうえんといれ,旭川市,有,有\n012041,M-2,移行後の公園トイレ,いこうごのこうえんといれ,旭川市,有,無\n');
    await applyImport(ctx(), file, 'before.csv', { skipInvalid: false });
    const [saved] = await testApp.database.query("SELECT id, search_text, attributes FROM resources WHERE tenant_id = $1 AND name = '移行前の公園トイレ'", [testApp.demo.id]);
    // As the importer wrote it before: the body without the attribute words at its end, and no grams.
    const body = String(saved!.search_text).split('\n')[1]!;
    const words = (saved!.attributes as string[]).map((code) => normalizeForSearch(messagesJa[`resources.attribute.${code}` as keyof typeof messagesJa])).join(' ');
    expect(body.endsWith(` ${words}`)).toBe(true);
    const oldBody = body.slice(0, -words.length - 1);
    expect(oldBody).not.toContain('授乳室');
    await testApp.database.query('UPDATE resources SET search_text = $2, search_keys = ARRAY[]::text[] WHERE id = $1', [saved!.id, `${String(saved!.search_text).split('\n')[0]}\n${oldBody}`]);
    const found = async () => (await searchResources(ctx(), { q: '授乳室', free: false, transport: false, target: '' }, { includeDrafts: true })).results.map((r) => r.name);
    expect(await found()).not.toContain('移行前の公園トイレ');

    const migration = fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '../../../db/migrations/0017_attribute_words_in_search.sql'), 'utf8');
    const rewritten = await testApp.database.query(`${migration.trim().replace(/;$/, '')} RETURNING r.id`);
    expect(rewritten.map((r) => r.id)).toEqual([saved!.id]);
    const [after] = await testApp.database.query('SELECT search_text FROM resources WHERE id = $1', [saved!.id]);
    expect(after!.search_text).toBe(saved!.search_text);
    expect(await found()).toContain('移行前の公園トイレ');
  });
});
