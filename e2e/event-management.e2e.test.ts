import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

const site = useDemoSite();

async function signedInPage(email: string): Promise<Page> {
  const page = await site.openPage();
  await site.signIn(page, email);
  return page;
}

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).innerText();
const status = (page: Page) => page.getByRole('status').innerText();

async function calendarSummaries(page: Page): Promise<{ summary: string; status: string }[]> {
  const text = await (await page.request.get(`${site.server.baseUrl}/events.ics`)).text();
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => ({ summary: String(v.getFirstPropertyValue('summary')), status: String(v.getFirstPropertyValue('status')) }));
}

describe('a coordinator managing events', () => {
  test('creates an event with its programme after fixing a mistake, copies it, publishes it and finds it in the calendar feed', async () => {
    const page = await signedInPage('yamada@example.jp');
    await clickAndLoad(page, page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '研修・イベント' }));
    expect(await heading(page)).toBe('研修・イベントの管理');
    await expectNoAccessibilityViolations(page);

    await clickAndLoad(page, page.getByRole('link', { name: '研修・イベントを追加' }));
    expect(await heading(page)).toBe('研修・イベントを追加');
    await expectNoAccessibilityViolations(page);

    // First attempt: no dates. The form comes back with messages and the title kept.
    await page.locator('#field-title').fill('春のボランティア交流会');
    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }).first());
    expect(await page.getByRole('alert').innerText()).toContain('開始日時: 入力してください。');
    expect(await page.locator('#field-title').inputValue()).toBe('春のボランティア交流会');
    await expectNoAccessibilityViolations(page);

    await page.locator('#field-startsAt').fill('2027-04-17T13:30');
    await page.locator('#field-endsAt').fill('2027-04-17T15:30');
    await page.locator('#field-venueName').fill('東光地区センター 大会議室');
    await page.locator('#field-applicationOpensAt').fill('2027-03-01T09:00');
    await page.locator('#field-applicationClosesAt').fill('2027-04-10T17:00');
    await page.locator('#field-capacity').fill('30');
    const first = page.getByRole('group', { name: 'プログラム 1' });
    await first.getByLabel(/^開始/).fill('2027-04-17T13:30');
    await first.getByLabel(/^終了/).fill('2027-04-17T14:30');
    await first.getByLabel(/^タイトル/).fill('活動紹介');
    await first.getByRole('group', { name: '登壇者 1' }).getByLabel(/^氏名/).fill('堀川 沙織');
    await clickAndLoad(page, page.getByRole('button', { name: /^行を追加\s*（プログラム 4）$/ }));
    expect(await page.getByRole('group', { name: 'プログラム 4' }).count()).toBe(1);
    expect(await page.getByRole('group', { name: 'プログラム 1' }).getByLabel(/^タイトル/).inputValue()).toBe('活動紹介');
    const fourth = page.getByRole('group', { name: 'プログラム 4' });
    await fourth.getByLabel(/^時間（分）/).fill('60');
    await fourth.getByLabel(/^タイトル/).fill('意見交換');

    await clickAndLoad(page, page.getByRole('button', { name: '保存する' }).first());
    expect(await status(page)).toBe('研修・イベントを保存しました。');
    expect(await heading(page)).toBe('研修・イベントの編集: 春のボランティア交流会');
    const eventPath = new URL(page.url()).pathname;
    expect(await page.getByRole('link', { name: '参加者' }).getAttribute('href')).toBe(`${eventPath}/participants`);
    await expectNoAccessibilityViolations(page);

    await clickAndLoad(page, page.getByRole('button', { name: 'コピーして新しく作る' }));
    expect(await heading(page)).toBe('研修・イベントの編集: 春のボランティア交流会（コピー）');
    expect(await page.getByRole('heading', { level: 2, name: '現在の状況: 下書き' }).count()).toBe(1);

    await page.goto(`${site.server.baseUrl}${eventPath}`);
    expect((await calendarSummaries(page)).map((e) => e.summary)).not.toContain('春のボランティア交流会');
    await clickAndLoad(page, page.getByRole('button', { name: '公開する' }));
    expect(await status(page)).toBe('公開しました。');
    expect(await calendarSummaries(page)).toContainEqual({ summary: '春のボランティア交流会', status: 'CONFIRMED' });
    expect((await calendarSummaries(page)).map((e) => e.summary)).not.toContain('春のボランティア交流会（コピー）');
  });
});

describe('an administrator', () => {
  test('reads the yearly figures and the outbox', async () => {
    const page = await signedInPage('admin@example.jp');
    await page.goto(`${site.server.baseUrl}/staff/events/figures`);
    expect(await heading(page)).toBe('年度ごとの開催実績');
    expect(await page.getByRole('row', { name: /令和2年度/ }).innerText()).toContain('10');
    await expectNoAccessibilityViolations(page);
    await clickAndLoad(page, page.getByRole('navigation', { name: '職員メニュー' }).getByRole('link', { name: '送信トレイ' }));
    expect(await heading(page)).toBe('送信メール（送信トレイ）');
    await expectNoAccessibilityViolations(page);
  });
});
