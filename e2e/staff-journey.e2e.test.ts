import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoPassword } from '../src/features/demo/demo-tenant.ts';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

const site = useDemoSite();
// A fresh browser profile, so each person starts signed out.
const { openPage } = site;

function path(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

async function heading(page: Page): Promise<string> {
  return page.getByRole('heading', { level: 1 }).innerText();
}

async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: /^メールアドレス/ }).fill(email);
  await page.getByLabel(/^パスワード/).fill(password);
  await clickAndLoad(page, page.getByRole('button', { name: 'ログイン' }));
}

/** Opens the sign-in page and signs in with the demo password. */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${site.server.baseUrl}/login`);
  await submitSignIn(page, email, demoPassword);
  expect(path(page)).toBe('/staff');
}

/** The text of the element a field's aria-describedby points at, and whether it sits in the field's own group. */
async function describedProblem(page: Page, fieldName: RegExp) {
  return page.getByRole('textbox', { name: fieldName }).evaluate((input) => {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const problem = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains('field-error'));
    return { invalid: input.getAttribute('aria-invalid'), text: problem?.textContent ?? null, besideField: !!problem && problem.parentElement === input.parentElement };
  });
}

/** The audit log table as records: who, what was done, to which record, and the before/after text. */
async function auditEntries(page: Page) {
  return page.locator('main tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const cells = (row as HTMLTableRowElement).cells;
      return {
        actor: cells[1]!.textContent!.trim(),
        action: cells[2]!.textContent!.trim(),
        entityType: cells[3]!.firstChild!.textContent!.trim(),
        entityId: cells[3]!.querySelector('.reading')!.textContent!.trim(),
        changes: cells[4]!.textContent ?? '',
      };
    }),
  );
}

describe('an administrator', () => {
  test('signs in after a wrong password, adds an area and a district that the public page then shows, finds them in the audit log, and signs out', async () => {
    const page = await openPage();
    await page.goto(`${site.server.baseUrl}/login`);

    await submitSignIn(page, 'admin@example.jp', 'not-the-password');
    expect(await page.getByRole('alert').innerText()).toContain('メールアドレスまたはパスワードが違います。');
    expect(await page.getByRole('textbox', { name: /^メールアドレス/ }).inputValue()).toBe('admin@example.jp');
    await submitSignIn(page, 'admin@example.jp', demoPassword);
    expect(path(page)).toBe('/staff');
    expect(await heading(page)).toBe('職員トップ');

    await clickAndLoad(page, page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '地域・圏域' }));
    expect(path(page)).toBe('/staff/areas');
    await expectNoAccessibilityViolations(page);
    await clickAndLoad(page, page.getByRole('link', { name: '地域を追加' }));
    expect(await heading(page)).toBe('地域を追加');

    // First attempt: the name is missing; the form comes back with the problem beside the field and the reading kept.
    await page.getByRole('textbox', { name: /^ふりがな/ }).fill('いーちいき');
    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
    expect(await describedProblem(page, /^地域名/)).toEqual({ invalid: 'true', text: '入力してください。', besideField: true });
    expect(await page.getByRole('alert').innerText()).toContain('地域名: 入力してください。');
    expect(await page.getByRole('textbox', { name: /^ふりがな/ }).inputValue()).toBe('いーちいき');
    await expectNoAccessibilityViolations(page);

    await page.getByRole('textbox', { name: /^地域名/ }).fill('E地域');
    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
    const areaPath = path(page);
    expect(areaPath).toMatch(/^\/staff\/areas\/[0-9a-f-]{36}$/);
    const areaId = areaPath.split('/').at(-1)!;
    expect(await page.getByRole('status').innerText()).toBe('地域を保存しました。');
    expect(await heading(page)).toBe('地域を編集: E地域');

    const districtForm = page.locator('form', { has: page.getByRole('heading', { name: '圏域を追加' }) });
    await districtForm.getByRole('textbox', { name: /^圏域名/ }).fill('旭町');
    await clickAndLoad(page, districtForm.getByRole('button', { name: '圏域を追加' }));
    expect(path(page)).toBe(areaPath);
    expect(await page.getByRole('status').innerText()).toBe('圏域を保存しました。');
    expect(await page.getByRole('main').getByRole('listitem').filter({ hasText: '旭町' }).count()).toBe(1);

    await page.goto(`${site.server.baseUrl}/areas`);
    const card = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: /E地域/ }) });
    const cardText = await card.innerText();
    expect(cardText).toContain('第2層');
    expect(cardText).toContain('いーちいき');
    expect(cardText).toContain('旭町');

    await page.goto(`${site.server.baseUrl}/staff/audit`);
    await expectNoAccessibilityViolations(page);
    const entries = await auditEntries(page);
    expect(entries.filter((e) => e.entityId === areaId)).toEqual([
      { actor: '管理者 太郎', action: '追加', entityType: '地域', entityId: areaId, changes: expect.stringContaining('"name": "E地域"') },
    ]);
    const districtCreations = entries.filter((e) => e.action === '追加' && e.entityType === '圏域' && e.changes.includes(areaId));
    expect(districtCreations).toEqual([expect.objectContaining({ actor: '管理者 太郎', changes: expect.stringContaining('"name": "旭町"') })]);

    await clickAndLoad(page, page.getByRole('button', { name: 'ログアウト' }));
    expect(path(page)).toBe('/');
    expect(await page.getByRole('status').innerText()).toBe('ログアウトしました。');
    await page.goto(`${site.server.baseUrl}/staff`);
    expect(path(page)).toBe('/login?next=%2Fstaff');
  });
});

describe('an administrator importing a city’s file', () => {
  test('reviews the dry run, imports the rows as drafts, and publishes the whole run from 「この取り込みの N件」', async () => {
    const page = await openPage();
    await signIn(page, 'admin@example.jp');
    await page.goto(`${site.server.baseUrl}/staff/resources/import`);
    const file = '名称,名称_カナ,住所\r\n取込確認の公民館,とりこみかくにんのこうみんかん,旭川市東光9条5丁目\r\n取込確認の集会所,とりこみかくにんのしゅうかいじょ,旭川市東光10条5丁目\r\n';
    await page.getByLabel('ファイル').setInputFiles({ name: 'facilities.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
    await clickAndLoad(page, page.getByRole('button', { name: '内容を確認する' }));
    expect(await page.getByRole('main').innerText()).toContain('取り込み後に公開されるのは0件、下書き（非公開）のままは2件です。');
    await expectNoAccessibilityViolations(page);

    await clickAndLoad(page, page.getByRole('button', { name: '取り込む', exact: true }));
    await clickAndLoad(page, page.getByRole('link', { name: /この取り込みの2件を見る/ }));
    expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe('この取り込みの2件');
    await expectNoAccessibilityViolations(page);
    await clickAndLoad(page, page.getByRole('button', { name: 'この2件を公開する' }));
    expect(await page.getByRole('status').innerText()).toBe('この取り込みの掲載を公開しました。');

    await page.goto(`${site.server.baseUrl}/resources?q=${encodeURIComponent('取込確認')}`);
    expect(await page.getByRole('main').innerText()).toContain('取込確認の集会所');
  });
});

describe('a coordinator', () => {
  test('can open the area list but is refused the user accounts page', async () => {
    const page = await openPage();
    await signIn(page, 'yamada@example.jp');
    expect(await page.getByRole('main').getByRole('link', { name: 'A地域' }).count()).toBe(1);
    const staffNav = page.getByRole('navigation', { name: '職員メニュー' });
    expect(await staffNav.getByRole('link', { name: '利用者アカウント' }).count()).toBe(0);

    await clickAndLoad(page, staffNav.getByRole('link', { name: '地域・圏域' }));
    expect(await heading(page)).toBe('地域・圏域');
    expect(await page.getByRole('link', { name: '地域を追加' }).count()).toBe(0);

    const refused = await page.goto(`${site.server.baseUrl}/staff/users`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByRole('main').innerText()).toContain('この操作を行う権限がありません。');
    await expectNoAccessibilityViolations(page);
  });
});

describe('a staff member', () => {
  test('is refused the audit log', async () => {
    const page = await openPage();
    await signIn(page, 'staff@example.jp');
    expect(await page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '操作記録' }).count()).toBe(0);
    const refused = await page.goto(`${site.server.baseUrl}/staff/audit`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByRole('main').innerText()).toContain('この操作を行う権限がありません。');
    expect(await page.getByRole('row').count()).toBe(0);
  });
});
