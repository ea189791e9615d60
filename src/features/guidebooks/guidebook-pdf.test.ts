// Renders real PDFs and reads them back with poppler (pdftotext, pdffonts).
// Text checks use `pdftotext -raw` (content order = reading order, also
// across the two columns of normal print) and `-layout` where a line matters.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuidebookDocument } from './guidebook-document.ts';
import { smallGuidebook } from './guidebook-fixture.ts';
import { renderGuidebookPdf } from './guidebook-pdf.ts';
import { columnWidth, guidebookTheme } from './guidebook-theme.ts';

const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guidebook-pdf-'));
let fileCount = 0;

async function renderToFile(doc: GuidebookDocument): Promise<string> {
  const file = path.join(tempDir, `guidebook-${++fileCount}.pdf`);
  fs.writeFileSync(file, await renderGuidebookPdf(doc));
  return file;
}

/** The text of each page (1-based: pages[1] is page 1), without whitespace. */
function rawPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return ['', ...text.split('\f').slice(0, -1).map((page) => page.replace(/\s/g, ''))];
}

function layoutText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
}

const squash = (s: string) => s.replace(/\s/g, '');

/** Asserts the needles occur in this order, each after the previous one. */
function expectInOrder(haystack: string, needles: string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(squash(needle), from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + squash(needle).length;
  }
}

/** Pages (1-based) on which text occurs, searching from page `from`. */
function pagesWith(pages: string[], text: string, from = 3): number[] {
  return pages.flatMap((page, n) => (n >= from && page.includes(squash(text)) ? [n] : []));
}

describe('renderGuidebookPdf', () => {
  const doc = smallGuidebook();
  let normalFile: string;
  let largeFile: string;
  let pages: string[];
  let indexPage: number;

  beforeAll(async () => {
    normalFile = await renderToFile(doc);
    largeFile = await renderToFile({ ...doc, largePrint: true });
    pages = rawPages(normalFile);
    indexPage = pagesWith(pages, doc.labels.index)[0];
  }, 60_000);

  afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

  it('prints the title, subtitle, publisher and date on the cover', () => {
    expectInOrder(pages[1], [doc.title, doc.subtitle, doc.printedOnText, doc.publisher]);
  });

  it('prints every entry', () => {
    const body = pages.join('');
    for (const entry of doc.sections.flatMap((s) => s.entries)) {
      expect(body).toContain(squash(entry.name));
      expect(body).toContain(squash(entry.nameReading));
      expect(body).toContain(squash(entry.placeText));
    }
  });

  it('prints the sections in the given order and the entries in order within them', () => {
    const sectionsText = pages.slice(3, indexPage).join('');
    expectInOrder(sectionsText, doc.sections.flatMap((s) => [s.heading, ...s.entries.map((e) => e.name)]));
  });

  it('starts every section at the top of a new page', () => {
    for (const section of doc.sections) {
      const first = pagesWith(pages, section.heading)[0];
      expect(pages[first].startsWith(squash(section.heading)), section.heading).toBe(true);
    }
  });

  it('lists the section headings in the contents with the page each starts on', () => {
    const contents = layoutText(normalFile, 2);
    for (const section of [...doc.sections.map((s) => s.heading), doc.labels.index, doc.labels.coordinators]) {
      const line = contents.split('\n').find((l) => l.trim().startsWith(section));
      expect(line, section).toBeDefined();
      expect(Number(line!.trim().split(/\s+/).at(-1))).toBe(pagesWith(pages, section)[0]);
    }
  });

  it('lists the entries in the index in 五十音 order under their kana row', () => {
    const index = pages.slice(indexPage, indexPage + 2).join('');
    expectInOrder(index, [
      'あ行', 'いきいき百歳体操 春光', 'ウォーキングの会',
      'か行', '学生スノーバスターズ', 'カラオケ同好会「ひまわり」', 'ごはん会すえひろ',
      'さ行', '将棋サロン駒の会',
      'た行', '豊岡ささえあい除雪',
      'な行', '永山囲碁クラブ',
      'は行', 'ふれあいサロン東光', 'ほっとお弁当配食サービス',
      'ま行', 'みんなの食堂かぐら',
      'や行', '雪はねボランティア隊',
    ]);
  });

  it('gives in the index every page an entry is printed on', () => {
    const salonPages = pagesWith(pages.slice(0, indexPage), 'ふれあいサロン東光');
    expect(salonPages).toHaveLength(2);
    const line = layoutText(normalFile, indexPage).split('\n').find((l) => l.includes('ふれあいサロン東光'));
    expect(line?.trim().split(/\s+/).slice(-2).map(Number)).toEqual(salonPages);
  });

  it('ends with the coordinators and the office contact', () => {
    expectInOrder(pages.at(-1)!, [
      doc.labels.coordinators,
      ...doc.coordinators.flatMap((c) => [c.areaName, c.name, c.phone]),
      doc.labels.office,
      ...doc.officeContact,
    ]);
  });

  it('numbers every page but the cover and prints the date in the footer', () => {
    expect(pages[1]).not.toContain('1ページ');
    for (let n = 2; n < pages.length; n++) {
      expect(pages[n]).toContain(`${n}ページ`);
      expect(pages[n]).toContain(squash(doc.printedOnText));
    }
  });

  it('keeps every line of the entries inside its column', () => {
    const theme = guidebookTheme(false);
    const [left] = theme.pageMargins;
    const leftColumnEnd = left + columnWidth(theme);
    const rightColumnEnd = left + 2 * columnWidth(theme) + theme.columnGap;
    const html = execFileSync('pdftotext', ['-bbox', '-f', '3', '-l', String(indexPage - 1), normalFile, '-'], { encoding: 'utf8' });
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(words.length).toBeGreaterThan(100);
    for (const [xMin, xMax] of words) expect(xMax).toBeLessThanOrEqual((xMin < leftColumnEnd ? leftColumnEnd : rightColumnEnd) + 0.5);
  });

  it('prints status notices and attribute tags', () => {
    const body = pages.join('');
    expect(body).toContain(squash('※ 冬季休止（12月〜2月）'));
    expect(body).toContain('［送迎あり］');
  });

  it('needs more pages in large print, with body text of at least 16pt', () => {
    expect(rawPages(largeFile).length).toBeGreaterThan(pages.length);
    expect(guidebookTheme(true).body).toBeGreaterThanOrEqual(16);
  });

  it('embeds Noto Sans JP, regular and bold', () => {
    for (const file of [normalFile, largeFile]) {
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').filter((l) => l.includes('NotoSansJP'));
      expect(fonts.map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansJP-Bold', 'NotoSansJP-Regular']);
      // Columns after the name: type (2 words), encoding, emb, sub, uni, object id.
      for (const line of fonts) expect(line.split(/\s+/)[4]).toBe('yes');
    }
  });

  it('prints an entry taller than a page in full instead of cutting it off', async () => {
    const long = `${'地域のみなさんで支え合う活動です。'.repeat(120)}説明はここまで。`;
    const sections = doc.sections.map((s, i) => (i === 0 ? { ...s, entries: [{ ...s.entries[0], description: long }, ...s.entries.slice(1)] } : s));
    for (const largePrint of [false, true]) {
      const text = rawPages(await renderToFile({ ...doc, sections, largePrint })).join('');
      expect(text).toContain('説明はここまで。');
      expect(text).toContain(squash('豊岡ささえあい除雪'));
    }
  }, 30_000);

  it('reports progress in entries, ending once with done equal to total', async () => {
    const calls: [number, number][] = [];
    await renderGuidebookPdf(doc, (done, total) => calls.push([done, total]));
    const total = doc.sections.reduce((sum, s) => sum + s.entries.length, 0);
    expect(calls.every(([, t]) => t === total)).toBe(true);
    expect(calls.map(([d]) => d)).toEqual([...calls.map(([d]) => d)].sort((a, b) => a - b));
    expect(calls.filter(([d]) => d === total)).toEqual([[total, total]]);
    expect(calls.at(-1)).toEqual([total, total]);
  });

  it('keeps the progress of two guidebooks rendered at the same time apart', async () => {
    const handbook = { ...doc, subtitle: '東光圏域', sections: doc.sections.slice(2) };
    const guidebookCalls: [number, number][] = [];
    const handbookCalls: [number, number][] = [];
    await Promise.all([
      renderGuidebookPdf(doc, (done, total) => guidebookCalls.push([done, total])),
      renderGuidebookPdf(handbook, (done, total) => handbookCalls.push([done, total])),
    ]);
    expect(guidebookCalls.every(([, total]) => total === 13)).toBe(true);
    expect(handbookCalls.every(([, total]) => total === 6)).toBe(true);
    expect([guidebookCalls.at(-1), handbookCalls.at(-1)]).toEqual([[13, 13], [6, 6]]);
  });
});
