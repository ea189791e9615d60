import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formQuery } from '../../../test/support/html-form.ts';
import { createClient, type TestClient } from '../../../test/support/http-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

// A resident types words into the form on /resources and presses 検索: the
// browser sends every field of the form as it stands, the order select too.
let testApp: TestApp;
let visitor: TestClient;

const snowGroups = ['雪かき隊ひがし', '雪かき隊きた', '雪かきボランティアにし', '雪かき応援団みなみ'];

const submittedQuery = (html: string, typed: Record<string, string>) => formQuery(html, '<form method="get" action="/resources"', typed);

const resultNames = (html: string) => [...html.matchAll(/<h3[^>]*>\s*<a href="\/resources\/[0-9a-f-]{36}(?:\?[^"]*)?"[^>]*>([^<]+)<\/a>/g)].map((m) => m[1]!);

beforeAll(async () => {
  testApp = await createTestApp();
  const admin = createClient(testApp);
  await admin.signIn('admin@example.jp');
  const listing = (name: string, nameReading: string, description: string) => admin.json('POST', '/api/v1/resources', { isPublished: true, name, nameReading, description, costKind: 'free' });
  for (const [i, name] of snowGroups.entries()) expect((await listing(name, `ゆきかき${'たちつて'[i]}`, '玄関前の除雪を手伝います。')).status).toBe(201);
  // Both mention 雪かき only in passing, and sort first in 五十音順.
  expect((await listing('あんしん相談窓口', 'あんしんそうだんまどぐち', '暮らしの相談。雪かきの相談も受けます。')).status).toBe(201);
  expect((await listing('いきいき見守りの会', 'いきいきみまもりのかい', '一人暮らしの方を訪問します。冬は雪かきの声かけも。')).status).toBe(201);
  visitor = createClient(testApp);
});
afterAll(async () => testApp.close());

describe('the search form', () => {
  it('ranks by relevance the words typed into the form on the bare directory page', async () => {
    const blank = await (await visitor.get('/resources')).text();
    const query = submittedQuery(blank, { q: '雪かき' });
    expect(query).toContain('q=%E9%9B%AA%E3%81%8B%E3%81%8D');
    const names = resultNames(await (await visitor.get(`/resources?${query}`)).text());
    expect(names.slice(0, 4).sort()).toEqual([...snowGroups].sort());
    expect(names.slice(4).sort()).toEqual(['あんしん相談窓口', 'いきいき見守りの会']);
  });

  it('keeps an order chosen explicitly, and shows it chosen on the next search', async () => {
    const first = await (await visitor.get(`/resources?q=${encodeURIComponent('雪かき')}&sort=reading`)).text();
    expect(resultNames(first).slice(0, 2)).toEqual(['あんしん相談窓口', 'いきいき見守りの会']);
    const again = submittedQuery(first, { q: '雪かき' });
    expect(new URLSearchParams(again).get('sort')).toBe('reading');
    expect(resultNames(await (await visitor.get(`/resources?${again}`)).text()).slice(0, 2)).toEqual(['あんしん相談窓口', 'いきいき見守りの会']);
  });

  it('lists a bare page in 五十音順 and reads sort=default as the default order', async () => {
    expect(resultNames(await (await visitor.get('/resources')).text()).slice(0, 2)).toEqual(['あんしん相談窓口', 'いきいき見守りの会']);
    const names = resultNames(await (await visitor.get(`/resources?q=${encodeURIComponent('雪かき')}&sort=default`)).text());
    expect(names.slice(0, 4).sort()).toEqual([...snowGroups].sort());
  });
});

describe('from a listing back to the results', () => {
  it('returns to the same words and filters, and takes nothing from the link but search terms', async () => {
    const results = await (await visitor.get(`/resources?q=${encodeURIComponent('雪かき')}&free=1`)).text();
    const detail = results.match(/<a href="(\/resources\/[0-9a-f-]{36}\?back=[^"]+)"/)![1]!.replaceAll('&amp;', '&');
    const page = await (await visitor.get(detail)).text();
    const back = page.match(/<a href="([^"]*)">検索結果へ戻る<\/a>/)![1]!.replaceAll('&amp;', '&');
    expect(Object.fromEntries(new URL(back, 'http://x').searchParams)).toMatchObject({ q: '雪かき', free: '1' });
    expect(back.startsWith('/resources?')).toBe(true);
    const id = detail.split('?')[0]!;
    const hostile = await (await visitor.get(`${id}?back=${encodeURIComponent('https://evil.example/')}`)).text();
    expect(hostile).toMatch(/<a href="\/resources(\?[^"]*)?">検索結果へ戻る<\/a>/);
  });
});

describe('readings on a listing', () => {
  it('shows no hiragana reading over a name written in katakana, and keeps it over a name with kanji', async () => {
    const admin = createClient(testApp);
    await admin.signIn('admin@example.jp');
    const created = await admin.json('POST', '/api/v1/resources', { isPublished: true, name: 'ボランティアセンター', nameReading: 'ぼらんてぃあせんたー', costKind: 'free' });
    expect(created.status).toBe(201);
    const { id } = ((await created.json()) as { resource: { id: string } }).resource;
    const detail = await visitor.get(`/resources/${id}`);
    expect(detail.status).toBe(200);
    const html = await detail.text();
    expect(html).toContain('ボランティアセンター');
    expect(html).not.toContain('ぼらんてぃあせんたー');
    const results = await (await visitor.get(`/resources?q=${encodeURIComponent('雪かき')}`)).text();
    expect(results).toContain('<span class="reading">ゆきかき');
  });
});
