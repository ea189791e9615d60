import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoResources } from '../src/features/demo/demo-resources.ts';
import { demoPassword } from '../src/features/demo/demo-tenant.ts';
import { clickAndLoad, expectNoAccessibilityViolations, startDemoServer, type DemoServer } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

// Tiles come from a host that does not exist and are answered here with one
// pale pixel: nothing leaves the machine, and the CSP is still exercised.
const tileHost = 'https://tiles.sasaeai.test';
const palePixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48f4JAAV+Arxzg4D9AAAAAElFTkSuQmCC', 'base64');

// Every demo listing has a location; the public sees the published, live ones.
const publicListings = demoResources.filter((r) => !r.draft && r.status !== 'inactive' && r.status !== 'defunct');
// Leaflet stacks southern markers on top, so the southernmost one is never covered.
const southernmost = [...publicListings].sort((a, b) => a.at[0] - b.at[0])[0]!;
const northernmost = [...publicListings].sort((a, b) => b.at[0] - a.at[0])[0]!;

const previousTileUrl = process.env.SASAEAI_TILE_URL;
// Registered before the site's: the setting is made before the server starts and put back after it stops.
beforeAll(() => {
  process.env.SASAEAI_TILE_URL = `${tileHost}/{z}/{x}/{y}.png`;
});
afterAll(() => {
  if (previousTileUrl === undefined) delete process.env.SASAEAI_TILE_URL;
  else process.env.SASAEAI_TILE_URL = previousTileUrl;
});

const site = useDemoSite();
/** A second server with many more listings, for the clusters (see the last describe). */
let crowded: DemoServer | undefined;

type Visit = { page: Page; context: BrowserContext; requested: string[]; tiles: string[]; offsite: string[]; cspErrors: string[] };

/** A fresh profile that answers tile requests itself and refuses anything else off this site.server. */
async function openPage(options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await site.browser.newContext({ bypassCSP: true, ...options });
  const visit: Visit = { page: await context.newPage(), context, requested: [], tiles: [], offsite: [], cspErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(site.server.baseUrl) || (crowded && url.startsWith(crowded.baseUrl))) return route.continue();
    if (url.startsWith(`${tileHost}/`)) {
      visit.tiles.push(url);
      return route.fulfill({ status: 200, contentType: 'image/png', body: palePixel });
    }
    visit.offsite.push(url);
    return route.abort();
  });
  visit.page.on('request', (request) => visit.requested.push(request.url()));
  visit.page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) visit.cspErrors.push(message.text());
  });
  return visit;
}

const visitPath = site.visit;

/** Opens the map page and waits until Leaflet has placed every marker. */
async function openMap(options: BrowserContextOptions = {}, path = '/resources/map'): Promise<Visit> {
  const visit = await openPage(options);
  await visitPath(visit.page, path);
  await visit.page.locator('#resource-map.leaflet-container').waitFor();
  await visit.page.waitForFunction(() => document.querySelectorAll('.leaflet-marker-icon').length > 0);
  return visit;
}

const marker = (page: Page, name: string) => page.locator('.leaflet-marker-icon').and(page.getByRole('button', { name, exact: true }));
const listItem = (page: Page, name: string) => page.locator('ol.resource-map-list > li').filter({ has: page.getByRole('link', { name, exact: true }) });

describe('the resource map', () => {
  test('shows one marker per public listing with a location, the same listings as the list below', async () => {
    const { page, tiles, offsite, context } = await openMap();
    expect(await page.locator('.leaflet-marker-icon').count()).toBe(publicListings.length);
    expect(await page.locator('ol.resource-map-list > li').count()).toBe(publicListings.length);
    const markerNames = await page.locator('.leaflet-marker-icon').evaluateAll((icons) => icons.map((icon) => icon.getAttribute('alt')).sort());
    expect(markerNames).toEqual(publicListings.map((r) => r.name).sort());
    expect(tiles.length).toBeGreaterThan(0);
    expect(offsite).toEqual([]);
    await context.close();
  });

  test('clicking a marker opens a popup with the name linking to the listing, its times and its address', async () => {
    const { page, context } = await openMap();
    await marker(page, southernmost.name).click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    const link = popup.getByRole('link', { name: southernmost.name, exact: true });
    const inList = listItem(page, southernmost.name);
    expect(await link.getAttribute('href')).toBe(await inList.getByRole('link').getAttribute('href'));
    expect(await popup.locator('.resource-map-popup__when').innerText()).toBe(await inList.locator('dt:text-is("日時") + dd').innerText());
    expect(await popup.locator('.resource-map-popup__place').innerText()).toContain(southernmost.address);
    await clickAndLoad(page, link);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(southernmost.name);
    await context.close();
  });

  test('a keyboard user opens a popup with Enter, lands on its link, and Escape returns to the marker', async () => {
    const { page, context } = await openMap();
    await marker(page, northernmost.name).focus();
    await page.keyboard.press('Enter');
    await page.locator('.leaflet-popup').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(northernmost.name);
    expect(await page.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe('閉じる');
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('alt'))).toBe(northernmost.name);
    await context.close();
  });

  test('keeps the same filters as the list: only listings open on Mondays, and a link back to that list', async () => {
    const api = (await (await fetch(`${site.server.baseUrl}/api/v1/resources?weekday=1&perPage=100`)).json()) as { results: { name: string }[] };
    const mondays = api.results.map((r) => r.name).sort();
    expect(mondays.length).toBeGreaterThan(0);
    expect(mondays.length).toBeLessThan(publicListings.length);
    const { page, context } = await openMap({}, '/resources/map?weekday=1');
    const markerNames = await page.locator('.leaflet-marker-icon').evaluateAll((icons) => icons.map((icon) => icon.getAttribute('alt')).sort());
    expect(markerNames).toEqual(mondays);
    await clickAndLoad(page, page.getByRole('link', { name: '一覧で見る（同じ条件）' }));
    expect(new URL(page.url()).search).toBe('?weekday=1');
    await context.close();
  });

  test('has no WCAG 2 A or AA violations, with the map drawn and with a popup open', async () => {
    const { page, context } = await openMap();
    await expectNoAccessibilityViolations(page);
    await marker(page, southernmost.name).click();
    await page.locator('.leaflet-popup').waitFor();
    await expectNoAccessibilityViolations(page);
    await context.close();
  });

  test('under the real CSP the tiles, Leaflet and the map script load with no violation reported', async () => {
    const { page, tiles, cspErrors, context } = await openMap({ bypassCSP: false });
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('img.leaflet-tile')).some((img) => img.complete && img.naturalWidth > 0));
    expect(tiles.length).toBeGreaterThan(0);
    expect(cspErrors).toEqual([]);
    await context.close();
  });

  test('shows the page in Japanese: heading, filters, counts and the list heading', async () => {
    const { page, context } = await openMap({}, '/resources/map?weekday=1&free=1');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('地図で探す');
    const filters = page.getByRole('region', { name: '絞り込みの条件' });
    expect(await filters.getByRole('listitem').allInnerTexts()).toEqual(['曜日: 月', '無料のもの']);
    expect(await page.getByRole('region', { name: '活動の場所の地図' }).isVisible()).toBe(true);
    const count = await page.locator('.leaflet-marker-icon').count();
    expect(await page.getByText(`${count}件を地図にのせています。`).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: `地図にのせている活動（${count}件）` }).isVisible()).toBe(true);
    expect(await page.locator('.leaflet-control-zoom-in').getAttribute('aria-label')).toBe('拡大');
    await context.close();
  });
});

describe('without JavaScript or off the map page', () => {
  test('with JavaScript off the list of every listing is still there and the empty map is not shown', async () => {
    const { page, requested, context } = await openPage({ javaScriptEnabled: false });
    await visitPath(page, '/resources/map');
    expect(await page.locator('#resource-map-block').isVisible()).toBe(false);
    const items = page.locator('ol.resource-map-list > li');
    expect(await items.count()).toBe(publicListings.length);
    const first = await items.first().innerText();
    expect(first).toMatch(/日時|場所/);
    expect(requested.some((url) => url.includes(tileHost))).toBe(false);
    await clickAndLoad(page, items.first().getByRole('link'));
    expect(new URL(page.url()).pathname).toMatch(/^\/resources\/[0-9a-f-]{36}$/);
    await context.close();
  });

  test('Leaflet is fetched by the map page only, never by the list page', async () => {
    const list = await openPage();
    await visitPath(list.page, '/resources');
    await list.page.waitForLoadState('networkidle');
    expect(list.requested.filter((url) => /leaflet|resource-map/.test(url))).toEqual([]);
    await list.context.close();
    const map = await openMap();
    expect(map.requested.filter((url) => /\/static\/leaflet\/leaflet\.js\?v=/.test(url))).toHaveLength(1);
    await map.context.close();
  });
});

describe('with many listings close together', () => {
  const extraCount = 150;

  // A second demo server, so the counts above stay those of the demo data.
  beforeAll(async () => {
    crowded = await startDemoServer();
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${crowded!.baseUrl}/login`);
    await page.getByRole('textbox', { name: /^メールアドレス/ }).fill('admin@example.jp');
    await page.getByLabel(/^パスワード/).fill(demoPassword);
    await clickAndLoad(page, page.getByRole('button', { name: 'ログイン' }));
    await page.goto(`${crowded!.baseUrl}/staff/resources/new`);
    const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
    // 150 listings in a grid of about 1.5 km around 旭川駅.
    const statuses: number[] = await page.evaluate(
      async ({ count, token }) => {
        const results: number[] = [];
        for (let i = 0; i < count; i++) {
          const body = { name: `密集テスト活動 ${i + 1}`, nameReading: 'みっしゅうてすとかつどう', costKind: 'free', isPublished: true, latitude: 43.76 + (i % 12) * 0.001, longitude: 142.35 + Math.floor(i / 12) * 0.001 };
          const response = await fetch('/api/v1/resources', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': token }, body: JSON.stringify(body) });
          results.push(response.status);
        }
        return results;
      },
      { count: extraCount, token: csrf },
    );
    expect(statuses.every((status) => status === 201), JSON.stringify(statuses.slice(0, 3))).toBe(true);
    await context.close();
  });

  afterAll(async () => crowded?.stop());

  /** Waits until no zoom or cluster animation runs (during one, old and new clusters are both in the page). */
  async function mapAtRest(page: Page): Promise<void> {
    const isMoving = () => document.querySelector('.leaflet-zoom-anim, .leaflet-cluster-anim') !== null;
    for (let calm = 0; calm < 3; ) {
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
      calm = (await page.evaluate(isMoving)) ? 0 : calm + 1;
    }
  }

  async function openCrowdedMap(): Promise<Visit> {
    const visit = await openPage();
    await visit.page.goto(`${crowded!.baseUrl}/resources/map`);
    await visit.page.locator('#resource-map.leaflet-container').waitFor();
    await visit.page.locator('.resource-map-cluster').first().waitFor();
    await mapAtRest(visit.page);
    return visit;
  }

  test('draws overlapping markers as clusters that show how many listings they hold, all listings counted once', async () => {
    const { page, context } = await openCrowdedMap();
    const counts = await page.locator('.resource-map-cluster .resource-map-cluster__count').allInnerTexts();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.some((count) => Number(count) >= 10)).toBe(true);
    const single = await page.locator('.leaflet-marker-icon:not(.resource-map-cluster)').count();
    expect(single + counts.reduce((sum, count) => sum + Number(count), 0)).toBe(publicListings.length + extraCount);
    // Without JavaScript's help the list still holds every listing.
    expect(await page.locator('ol.resource-map-list > li').count()).toBe(publicListings.length + extraCount);
    await context.close();
  });

  test('clicking a cluster zooms in until markers come apart, and a marker then opens its popup', async () => {
    const { page, context } = await openCrowdedMap();
    // The zoom level of the tiles drawn (their URLs are /{z}/{x}/{y}.png).
    const tileZoom = () =>
      page.evaluate(() => Math.max(0, ...Array.from(document.querySelectorAll<HTMLImageElement>('img.leaflet-tile'), (img) => Number(new URL(img.src).pathname.split('/')[1]))));
    // The name of a single test marker drawn wholly inside the map, or null.
    const markerInView = () =>
      page.evaluate(() => {
        const box = document.getElementById('resource-map')!.getBoundingClientRect();
        const icons = Array.from(document.querySelectorAll<HTMLImageElement>('img.leaflet-marker-icon'));
        const inside = icons.find((icon) => {
          const r = icon.getBoundingClientRect();
          return icon.alt.startsWith('密集テスト活動') && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
        });
        return inside?.alt ?? null;
      });
    const before = await tileZoom();
    for (let i = 0; i < 10 && (await markerInView()) === null; i++) {
      const counts = (await page.locator('.resource-map-cluster__count').allInnerTexts()).map(Number);
      const zoom = await tileZoom();
      await page.locator('.resource-map-cluster').nth(counts.indexOf(Math.max(...counts))).click();
      await page.waitForFunction(
        (z) => Math.max(0, ...Array.from(document.querySelectorAll<HTMLImageElement>('img.leaflet-tile'), (img) => Number(new URL(img.src).pathname.split('/')[1]))) > z,
        zoom,
      );
      await mapAtRest(page);
    }
    expect(await tileZoom()).toBeGreaterThan(before);
    const name = (await markerInView())!;
    expect(name).not.toBeNull();
    await marker(page, name).click();
    const popup = page.locator('.leaflet-popup');
    await popup.waitFor();
    expect(await popup.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
    await context.close();
  });

  test('has no WCAG 2 A or AA violations with clusters drawn; a cluster is a named button', async () => {
    const { page, context } = await openCrowdedMap();
    const cluster = page.locator('.resource-map-cluster').first();
    const count = await cluster.locator('.resource-map-cluster__count').innerText();
    expect(await page.getByRole('button', { name: `この辺りに${count}件の活動があります。押すと拡大します` }).first().isVisible()).toBe(true);
    await expectNoAccessibilityViolations(page);
    await context.close();
  });
});
