import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoAreas, demoTenant } from '../src/features/demo/demo-tenant.ts';
import { formatWarekiDate } from '../src/platform/wareki/wareki.ts';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

const site = useDemoSite();
const { openPage, visit, signIn } = site;

async function heading(page: Page): Promise<string> {
  return (await page.getByRole('heading', { level: 1 }).innerText()).replace(/\s+/g, ' ').trim();
}

/** Walks home → areas → A地域 → sign-in by clicking, as a visitor would, checking each page's main heading. */
async function walkPublicPages(page: Page, expected: { home: string; areas: string; area: RegExp; signIn: string }, eachPage: (page: Page) => Promise<void>) {
  await visit(page, '/');
  expect(await heading(page)).toBe(expected.home);
  await eachPage(page);
  await clickAndLoad(page, page.getByRole('navigation', { name: /メインメニュー|Main menu/ }).getByRole('link', { name: expected.areas }));
  expect(await heading(page)).toBe(expected.areas);
  await eachPage(page);
  await clickAndLoad(page, page.getByRole('main').getByRole('link', { name: 'A地域', exact: true }));
  expect(await heading(page)).toMatch(expected.area);
  await eachPage(page);
  await clickAndLoad(page, page.getByRole('link', { name: expected.signIn }));
  expect(await heading(page)).toBe(expected.signIn);
  await eachPage(page);
}

const japanese = { home: demoTenant.name, areas: '地域と担当コーディネーター', area: /^第2層 A地域 えーちいき$/, signIn: '職員ログイン' };
const english = { home: demoTenant.name, areas: 'Areas and coordinators', area: /^Tier 2 A地域 えーちいき$/, signIn: 'Staff sign-in' };

describe('accessibility checks', () => {
  test('the public pages in Japanese have no WCAG 2 A or AA violations', async () => {
    const page = await openPage();
    await walkPublicPages(page, japanese, async (p) => {
      expect(await p.getAttribute('html', 'lang')).toBe('ja');
      await expectNoAccessibilityViolations(p);
    });
  });

  test('after choosing English, the public pages are in English and have no WCAG 2 A or AA violations', async () => {
    const page = await openPage();
    await visit(page, '/');
    await clickAndLoad(page, page.getByRole('link', { name: 'English', exact: true }));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await walkPublicPages(page, english, async (p) => {
      expect(await p.getAttribute('html', 'lang')).toBe('en');
      await expectNoAccessibilityViolations(p);
    });
  });
});

describe('the areas page', () => {
  test('lists every area with its tier, districts, coordinator with reading, and the office phone', async () => {
    const page = await openPage();
    await visit(page, '/areas');
    const cards = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
    expect(await cards.count()).toBe(5);
    for (const area of demoAreas) {
      const card = cards.filter({ has: page.getByRole('heading', { level: 2, name: area.name }) });
      const text = await card.innerText();
      expect(text).toContain(area.tier === 1 ? '第1層（市全域）' : '第2層');
      expect(text).toContain(area.nameReading);
      for (const [district] of area.districts) expect(text).toContain(district);
      if (area.districts.length === 0) expect(text).toContain('圏域はありません。');
      expect(text).toContain(area.coordinator.name);
      expect(text).toContain(`（${area.coordinator.nameReading}）`);
      expect(text).toContain('TEL: 0166-23-0742');
    }
    const areaA = await cards.filter({ has: page.getByRole('heading', { name: 'A地域' }) }).innerText();
    for (const expected of ['第2層', '豊岡', '東旭川・千代田', '東光', '山田 花子', 'やまだ はなこ']) expect(areaA).toContain(expected);
  });

  test('at 200% and 400% zoom it reflows without horizontal scrolling and keeps all its text', async () => {
    // 1280 px wide at 200% is 640 CSS px; at 400% it is 320 (WCAG 1.4.10).
    for (const [width, height, scale] of [
      [640, 400, 2],
      [320, 256, 4],
    ] as const) {
      const page = await openPage({ viewport: { width, height }, deviceScaleFactor: scale });
      await visit(page, '/areas');
      const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(size.scroll, `${width} px wide`).toBeLessThanOrEqual(size.client + 1);
      const text = await page.locator('body').innerText();
      for (const area of demoAreas) expect(text).toContain(area.name);
      expect(text).toContain('山田 花子');
      expect(text).toContain('0166-23-0742');
      // The header folds up so the page's own heading is on the first screen.
      const headingBox = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(headingBox.y + headingBox.height, `${width} px wide: heading within the first ${height} px`).toBeLessThanOrEqual(height);
      await page.context().close();
    }
  });

  test('in print the menus are hidden and the date it was printed on is shown', async () => {
    const page = await openPage();
    await visit(page, '/areas');
    const mainNav = page.getByRole('navigation', { name: 'メインメニュー' });
    const printedOn = page.getByText(/^印刷日: /);
    expect(await mainNav.isVisible()).toBe(true);
    expect(await printedOn.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await mainNav.isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: '言語' }).isVisible()).toBe(false);
    expect(await printedOn.isVisible()).toBe(true);
    expect(await printedOn.innerText()).toBe(`印刷日: ${formatWarekiDate(new Date())}`);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });
});

describe('keyboard use', () => {
  test('the first Tab press shows the skip link, and Enter on it moves focus to the main content', async () => {
    const page = await openPage();
    await visit(page, '/areas');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.innerText()).toBe('本文へ移動');
    const box = await focused.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box, 'the focused skip link has a box').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('a link focused from the keyboard is drawn with a visible outline', async () => {
    const page = await openPage();
    await visit(page, '/areas');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const computed = getComputedStyle(element);
      return { tag: element.tagName, outlineStyle: computed.outlineStyle, outlineWidth: computed.outlineWidth };
    });
    expect(style.tag).toBe('A');
    expect(style.outlineStyle).not.toBe('none');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });
});

describe('without JavaScript', () => {
  test('the public pages show the same content as with JavaScript, and nothing is blocked by the content security policy', async () => {
    // No CSP bypass here: a blocked inline style or script shows up as a console error.
    const withScript = await openPage({ bypassCSP: false });
    const withoutScript = await openPage({ bypassCSP: false, javaScriptEnabled: false });
    const consoleErrors: string[] = [];
    for (const page of [withScript, withoutScript]) page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${page.url()}: ${m.text()}`));
    const mainNav = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });
    await visit(withScript, '/areas');
    const areaPath = (await withScript.getByRole('main').getByRole('link', { name: 'A地域', exact: true }).getAttribute('href'))!;
    for (const path of ['/', '/areas', areaPath, '/login']) {
      await visit(withScript, path);
      await visit(withoutScript, path);
      expect(await withoutScript.locator('main').innerText(), path).toBe(await withScript.locator('main').innerText());
      expect(await mainNav(withoutScript).innerText(), path).toBe(await mainNav(withScript).innerText());
    }
    expect(consoleErrors).toEqual([]);
  });

  test('the language switch changes the page language and the choice is remembered', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await visit(page, '/areas');
    await clickAndLoad(page, page.getByRole('link', { name: 'English', exact: true }));
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await heading(page)).toBe('Areas and coordinators');
    await visit(page, '/login');
    expect(await heading(page)).toBe('Staff sign-in');
    await clickAndLoad(page, page.getByRole('link', { name: '日本語', exact: true }));
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await heading(page)).toBe('職員ログイン');
  });
});

describe('a resident who does not know their 圏域', () => {
  test('finds it from the town name, asks for help there, and the request waits on that area coordinator’s home page', async () => {
    const page = await openPage();
    await visit(page, '/areas');
    await page.getByRole('searchbox', { name: '町名・住所' }).fill('旭川市東光三条5丁目');
    await clickAndLoad(page, page.getByRole('button', { name: '探す', exact: true }));
    expect(await page.getByRole('status').filter({ hasText: '圏域です' }).innerText()).toContain('「東光3条」は「A地域・東光」の圏域です。');
    await expectNoAccessibilityViolations(page);

    await clickAndLoad(page, page.getByRole('link', { name: 'この圏域の担当に相談する' }));
    expect(await page.getByRole('textbox', { name: /^住所/ }).inputValue()).toBe('旭川市東光三条5丁目');
    expect(await page.getByLabel(/^圏域/).locator('option:checked').innerText()).toBe('A地域・東光');
    await page.getByRole('textbox', { name: /^お困りの方の氏名/ }).fill('雪野 ハナ');
    await page.getByRole('textbox', { name: /^連絡のつく電話番号/ }).fill('0166-35-1234');
    await page.getByLabel(/^困りごと/).selectOption({ label: '除雪' });
    await page.getByRole('textbox', { name: /^困っていること/ }).fill('玄関から道路までの雪かき');
    await page.getByRole('checkbox', { name: /同意します/ }).check();
    await expectNoAccessibilityViolations(page);
    await clickAndLoad(page, page.getByRole('button', { name: '相談を送る' }));
    expect(await heading(page)).toBe('ご相談を受け付けました');

    const coordinator = await openPage();
    await signIn(coordinator, 'yamada@example.jp');
    await visit(coordinator, '/staff');
    const waiting = coordinator.getByRole('region', { name: '確認を待っているもの' });
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, waiting.getByRole('link', { name: /^Webから届いた未対応の相談: \d+件$/ }));
    expect(await coordinator.getByRole('main').innerText()).toContain('雪野 ハナ');
  });
});
