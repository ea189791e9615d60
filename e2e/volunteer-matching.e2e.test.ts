import { describe, expect, test } from 'vitest';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

const site = useDemoSite();
const { openPage, signIn } = site;

const japanToday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

describe('volunteer application', () => {
  test('works without JavaScript, reads at 200% zoom and has no WCAG 2 A or AA violations', async () => {
    // 200% zoom of a 1280 px window leaves 640 CSS pixels.
    const zoomed = await openPage({ viewport: { width: 640, height: 900 } });
    await zoomed.goto(`${site.server.baseUrl}/volunteers/apply`);
    await expectNoAccessibilityViolations(zoomed);
    expect(await zoomed.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await clickAndLoad(zoomed, zoomed.getByRole('button', { name: '申込みを送る' }));
    expect(await zoomed.getByRole('alert').innerText()).toContain('入力内容を確認してください');
    await expectNoAccessibilityViolations(zoomed);

    // axe needs scripts in the page; the form itself is filled and sent with JavaScript off.
    const page = await openPage({ javaScriptEnabled: false, viewport: { width: 640, height: 900 } });
    await page.goto(`${site.server.baseUrl}/volunteers/apply`);
    await page.getByRole('textbox', { name: /^氏名/ }).fill('申込 花子');
    await page.getByRole('textbox', { name: /^ふりがな/ }).fill('もうしこみ はなこ');
    await page.getByLabel(/^年代/).selectOption({ label: '60代' });
    await page.getByRole('textbox', { name: /^電話番号/ }).fill('0166-23-0742');
    await page.getByLabel(/^お住まいの圏域/).selectOption({ label: 'A地域・東光' });
    await page.getByRole('checkbox', { name: 'ペットの散歩' }).check();
    await page.getByRole('checkbox', { name: '月曜日 午前' }).check();
    await page.getByRole('checkbox', { name: /同意します/ }).check();
    await clickAndLoad(page, page.getByRole('button', { name: '申込みを送る' }));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('お申込みを受け付けました');
  });
});

describe('from a phone call to the yearly figures', () => {
  test('intake → match → the volunteer accepts on their link and records the walk → the figures count it', async () => {
    const coordinator = await openPage();
    await signIn(coordinator, 'yamada@example.jp');
    await coordinator.goto(`${site.server.baseUrl}/staff/help-requests/intake`);
    await expectNoAccessibilityViolations(coordinator);
    await coordinator.getByRole('textbox', { name: /^氏名/ }).fill('道端 ケン');
    await coordinator.getByRole('textbox', { name: /^ふりがな/ }).fill('みちばた けん');
    await coordinator.waitForFunction(() => (document.getElementById('draft-status')?.textContent ?? '').includes('下書きを保存しました'));
    await coordinator.getByRole('textbox', { name: /^電話番号/ }).fill('0166-35-1234');
    await coordinator.getByLabel(/^圏域/).selectOption({ label: 'A地域・東光' });
    await coordinator.getByLabel(/^困りごと/).selectOption({ label: 'ペットの散歩' });
    await coordinator.getByLabel(/^希望日/).fill(japanToday);
    await coordinator.getByLabel(/^時間帯/).selectOption({ label: '午前' });
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '受付する' }));
    expect(await coordinator.getByRole('heading', { level: 1 }).innerText()).toContain('ペットの散歩（道端 ケン）');
    await expectNoAccessibilityViolations(coordinator);

    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'マッチング・活動記録' }));
    await expectNoAccessibilityViolations(coordinator);
    // Taken without an address or a meeting point: nobody can be proposed until one is added.
    expect(await coordinator.getByRole('button', { name: '近藤 さくらさんに提案する' }).count()).toBe(0);
    await coordinator.getByRole('textbox', { name: /^待ち合わせ場所/ }).fill('自宅玄関前');
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '保存する' }));
    const candidate = coordinator.getByRole('listitem').filter({ has: coordinator.getByRole('heading', { name: /近藤 さくら/ }) });
    const overlap = candidate.getByRole('checkbox', { name: '時間の重なりを確認しました' });
    if (await overlap.count()) await overlap.check();
    await clickAndLoad(coordinator, candidate.getByRole('button', { name: '近藤 さくらさんに提案する' }));
    expect(await coordinator.getByRole('status').first().innerText()).toContain('ボランティアに提案しました。');

    await coordinator.goto(`${site.server.baseUrl}/staff/volunteers`);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '近藤 さくら' }));
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '個人用リンクを表示する' }));
    const link = await coordinator.locator('.link-box a').getAttribute('href');

    const volunteer = await openPage();
    await volunteer.goto(link!.replace(/^https?:\/\/[^/]+/, site.server.baseUrl));
    await expectNoAccessibilityViolations(volunteer);
    await clickAndLoad(volunteer, volunteer.getByRole('button', { name: '引き受ける' }));
    expect(await volunteer.getByRole('status').first().innerText()).toContain('引き受けをコーディネーターに伝えました');
    const newest = volunteer.locator('section.assignment').first();
    expect(await newest.innerText()).toContain('道端さん');
    await newest.getByLabel(/^活動日/).fill(japanToday);
    await newest.getByLabel(/^時間/).fill('1');
    await newest.getByLabel(/^分/).fill('0');
    await newest.getByLabel(/^したこと/).fill('朝の散歩');
    await clickAndLoad(volunteer, newest.getByRole('button', { name: '活動を記録する' }));
    await expectNoAccessibilityViolations(volunteer);

    await coordinator.goto(`${site.server.baseUrl}/staff/help-requests`);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '道端 ケン' }));
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'マッチング・活動記録' }));
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '確認する' }));
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '年度の実績' }));
    await expectNoAccessibilityViolations(coordinator);
    expect(await coordinator.getByRole('main').innerText()).toContain('5時間0分');
  });
});
