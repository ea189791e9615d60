import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoTenant } from '../src/features/demo/demo-tenant.ts';
import type { EventRow } from '../src/features/events/schema.ts';
import { findTenantBySlug } from '../src/platform/tenancy/tenancy.ts';
import { buildEvent } from '../test/factories/event.ts';
import { startSmtpInbox, type SmtpInbox } from '../test/support/smtp-inbox.ts';
import { clickAndLoad, expectNoAccessibilityViolations } from './support/browser.ts';
import { useDemoSite } from './support/demo-site.ts';

// Two people apply for the one seat of a free event through the real server,
// in Chromium; the server's job runner mails them through a real local SMTP
// server; the first cancels from the link in her mail and the second moves up.

let inbox: SmtpInbox;
let event: EventRow;
const title = 'ひとり席の傾聴ボランティア講座';

beforeAll(async () => {
  inbox = await startSmtpInbox();
});
// Registered before the site's, so it runs after the server has stopped.
afterAll(async () => {
  await inbox?.close();
});

const site = useDemoSite(() => ({ smtpUrl: inbox.url }));
const { openPage, visit } = site;

beforeAll(async () => {
  const tenant = await findTenantBySlug(site.server.database.db, demoTenant.slug);
  event = await buildEvent({ database: site.server.database, demo: tenant!, clock: { now: new Date() } }, { title, capacity: 1, feeYen: 0 });
});

const main = (page: Page) => page.getByRole('main');

/** From the list of events to the application form, by clicking, checking axe on each page on the way. */
async function openFormFromList(page: Page, check: boolean): Promise<void> {
  await visit(page, '/events');
  if (check) await expectNoAccessibilityViolations(page);
  await clickAndLoad(page, main(page).getByRole('link', { name: title }));
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
  if (check) await expectNoAccessibilityViolations(page);
  await clickAndLoad(page, main(page).getByRole('link', { name: /申し込む$/ }));
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`参加申込: ${title}`);
}

/** Types and picks every field as a person would, then sends the form; ends on the personal page. */
async function fillAndSend(page: Page, person: { name: string; reading: string; email: string }): Promise<void> {
  await page.getByLabel('お名前').pressSequentially(person.name);
  await page.getByLabel('ふりがな').pressSequentially(person.reading);
  await page.getByLabel('ご所属').pressSequentially('旭川市社会福祉協議会');
  await page.getByLabel('お立場').selectOption({ label: '生活支援コーディネーター' });
  await page.getByLabel('都道府県').selectOption({ label: '北海道' });
  await page.getByLabel('市区町村').pressSequentially('旭川市');
  await page.getByLabel('メールアドレス').pressSequentially(person.email);
  await page.getByLabel('電話番号').pressSequentially('0166-23-0742');
  await page.getByLabel(/個人情報を.*同意します/).check();
  await clickAndLoad(page, page.getByRole('button', { name: '申し込む' }));
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('お申し込み内容');
}

const linkIn = (text: string) => text.match(/http:\/\/127\.0\.0\.1:\d+\/events\/applications\/\S+/)?.[0];

describe('applying to a free event with one seat', () => {
  test('the first applicant gets the seat and a mail with her link, the second waits, and moves up when the first cancels from that link', async () => {
    const alice = await openPage();
    await openFormFromList(alice, true);
    await expectNoAccessibilityViolations(alice);

    // An empty form comes back with the mistakes listed, and still passes axe.
    await clickAndLoad(alice, alice.getByRole('button', { name: '申し込む' }));
    expect(await main(alice).innerText()).toContain('個人情報の取り扱いへの同意が必要です。');
    expect(await alice.getByLabel('お名前').getAttribute('aria-invalid')).toBe('true');
    await expectNoAccessibilityViolations(alice);

    await fillAndSend(alice, { name: '旭川 愛子', reading: 'あさひかわ あいこ', email: 'aiko@example.jp' });
    const aliceText = await main(alice).innerText();
    expect(aliceText).toContain('参加確定');
    const reference = (await alice.locator('.reference').innerText()).trim();
    expect(reference).toMatch(/^\d{8}$/);
    await expectNoAccessibilityViolations(alice);

    const confirmation = await inbox.waitFor((m) => m.envelopeTo.includes('aiko@example.jp') && m.subject === `【参加確定】${title}`);
    expect(confirmation.text).toContain(`受付番号: ${reference}`);
    const aliceLink = linkIn(confirmation.text);
    expect(aliceLink).toBe(alice.url());

    const bob = await openPage();
    await openFormFromList(bob, false);
    await fillAndSend(bob, { name: '東光 文男', reading: 'とうこう ふみお', email: 'fumio@example.jp' });
    expect(await main(bob).innerText()).toContain('キャンセル待ち 1 番目です');
    await expectNoAccessibilityViolations(bob);

    // Alice, on another device: from the mail to her page, then cancel.
    const aliceLater = await openPage();
    await aliceLater.goto(aliceLink!);
    await clickAndLoad(aliceLater, aliceLater.getByRole('button', { name: 'キャンセルする' }));
    const cancelled = await main(aliceLater).innerText();
    expect(cancelled).toContain('キャンセルを受け付けました。');
    expect(cancelled).toContain('キャンセル済み');

    await bob.reload();
    const bobText = await main(bob).innerText();
    expect(bobText).toContain('参加確定');
    expect(bobText).not.toContain('キャンセル待ち 1 番目');
    const promoted = await inbox.waitFor((m) => m.envelopeTo.includes('fumio@example.jp') && m.subject.includes('繰り上がりました'));
    expect(promoted.subject).toBe(`【参加確定】キャンセル待ちから繰り上がりました: ${title}`);
    expect(linkIn(promoted.text)).toBe(bob.url());
  });

  test('the application form reflows at 200% zoom without horizontal scrolling', async () => {
    // 1280 px wide at 200% is 640 CSS px.
    const page = await openPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    for (const path of [`/events/${event.id}`, `/events/${event.id}/apply`]) {
      await visit(page, path);
      const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(size.scroll, path).toBeLessThanOrEqual(size.client + 1);
    }
    await page.context().close();
  });
});
