import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

const site = useDemoSite();

const japanToday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

async function signedIn(email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.openPage(options);
  await site.signIn(page, email);
  return page;
}

async function businessCount(page: Page): Promise<number> {
  await page.goto(`${site.server.baseUrl}/staff/figures`);
  const row = page.locator('#coordinator-activities tr', { hasText: '民間企業との連携' });
  return Number((await row.innerText()).match(/(\d+)件/)![1]);
}

describe('the coordinator activity log', () => {
  test('a coordinator records an activity without JavaScript and sees it counted by type on the figures page, axe-clean throughout', async () => {
    const coordinator = await signedIn('yamada@example.jp');
    const before = await businessCount(coordinator);

    await clickAndLoad(coordinator, coordinator.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: 'コーディネーター活動記録' }));
    expect(await coordinator.getByRole('heading', { level: 1 }).innerText()).toContain('コーディネーター活動記録');
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '活動を記録する' }));
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '保存する' }));
    expect(await coordinator.getByRole('alert').innerText()).toContain('活動の種別を1つ以上選んでください。');
    await expectNoAccessibilityViolations(coordinator);

    // The form itself is filled from the keyboard and sent with JavaScript off.
    const form = await signedIn('yamada@example.jp', { javaScriptEnabled: false });
    await form.goto(`${site.server.baseUrl}/staff/coordinator-activities/new`);
    await form.getByLabel(/^活動日/).fill(japanToday);
    await form.getByRole('checkbox', { name: '民間企業との連携' }).focus();
    await form.keyboard.press('Space');
    await form.getByRole('checkbox', { name: '資源開発' }).check();
    await form.getByRole('textbox', { name: /^相手先/ }).fill('スーパーきたまち東光店');
    await form.getByLabel(/^かかった時間（時間）/).fill('1');
    await form.getByLabel(/^かかった時間（分）/).fill('15');
    await form.getByRole('textbox', { name: /^内容・メモ/ }).fill('買い物支援で地元スーパーと協議。移動販売の試行を相談。');
    await clickAndLoad(form, form.getByRole('button', { name: '保存する' }));
    expect(await form.getByRole('status').first().innerText()).toContain('活動記録を保存しました。');
    const row = form.locator('tr', { hasText: 'スーパーきたまち東光店' });
    expect(await row.innerText()).toContain('資源開発、民間企業との連携');
    expect(await row.innerText()).toContain('1時間15分');

    await coordinator.goto(`${site.server.baseUrl}/staff/coordinator-activities`);
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: /編集: .*スーパーきたまち東光店/ }));
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '削除する' }));
    expect(await coordinator.getByRole('main').innerText()).toContain('元に戻せません');
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: 'キャンセル' }));

    expect(await businessCount(coordinator)).toBe(before + 1);
    await expectNoAccessibilityViolations(coordinator);
  });
});

describe('the register of local issues and its public side', () => {
  test('a coordinator reads the register, an issue and the form; the public reads the area page of discussions and work; axe-clean throughout', async () => {
    const coordinator = await signedIn('yamada@example.jp');
    await clickAndLoad(coordinator, coordinator.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '地域課題' }));
    expect(await coordinator.getByRole('heading', { level: 1 }).innerText()).toBe('地域課題の一覧');
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '移動手段がなく通いの場に行けない' }));
    expect(await coordinator.getByRole('main').innerText()).toContain('資源化・解決（進み具合 100%）');
    await expectNoAccessibilityViolations(coordinator);
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '地域課題を編集' }));
    await expectNoAccessibilityViolations(coordinator);
    await coordinator.goto(`${site.server.baseUrl}/staff/local-issues/new`);
    await coordinator.getByRole('textbox', { name: /^課題/ }).fill('買い物に行けない');
    await coordinator.getByRole('checkbox', { name: 'A地域' }).check();
    await coordinator.getByLabel(/^きっかけ/).selectOption({ label: 'ニーズ調査' });
    await coordinator.getByRole('textbox', { name: /^内容/ }).fill('連絡先は0166-23-0742です。');
    await coordinator.getByRole('checkbox', { name: 'この課題を「地域の話し合いと取り組み」のページで公開する' }).check();
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '保存する' }));
    expect(await coordinator.getByRole('main').innerText()).toContain('見つかったもの: 電話番号');
    await expectNoAccessibilityViolations(coordinator);

    // The page has no script of its own; axe needs JavaScript to run, so this visitor has it on.
    const visitor = await site.openPage();
    await visitor.goto(`${site.server.baseUrl}/areas`);
    await clickAndLoad(visitor, visitor.getByRole('link', { name: 'A地域' }).first());
    await clickAndLoad(visitor, visitor.getByRole('link', { name: '地域の話し合いと取り組みを見る' }));
    expect(await visitor.getByRole('heading', { level: 1 }).innerText()).toBe('A地域の話し合いと取り組み');
    expect(await visitor.getByRole('main').innerText()).toContain('移動手段がなく通いの場に行けない');
    await expectNoAccessibilityViolations(visitor);
    await clickAndLoad(visitor, visitor.getByRole('link', { name: '転倒の不安で外出を控える' }));
    await expectNoAccessibilityViolations(visitor);
  });
});
