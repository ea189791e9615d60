import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { developedListingName } from '../src/features/demo/demo-local-issues.ts';
import { demoResources } from '../src/features/demo/demo-resources.ts';
import { demoTenant } from '../src/features/demo/demo-tenant.ts';
import { formatWarekiDate } from '../src/platform/wareki/wareki.ts';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

// A resident looks for help with snow clearing, the way the 社協 newsletter
// suggests: from the home page, by a word in hiragana, then narrowed down.

const site = useDemoSite();
const { openPage, visit } = site;

// What the public sees of the demo: published listings that still run.
const publicListings = demoResources.filter((r) => !r.draft && r.status !== 'inactive' && r.status !== 'defunct');
// The demo's own listings, and the one its council developed for a local issue.
const publicNames = [...publicListings.map((r) => r.name), developedListingName];
const snowListings = publicListings.filter((r) => r.categories.includes('snow'));
// A listing whose schedule has a day and hours in it, so the words can be checked.
const sunkodai = publicListings.find((r) => r.name === '春光台除雪ボランティア スノーバスターズ')!;

const searchPath = (q: string, more = '') => `/resources?q=${encodeURIComponent(q)}${more}`;
const heading1 = async (page: Page) => (await page.getByRole('heading', { level: 1 }).innerText()).replace(/\s+/g, ' ').trim();
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'ことばで探す' });
const searchButton = (page: Page) => page.getByRole('search').getByRole('button', { name: '探す', exact: true });
const resultCards = (page: Page) => page.locator('main ol.result-list > li');
const mainNav = (page: Page) => page.getByRole('navigation', { name: /^(メインメニュー|Main menu)$/ });

/** The number in 「N件見つかりました」 (or 'N found'). */
async function resultCount(page: Page): Promise<number> {
  const text = (await page.locator('h2#results').innerText()).trim();
  const match = /^(\d+)(件見つかりました| found)$/.exec(text);
  expect(match, `count heading: ${text}`).not.toBeNull();
  return Number(match![1]);
}

/** The name linked from each card's heading, in order. */
async function cardNames(page: Page): Promise<string[]> {
  return resultCards(page)
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.textContent!.trim()));
}

/** Every result name, following 「次へ」 to the last page (the page ends up there). */
async function namesAcrossPages(page: Page): Promise<string[]> {
  const names = await cardNames(page);
  for (let guard = 0; guard < 20; guard++) {
    const next = page.locator('nav.pagination').getByRole('link', { name: '次へ' });
    if ((await next.count()) === 0) return names;
    await clickAndLoad(page, next);
    names.push(...(await cardNames(page)));
  }
  throw new Error('more than 20 result pages');
}

function card(page: Page, name: string): Locator {
  return resultCards(page).filter({ has: page.getByRole('link', { name, exact: true }) });
}

const confirmedOn = (r: { confirmedOn: string }) => `${formatWarekiDate(r.confirmedOn)}確認`;

/** The page scrolls sideways when its content is wider than the window. */
async function horizontalOverflow(page: Page): Promise<{ scroll: number; client: number }> {
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
}

describe('a resident looking for snow-clearing help', () => {
  test('finds it from the home page by ゆきかき, narrows it to free 除雪, reads one listing and prints', async () => {
    const page = await openPage();
    await visit(page, '/');
    expect(await heading1(page)).toBe(demoTenant.name);
    await clickAndLoad(page, mainNav(page).getByRole('link', { name: '地域の活動・サービスを探す', exact: true }));
    expect(new URL(page.url()).pathname).toBe('/resources');
    expect(await heading1(page)).toBe('地域の活動・サービスを探す');
    expect(await mainNav(page).getByRole('link', { name: '地域の活動・サービスを探す' }).getAttribute('aria-current')).toBe('page');

    // A word in hiragana finds the listings written 除雪, 雪はね or 雪かき.
    await searchBox(page).fill('ゆきかき');
    await clickAndLoad(page, searchButton(page));
    expect(new URL(page.url()).searchParams.get('q')).toBe('ゆきかき');
    expect(await searchBox(page).inputValue()).toBe('ゆきかき');
    // The form sends weekday= (指定なし) too: that must mean any day, not 日曜 (0).
    expect(await page.getByRole('combobox', { name: '曜日', exact: true }).inputValue(), 'the 曜日 filter after an empty weekday=').toBe('');
    const found = await resultCount(page);
    const names = await namesAcrossPages(page);
    expect(names.length).toBe(found);
    expect(new Set(names).size).toBe(names.length);
    expect(found).toBeGreaterThanOrEqual(snowListings.length);
    expect(names).toEqual(expect.arrayContaining(snowListings.map((r) => r.name)));
    if (new URL(page.url()).searchParams.has('page')) await visit(page, searchPath('ゆきかき'));

    // Every card says when, how much and when it was last checked; a snow listing with its own date.
    for (const item of await resultCards(page).all()) {
      const text = await item.innerText();
      expect(text).toContain('日時');
      expect(text).toContain('費用');
      expect(text).toMatch(/\d+日確認|確認日なし/);
    }
    for (const listing of snowListings) {
      const text = await card(page, listing.name).innerText();
      expect(text, listing.name).toMatch(/除雪|雪かき|雪はね/);
      expect(text, listing.name).toContain(confirmedOn(listing));
    }
    await page.screenshot({ path: '/tmp/directory.png', fullPage: true });

    // Narrow to 除雪 and 無料: the filters go into the address, and nothing new appears.
    const category = page.getByRole('combobox', { name: '困りごと', exact: true });
    const snowOption = category.locator('option', { hasText: /^除雪（\d+）$/ });
    expect(await snowOption.innerText()).toBe(`除雪（${snowListings.length}）`);
    const snowCode = (await snowOption.getAttribute('value'))!;
    await category.selectOption(snowCode);
    await page.getByRole('checkbox', { name: /^無料のもの（\d+）$/ }).check();
    await clickAndLoad(page, searchButton(page));
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe('ゆきかき');
    expect(params.get('category')).toBe(snowCode);
    expect(params.get('free')).toBe('1');
    expect(await category.inputValue()).toBe(snowCode);
    expect(await page.getByRole('checkbox', { name: /^無料のもの/ }).isChecked()).toBe(true);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeLessThanOrEqual(found);
    const narrowedNames = await cardNames(page);
    expect(narrowedNames.length).toBe(narrowed);
    expect(names).toEqual(expect.arrayContaining(narrowedNames));
    expect(narrowedNames.sort()).toEqual(snowListings.filter((r) => r.cost === 'free').map((r) => r.name).sort());
    for (const item of await resultCards(page).all()) {
      expect(await item.getByRole('list', { name: '困りごと' }).innerText()).toContain('除雪');
      expect(await item.locator('dt', { hasText: /^費用$/ }).locator('+ dd').innerText()).toMatch(/^無料/);
    }

    // In print, the form and menus go; the count and the listings stay.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('search').isVisible()).toBe(false);
    expect(await searchBox(page).isVisible()).toBe(false);
    expect(await mainNav(page).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: '言語' }).isVisible()).toBe(false);
    expect(await page.locator('h2#results').isVisible()).toBe(true);
    for (const item of await resultCards(page).all()) expect(await item.isVisible()).toBe(true);
    expect(await card(page, sunkodai.name).getByText('日時', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(/^印刷日: /).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The name is the link to the listing's own page, which says it all in words.
    await clickAndLoad(page, card(page, sunkodai.name).getByRole('link', { name: sunkodai.name, exact: true }));
    expect(new URL(page.url()).pathname).toMatch(/^\/resources\/[^/]+$/);
    expect(await heading1(page)).toBe(`${sunkodai.name} ${sunkodai.reading}`);
    expect(await page.title()).toContain(sunkodai.name);
    const facts = async (term: string) => (await page.locator('main dl.facts dt', { hasText: new RegExp(`^${term}$`) }).locator('+ dd').innerText()).trim();
    expect(await facts('日時')).toBe('冬季のみ（12月〜3月） 毎月第1・第3土曜日 9:00〜12:00（大雪のときは臨時で活動します）');
    expect(await facts('費用')).toBe('無料');
    expect(await facts('対象')).toBe(sunkodai.target);
    expect(await facts('場所')).toContain(sunkodai.address);
    expect(await facts('連絡先')).toBe(`TEL: ${sunkodai.phone}`);
    expect(await page.getByRole('main').getByRole('link', { name: sunkodai.phone! }).getAttribute('href')).toBe(`tel:${sunkodai.phone!.replace(/-/g, '')}`);
    expect(await page.locator('main .confirmed').innerText()).toBe(confirmedOn(sunkodai));
    expect(await page.getByRole('main').innerText()).toContain(sunkodai.description);
    await page.screenshot({ path: '/tmp/directory-detail.png', fullPage: true });

    await page.emulateMedia({ media: 'print' });
    expect(await mainNav(page).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: '検索結果へ戻る' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.locator('main dl.facts').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await clickAndLoad(page, page.getByRole('link', { name: '検索結果へ戻る' }));
    expect(new URL(page.url()).pathname).toBe('/resources');
  });

  test('without a word, the count is the number of public listings, walked page by page', async () => {
    const page = await openPage();
    await visit(page, '/resources');
    const total = await resultCount(page);
    expect(total).toBe(publicNames.length);
    expect(await page.locator('nav.pagination').isVisible()).toBe(true);
    const names = await namesAcrossPages(page);
    expect(names.length).toBe(total);
    expect(names.sort()).toEqual([...publicNames].sort());
  });
});

describe('accessibility checks', () => {
  test('the search page with and without results, a listing and the guidebook page have no WCAG 2 A or AA violations', async () => {
    const page = await openPage();
    await visit(page, '/resources');
    await expectNoAccessibilityViolations(page);
    await visit(page, searchPath('ゆきかき', '&free=1'));
    expect(await resultCount(page)).toBeGreaterThan(0);
    await expectNoAccessibilityViolations(page);

    await visit(page, searchPath('ぜったいにない言葉'));
    expect(await resultCount(page)).toBe(0);
    expect(await resultCards(page).count()).toBe(0);
    expect(await page.getByRole('main').innerText()).toContain('条件に合う活動は見つかりませんでした。');
    await expectNoAccessibilityViolations(page);

    await visit(page, searchPath('ゆきかき'));
    await clickAndLoad(page, card(page, sunkodai.name).getByRole('link', { name: sunkodai.name, exact: true }));
    await expectNoAccessibilityViolations(page);

    await visit(page, '/guidebooks');
    expect(await heading1(page)).toBe('ガイドブックの印刷');
    await expectNoAccessibilityViolations(page);
  });
});

describe('keyboard use', () => {
  test('Tab reaches the search box, and Enter there runs the search', async () => {
    const page = await openPage();
    await visit(page, '/resources');
    let presses = 0;
    while (!(await searchBox(page).evaluate((input) => input === document.activeElement))) {
      expect(++presses, 'Tab presses before the search box').toBeLessThanOrEqual(15);
      await page.keyboard.press('Tab');
    }
    const outline = await searchBox(page).evaluate((input) => getComputedStyle(input).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.type('ゆきかき');
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ゆきかき');
    expect(await resultCount(page), 'results after Enter in the search box').toBeGreaterThan(0);
    expect(await cardNames(page)).toEqual(expect.arrayContaining(snowListings.map((r) => r.name)));
  });
});

describe('without JavaScript', () => {
  test('the search form is a plain GET form that still searches and filters', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await visit(page, '/resources');
    expect(await page.getByRole('search').getAttribute('method')).toBe('get');
    await searchBox(page).fill('ゆきかき');
    await page.getByRole('checkbox', { name: /^無料のもの/ }).check();
    await clickAndLoad(page, searchButton(page));
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe('ゆきかき');
    expect(params.get('free')).toBe('1');
    const names = await cardNames(page);
    expect(names.length).toBe(await resultCount(page));
    expect(names.length, 'results from the form without JavaScript').toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(snowListings.filter((r) => r.cost === 'free').map((r) => r.name)));
  });
});

describe('at 200% zoom', () => {
  test('the search page and a listing fit the width without scrolling sideways', async () => {
    // 1280 × 800 at 200% is 640 × 400 CSS px.
    const page = await openPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    for (const path of ['/resources', searchPath('ゆきかき')]) {
      await visit(page, path);
      const size = await horizontalOverflow(page);
      expect(size.scroll, path).toBeLessThanOrEqual(size.client + 1);
      expect(await searchBox(page).isVisible()).toBe(true);
      const box = (await searchButton(page).boundingBox())!;
      expect(box.x + box.width, `${path}: the 探す button`).toBeLessThanOrEqual(size.client);
    }
    await clickAndLoad(page, card(page, sunkodai.name).getByRole('link', { name: sunkodai.name, exact: true }));
    const size = await horizontalOverflow(page);
    expect(size.scroll, 'a listing').toBeLessThanOrEqual(size.client + 1);
  });
});

describe('in English', () => {
  test('the language switch on the search page keeps the search and shows English labels', async () => {
    const page = await openPage();
    await visit(page, searchPath('ゆきかき'));
    await clickAndLoad(page, page.getByRole('link', { name: 'English', exact: true }));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await heading1(page)).toBe('Find local activities and services');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ゆきかき');
    expect(await page.getByRole('searchbox', { name: 'Search by words' }).inputValue()).toBe('ゆきかき');
    expect(await page.getByRole('search').getByRole('button', { name: 'Search', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Kind of help', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Free of charge/ }).isVisible()).toBe(true);
    expect(await resultCount(page)).toBeGreaterThanOrEqual(snowListings.length);
    const text = await card(page, sunkodai.name).innerText();
    expect(text).toContain('When');
    expect(text).toContain('Cost');
    expect(text).toContain('Checked on');
    await expectNoAccessibilityViolations(page);
  });
});

describe('the guidebook', () => {
  test('「PDFを作成する」 downloads a PDF', async () => {
    const page = await openPage({ acceptDownloads: true });
    await visit(page, '/guidebooks');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'PDFを作成する' }).click()]);
    expect(download.suggestedFilename()).toBe('kurashi-guidebook.pdf');
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});
