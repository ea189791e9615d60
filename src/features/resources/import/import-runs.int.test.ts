// Item 9 of issue 22: what an import leaves public, 「取り込んだものを公開する」,
// and the listings of one run changed together, all through the real pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TestClient } from '../../../../test/support/http-client.ts';
import { formFields } from '../../../../test/support/html-form.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { commandLineActor } from '../../../platform/context/service-context.ts';
import { findAreasWithDistricts } from '../../areas/service.ts';
import { createResource, findNeedCategories } from '../service.ts';
import { resourceInput } from '../validation.ts';

let testApp: TestApp;
let admin: TestClient;
beforeAll(async () => {
  testApp = await createTestApp();
  admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
});
afterAll(async () => testApp.close());

const ctx = () => ({ db: testApp.database.db, tenantId: testApp.demo.id, actor: commandLineActor(testApp.demo.id), now: testApp.clock.now, requestId: 'test' });

/** Uploads a file through the import page's form and returns the dry-run page. */
async function preview(fileName: string, text: string): Promise<string> {
  await admin.get('/staff/resources/import');
  const form = new FormData();
  form.set('_csrf', admin.csrfToken);
  form.set('file', new Blob([text]), fileName);
  const response = await testApp.app.request('http://localhost/staff/resources/import', {
    method: 'POST',
    body: form,
    headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  expect(response.status).toBe(200);
  return response.text();
}

/** Sends the form of `html` that starts at `formStart` as the browser would, with `typed` changed. */
async function submit(html: string, path: string, formStart: string, typed: Record<string, string> = {}, ticked: string[] = []): Promise<Response> {
  expect(ticked.every((name) => html.includes(`name="${name}"`))).toBe(true);
  return admin.post(path, { ...Object.fromEntries(formFields(html, formStart, typed)), ...Object.fromEntries(ticked.map((name) => [name, 'on'])) });
}

const publicNames = async (q: string) =>
  ((await (await createClient(testApp).get(`/api/v1/resources?q=${encodeURIComponent(q)}`)).json()) as { results: { name: string }[] }).results.map((r) => r.name).sort();

async function listings(q: string) {
  type Listing = { name: string; is_published: boolean; area_id: string | null; need_category_ids: string[]; archived_at: unknown };
  return (await testApp.database.query(
    'SELECT name, is_published, area_id, need_category_ids, archived_at FROM resources WHERE tenant_id = $1 AND name LIKE $2 ORDER BY name',
    [testApp.demo.id, `${q}%`],
  )) as Listing[];
}

describe('publishing what an import brought in', () => {
  it('says how many will be public, keeps a public listing public, and lists the run to change all of it at once', async () => {
    await createResource(ctx(), resourceInput.parse({ name: 'まとめ公開中の会', nameReading: 'まとめこうかいちゅうのかい', providerType: 'resident_group', isPublished: true }));
    const file = '名称,名称_カナ,説明\nまとめ公開中の会,まとめこうかいちゅうのかい,ファイルの説明\nまとめ新しい会,まとめあたらしいかい,\nまとめ新しい集い,まとめあたらしいつどい,\n';
    const dryRun = await preview('run.csv', file);
    expect(dryRun).toContain('取り込み後に公開されるのは1件、下書き（非公開）のままは2件です。');
    expect(dryRun).toContain('取り込んだものを公開する');

    const done = await (await submit(dryRun, '/staff/resources/import/apply', '<form method="post" action="/staff/resources/import/apply"')).text();
    expect(done).toContain('公開中 1件、下書き 2件。');
    const runLink = /href="(\/staff\/resources\?importRun=[0-9a-f-]+)"/.exec(done)![1]!;
    expect(await publicNames('まとめ')).toEqual(['まとめ公開中の会']);

    const run = await (await admin.get(runLink)).text();
    expect(run).toContain('この取り込みの3件');
    expect(run).toContain('run.csv');
    for (const name of ['まとめ公開中の会', 'まとめ新しい会', 'まとめ新しい集い']) expect(run).toContain(name);
    const runPath = /action="(\/staff\/resources\/import-runs\/[0-9a-f-]+)"/.exec(run)![1]!;

    const published = await submit(run, runPath, 'id="run-publish"');
    expect(published.status).toBe(303);
    expect(published.headers.get('location')).toBe(runLink);
    expect(await publicNames('まとめ')).toEqual(['まとめ公開中の会', 'まとめ新しい会', 'まとめ新しい集い']);

    const [category] = await findNeedCategories(ctx());
    const [area] = await findAreasWithDistricts(ctx());
    await submit(run, runPath, 'id="run-category"', { needCategoryId: category!.id });
    await submit(run, runPath, 'id="run-area"', { areaId: area!.id });
    const changed = await listings('まとめ');
    expect(changed.every((l) => l.is_published && l.area_id === area!.id && l.need_category_ids.includes(category!.id))).toBe(true);
    const history = await testApp.database.query("SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1 AND action = 'update' AND entity_type = 'resource'", [testApp.demo.id]);
    // One entry per listing and change: the file's update of one, then publish (two drafts), category and area (three each).
    expect(Number(history[0]!.n)).toBe(1 + 2 + 3 + 3);

    expect((await submit(run, runPath, 'id="run-archive"')).headers.get('location')).toBe('/staff/resources');
    expect((await listings('まとめ')).every((l) => l.archived_at !== null)).toBe(true);
    expect(await (await admin.get(runLink)).text()).toContain('この取り込みの0件');
    expect(await publicNames('まとめ')).toEqual([]);
  });

  it('publishes every reviewed row in the same step when 「取り込んだものを公開する」 is ticked', async () => {
    const dryRun = await preview('publish.csv', '名称,名称_カナ\n即公開の会,そくこうかいのかい\n即公開の集い,そくこうかいのつどい\n');
    const done = await (await submit(dryRun, '/staff/resources/import/apply', '<form method="post" action="/staff/resources/import/apply"', {}, ['publish'])).text();
    expect(done).toContain('公開中 2件、下書き 0件。');
    expect(await publicNames('即公開')).toEqual(['即公開の会', '即公開の集い']);
  });

  it('refuses a change to a run of another tenant or an unknown action', async () => {
    const response = await admin.post('/staff/resources/import-runs/00000000-0000-4000-8000-000000000000', { action: 'publish' });
    expect(response.status).toBe(404);
    const dryRun = await preview('bad.csv', '名称,名称_カナ\n変な操作の会,へんなそうさのかい\n');
    const done = await (await submit(dryRun, '/staff/resources/import/apply', '<form method="post" action="/staff/resources/import/apply"')).text();
    const runPath = `/staff/resources/import-runs/${/importRun=([0-9a-f-]+)/.exec(done)![1]}`;
    expect((await admin.post(runPath, { action: 'delete' })).status).toBe(422);
  });
});
