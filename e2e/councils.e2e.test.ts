import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

const site = useDemoSite();

const japanDay = (offsetDays: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + offsetDays * 86_400_000));

async function checked(page: Page): Promise<void> {
  await expectNoAccessibilityViolations(page);
}

describe('a council from its members to a recorded meeting', () => {
  test('a coordinator creates a council and members, schedules a meeting, sends invitations and closes it with attendance, minutes and an action item; axe-clean on every page', async () => {
    const page = await site.openPage();
    await site.signIn(page, 'yamada@example.jp');
    await clickAndLoad(page, page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '協議体・会議' }));
    await checked(page);

    await clickAndLoad(page, page.getByRole('link', { name: '協議体を登録する' }));
    await checked(page);
    await page.getByRole('textbox', { name: /^名称/ }).fill('東光 支え合い会議');
    await page.getByLabel(/^種類/).selectOption({ label: '地域懇談会' });
    await page.getByLabel(/^対象の地域/).selectOption({ label: 'A地域（第2層）' });
    await page.getByRole('checkbox', { name: '会議の予定を公開する' }).check();
    await page.getByRole('checkbox', { name: '議事要旨を公開する' }).check();
    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('東光 支え合い会議');
    await checked(page);

    for (const [person, organisation, email] of [
      ['井上 春子', '東光町内会', 'inoue@example.jp'],
      ['岡本 実', '東光地区民生委員児童委員協議会', ''],
    ] as const) {
      await clickAndLoad(page, page.getByRole('link', { name: '委員を追加する' }));
      await page.getByRole('textbox', { name: /^氏名/ }).fill(person);
      await page.getByRole('textbox', { name: /^所属団体/ }).fill(organisation);
      await page.getByLabel(/^種別/).selectOption({ label: '町内会・自治会' });
      if (email) await page.getByRole('textbox', { name: /^メールアドレス/ }).fill(email);
      await page.getByLabel(/^任期の始まり/).fill('2026-04-01');
      await checked(page);
      await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
    }
    expect(await page.getByRole('main').innerText()).toContain('岡本 実（東光地区民生委員児童委員協議会）');
    await clickAndLoad(page, page.getByRole('link', { name: '委員名簿を印刷' }));
    expect(await page.getByRole('table').innerText()).toContain('井上 春子');
    await checked(page);
    await page.goBack();

    await clickAndLoad(page, page.getByRole('link', { name: '会議の予定を登録する' }));
    await checked(page);
    await page.getByLabel(/^開催日/).fill(japanDay(10));
    await page.getByRole('textbox', { name: /^開始時刻/ }).fill('13:30');
    await page.getByRole('textbox', { name: /^終了時刻/ }).fill('15:00');
    await page.getByRole('textbox', { name: /^場所/ }).fill('東光地区センター');
    await page.getByRole('textbox', { name: /^議題/ }).fill('開会（5分）\n協議「移動手段がなく通いの場に行けない」（60分）\n閉会（5分）');
    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('第1回 東光 支え合い会議');
    await checked(page);

    await clickAndLoad(page, page.getByRole('button', { name: '開催通知をメールで送る' }));
    expect(await page.getByRole('status').first().innerText()).toContain('メールがない委員の分は');
    expect(await page.getByRole('main').innerText()).toContain('岡本 実（東光地区民生委員児童委員協議会） 様');
    await checked(page);
    await page.goBack();
    await page.reload();

    await clickAndLoad(page, page.getByRole('link', { name: '会議の記録を付ける' }));
    await checked(page);
    await page.getByRole('group', { name: /井上 春子/ }).getByRole('radio', { name: '出席', exact: true }).check();
    await page.getByRole('group', { name: /岡本 実/ }).getByRole('radio', { name: '代理出席' }).check();
    await page.getByRole('group', { name: /岡本 実/ }).getByRole('textbox', { name: /代理出席者の氏名/ }).fill('岡本 幸子');
    await page.getByRole('textbox', { name: /^傍聴者/ }).fill('2');
    await page.getByRole('textbox', { name: /^議事要旨/ }).first().fill('委員：送迎があれば通いの場に行けるという声が多い。');
    await page.getByRole('textbox', { name: /^決まったこと/ }).fill('送迎の協力先を探す。');
    const firstAction = page.getByRole('group', { name: '宿題1' });
    await firstAction.getByRole('textbox', { name: /^すること/ }).fill('送迎に協力できる事業所を当たる');
    await firstAction.getByLabel('担当者').selectOption({ label: '山田 花子' });
    await firstAction.getByLabel(/^期限/).fill(japanDay(30));
    await clickAndLoad(page, page.getByRole('button', { name: '記録を保存する' }));
    const record = await page.getByRole('main').innerText();
    expect(record).toContain('開催済み');
    expect(record).toContain('代理出席（岡本 幸子）');
    expect(record).toContain('その他の参加者 0人、傍聴者 2人');
    await checked(page);

    const pdf = await page.request.get(`${page.url()}/minutes.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    await clickAndLoad(page, page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '職員トップ' }));
    expect(await page.getByRole('region', { name: 'あなたの宿題（会議で決まったこと）' }).innerText()).toContain('送迎に協力できる事業所を当たる');
    await checked(page);
  });
});
