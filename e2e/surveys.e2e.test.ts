import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

const site = useDemoSite();

const japanDay = (offsetDays: number) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date(Date.now() + offsetDays * 86_400_000));

/** Chooses the n-th choice of a question with the number key, the focus first put in that question. */
async function chooseByKey(page: Page, questionNumber: number, key: string): Promise<void> {
  await page.locator(`fieldset.survey-question:has(legend:text-matches("^${questionNumber}\\\\. ")) input`).first().focus();
  await page.keyboard.press(key);
}

async function createSurvey(page: Page, fields: { title: string; audience: string; methods: string[]; template: string }): Promise<void> {
  await clickAndLoad(page, page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: 'ニーズ把握・調査' }));
  await expectNoAccessibilityViolations(page);
  await clickAndLoad(page, page.getByRole('link', { name: '調査を作る' }));
  await expectNoAccessibilityViolations(page);
  await page.getByRole('textbox', { name: /^調査名/ }).fill(fields.title);
  await page.getByLabel(/^回答する人/).selectOption({ label: fields.audience });
  await page.getByLabel(/^対象の地域/).selectOption({ label: 'A地域' });
  await page.getByLabel(/^実施期間の初日/).fill(japanDay(-1));
  await page.getByLabel(/^実施期間の最終日/).fill(japanDay(14));
  const methods = page.getByRole('group', { name: /把握方法/ });
  for (const box of await methods.getByRole('checkbox').all()) await box.uncheck();
  for (const method of fields.methods) await methods.getByRole('checkbox', { name: method, exact: true }).check();
  await page.getByLabel(/^はじめの質問/).selectOption({ label: fields.template });
  await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(fields.title);
  await expectNoAccessibilityViolations(page);
}

describe('a needs hearing from its questions to a local issue', () => {
  test('a coordinator builds the seed’s hearing, takes three calls by keyboard, a paper form is typed in, the results compare respondent types and one is raised as a 地域課題; axe-clean on every page', async () => {
    const page = await site.openPage();
    await site.signIn(page, 'yamada@example.jp');
    await createSurvey(page, { title: '東光 コロナ禍の暮らしヒアリング', audience: '機関・団体（対象の一覧に電話などで聞く）', methods: ['電話', '紙'], template: 'ヒアリング「コロナ禍における高齢者ニーズ」の形' });

    await page.getByRole('textbox', { name: /^対象の一覧/ }).fill(['東光地域包括支援センター, 地域包括支援センター, 0166-23-0742', 'デイサービス東光, 介護保険サービス事業所', '東光老人クラブ, 老人クラブ', '東光地区社協, 地区社会福祉協議会'].join('\n'));
    await clickAndLoad(page, page.getByRole('button', { name: '対象を追加する' }));
    expect(await page.getByRole('main').innerText()).toContain('0 / 4 件 実施済');

    // Three calls, keyboard only on each screen: number keys for choices, Enter on the save button.
    await clickAndLoad(page, page.getByRole('link', { name: /電話で聞く（/ }).first());
    for (let call = 0; call < 3; call++) {
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^電話で聞く: /);
      if (call === 0) await expectNoAccessibilityViolations(page);
      await chooseByKey(page, 1, '1');
      await chooseByKey(page, 2, call === 2 ? '4' : '1');
      await chooseByKey(page, 4, call === 1 ? '1' : '3');
      await chooseByKey(page, 7, call === 0 ? '1' : '2');
      expect(await page.getByRole('textbox', { name: /^5\. 休止・縮小の理由/ }).isVisible()).toBe(call !== 1);
      await page.getByRole('button', { name: '結果を保存して次へ' }).focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    }
    await clickAndLoad(page, page.getByRole('main').getByRole('link', { name: '東光 コロナ禍の暮らしヒアリング' }));
    expect(await page.getByRole('main').innerText()).toContain('3 / 4 件 実施済');

    // A returned paper form, typed in on the entry screen.
    await clickAndLoad(page, page.getByRole('link', { name: '紙・訪問の回答を入力する' }));
    await expectNoAccessibilityViolations(page);
    await page.getByLabel(/^回答した機関・団体/).selectOption({ label: '東光地区社協（地区社会福祉協議会）' });
    await page.getByRole('group', { name: /^1\. / }).getByRole('checkbox', { name: '交流の機会が減った' }).check();
    await page.getByRole('group', { name: /^2\. / }).getByRole('radio', { name: '1 とても減った' }).check();
    await page.getByRole('group', { name: /^4\. / }).getByRole('radio', { name: '休止している' }).check();
    await page.getByRole('group', { name: /^7\. / }).getByRole('radio', { name: 'はい' }).check();
    await clickAndLoad(page, page.getByRole('button', { name: '保存して次の票へ' }));
    expect(await page.getByRole('status').first().innerText()).toContain('回答を保存しました。');

    // Results: the chart, and the cross-tab by respondent type.
    await page.goto(new URL(page.url()).href.replace(/\/entry$/, '/results'));
    expect(await page.locator('.survey-total').innerText()).toBe('回答 4件');
    expect(await page.locator('svg.bar-chart').first().isVisible()).toBe(true);
    await page.getByLabel('集計する質問').selectOption({ label: '再開や継続のために社協の支援を希望しますか' });
    await page.getByLabel('分ける項目').selectOption({ label: '回答者の種別（専門職・活動団体）' });
    await clickAndLoad(page, page.getByRole('button', { name: '集計する' }));
    const crossTab = await page.getByRole('table', { name: 'クロス集計' }).innerText();
    expect(crossTab).toContain('専門職');
    expect(crossTab).toContain('活動団体');
    await expectNoAccessibilityViolations(page);

    // One result raised as a 地域課題 that links back to it.
    await clickAndLoad(page, page.getByRole('link', { name: 'この結果から地域課題を登録する' }).first());
    expect(await page.getByRole('textbox', { name: /^課題/ }).inputValue()).toContain('交流の機会が減った');
    await page.getByRole('group', { name: /地域/ }).first().getByRole('checkbox', { name: 'A地域' }).check();
    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }));
    await clickAndLoad(page, page.getByRole('link', { name: /根拠: 調査「東光 コロナ禍の暮らしヒアリング」の結果/ }));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('結果: 東光 コロナ禍の暮らしヒアリング');
  });

  test('a resident answers the 圏域 questionnaire page by page without JavaScript, confirms and sends; axe-clean on every page', async () => {
    const staffPage = await site.openPage();
    await site.signIn(staffPage, 'yamada@example.jp');
    await createSurvey(staffPage, { title: '東光地域の暮らしのアンケート', audience: '住民（Webの回答ページ・紙）', methods: ['Web', '紙'], template: '圏域のニーズ調査（外出・手伝ってほしいこと・できること・通いの場）' });
    const address = await staffPage.getByRole('region', { name: '回答ページ' }).getByRole('link').innerText();

    // Without JavaScript (skip logic by pages on the server), then once more with it, checked by axe on every page.
    for (const javaScriptEnabled of [false, true]) {
      const page = await site.openPage({ javaScriptEnabled });
      const checked = async () => {
        if (javaScriptEnabled) await expectNoAccessibilityViolations(page);
      };
      await page.goto(address);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('東光地域の暮らしのアンケート');
      await checked();
      await clickAndLoad(page, page.getByRole('button', { name: '次へ' }));
      expect(await page.getByRole('alert').innerText()).toContain('入力してください');
      await checked();
      await page.getByRole('group', { name: /^1\. お住まいの地域/ }).getByRole('radio', { name: 'A地域' }).check();
      await page.getByRole('textbox', { name: /^2\. 年齢/ }).fill('82');
      await clickAndLoad(page, page.getByRole('button', { name: '次へ' }));
      expect(await page.getByText('2 / 2 ページ').isVisible()).toBe(true);
      await checked();
      await page.getByRole('group', { name: /^3\. / }).getByRole('radio', { name: 'ほとんど外出しない' }).check();
      for (const n of [4, 5, 6]) await page.getByRole('group', { name: new RegExp(`^${n}\\. `) }).getByRole('radio', { name: n === 6 ? 'いいえ' : 'はい' }).check();
      await page.getByRole('group', { name: /^7\. / }).getByRole('checkbox', { name: '除雪' }).check();
      await clickAndLoad(page, page.getByRole('button', { name: '入力内容を確認する' }));
      expect(await page.getByRole('heading', { name: '回答の確認' }).isVisible()).toBe(true);
      expect(await page.getByRole('main').innerText()).toContain('82 歳');
      await checked();
      await clickAndLoad(page, page.getByRole('button', { name: 'この内容で送信する' }));
      expect(await page.getByRole('heading', { name: 'ご回答ありがとうございました' }).isVisible()).toBe(true);
      await checked();
    }

    await staffPage.reload();
    expect(await staffPage.getByRole('main').innerText()).toMatch(/回答数\s*2/);
  });
});
