// One listing as a printed block: reading over the name, any status notice
// boxed so it cannot be missed, the description, a label/value table and tags.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { isReadingHelpful } from '../../platform/japanese-text/reading.ts';
import type { GuidebookEntry, GuidebookLabels } from './guidebook-document.ts';
import { bodyHeight, columnWidth, type GuidebookTheme } from './guidebook-theme.ts';
import { printedText } from './printed-text.ts';

// Noto Sans JP: ascender 1160 + descender 288 per 1000 units, no line gap.
const FONT_LINE_FACTOR = 1.448;
// Blocks estimated taller than this share of a page may break across pages:
// pdfmake drops whatever of an unbreakable block does not fit on one page.
const UNBREAKABLE_LIMIT = 0.85;
const CELL_PADDING = 3;
const VALUE_PADDING = 4;
const NOTICE_FRAME = 1.5;

/** Stages pdfmake goes through per entry: sizing its text, then placing it on pages. */
export type LayoutStage = 'measure' | 'place';

/** The pdfmake id of one printed occurrence of an entry (an entry may sit in several sections). */
export function entryAnchorId(sectionIndex: number, entryIndex: number): string {
  return `entry-${sectionIndex}-${entryIndex}`;
}

function fieldRows(entry: GuidebookEntry, labels: GuidebookLabels): [string, string][] {
  const rows: [string, string][] = [
    [labels.schedule, entry.scheduleText],
    [labels.cost, entry.costText],
    [labels.target, entry.targetText],
    [labels.place, entry.placeText],
    [labels.contact, entry.contactLines.join('\n')],
    [labels.provider, entry.providerName],
    [labels.district, entry.districtName],
  ];
  return rows.filter(([, value]) => value.trim() !== '');
}

function noticeBox(notice: string, theme: GuidebookTheme): Content {
  // A thick black frame carries the warning on black-and-white printers too.
  const textWidth = columnWidth(theme) - theme.body - NOTICE_FRAME * 2;
  return {
    table: { widths: ['*'], body: [[printedText(`※ ${notice}`, 'notice', textWidth, theme, { fillColor: '#ffe9a8' }) as TableCell]] },
    layout: {
      hLineWidth: () => NOTICE_FRAME,
      vLineWidth: () => NOTICE_FRAME,
      paddingLeft: () => theme.body * 0.5,
      paddingRight: () => theme.body * 0.5,
      paddingTop: () => CELL_PADDING,
      paddingBottom: () => CELL_PADDING,
    },
    margin: [0, 2, 0, 4],
  };
}

function fieldTable(rows: [string, string][], theme: GuidebookTheme, onStage: (stage: LayoutStage) => void): Content {
  const valueWidth = columnWidth(theme) - theme.labelWidth - VALUE_PADDING;
  const body: TableCell[][] = rows.map(([label, value]) => [
    printedText(label, 'label', theme.labelWidth, theme) as TableCell,
    printedText(value, 'body', valueWidth, theme) as TableCell,
  ]);
  return {
    table: { widths: [theme.labelWidth, '*'], body },
    layout: {
      hLineWidth: (i: number) => (i === 0 || i === body.length ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => '#999999',
      // pdfmake has no progress hook before drawing; it first asks a table for
      // column paddings while sizing text, then for row paddings while placing
      // rows on pages, so these two calls report how far it has got.
      paddingLeft: (i: number) => {
        onStage('measure');
        return i === 0 ? 0 : VALUE_PADDING;
      },
      paddingRight: () => 0,
      paddingTop: () => {
        onStage('place');
        return CELL_PADDING;
      },
      paddingBottom: () => CELL_PADDING,
    },
    margin: [0, 2, 0, 2],
  };
}

function tagLine(attributes: string[], theme: GuidebookTheme): Content {
  const line = attributes.map((tag) => `［${tag}］`).join('　');
  return printedText(line, 'tag', columnWidth(theme), theme, { margin: [0, 2, 0, 0] });
}

/** The printed block of one entry, kept on one page unless too tall; onStage reports pdfmake working on it. */
export function entryBlock(
  entry: GuidebookEntry,
  anchorId: string,
  labels: GuidebookLabels,
  theme: GuidebookTheme,
  onStage: (stage: LayoutStage) => void = () => {},
): Content {
  const rows = fieldRows(entry, labels);
  const width = columnWidth(theme);
  const reading = printedReading(entry);
  const stack: Content[] = [...(reading ? [printedText(reading, 'reading', width, theme)] : []), printedText(entry.name, 'entryName', width, theme, { id: anchorId })];
  if (entry.statusNotice) stack.push(noticeBox(entry.statusNotice, theme));
  if (entry.description) stack.push(printedText(entry.description, 'body', width, theme, { margin: [0, 3, 0, 2] }));
  if (rows.length > 0) stack.push(fieldTable(rows, theme, onStage));
  if (entry.attributes.length > 0) stack.push(tagLine(entry.attributes, theme));
  if (entry.confirmedOnText) stack.push(printedText(entry.confirmedOnText, 'small', width, theme, { alignment: 'right', color: '#333333' }));
  stack.push({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 1, lineColor: '#666666' }],
    margin: [0, theme.body * 0.4, 0, theme.body * 0.9],
  });
  const fits = estimateEntryHeight(entry, rows, theme) < bodyHeight(theme) * UNBREAKABLE_LIMIT;
  return { stack, unbreakable: fits };
}

/** Width of text in ems: wide characters one em, narrow ones a generous 0.6. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += ch.charCodeAt(0) < 0x2000 ? 0.6 : 1;
  return ems;
}

function textHeight(text: string, fontSize: number, width: number, lineHeight: number): number {
  const lines = text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil((textEms(line) * fontSize) / width)), 0);
  return lines * fontSize * FONT_LINE_FACTOR * lineHeight;
}

// A deliberately generous estimate of an entry block's height in points.
function estimateEntryHeight(entry: GuidebookEntry, rows: [string, string][], theme: GuidebookTheme): number {
  const width = columnWidth(theme);
  const valueWidth = width - theme.labelWidth - VALUE_PADDING;
  let height = textHeight(printedReading(entry), theme.reading, width, theme.lineHeight);
  height += textHeight(entry.name, theme.entryName, width, 1.05);
  if (entry.statusNotice) height += textHeight(`※ ${entry.statusNotice}`, theme.body, width - theme.body, theme.lineHeight) + 12;
  if (entry.description) height += textHeight(entry.description, theme.body, width, theme.lineHeight) + 5;
  for (const [, value] of rows) height += textHeight(value, theme.body, valueWidth, theme.lineHeight) + CELL_PADDING * 2;
  if (entry.attributes.length > 0) height += textHeight(entry.attributes.join('　　'), theme.small, width, theme.lineHeight) + 2;
  height += theme.small * FONT_LINE_FACTOR * theme.lineHeight + theme.body * 1.3;
  return height;
}

// A reading is printed only above a name with kanji (not 「ぼらんてぃあ」 above ボランティア).
function printedReading(entry: GuidebookEntry): string {
  return isReadingHelpful(entry.name, entry.nameReading) ? entry.nameReading : '';
}
