// Turns a GuidebookDocument into a pdfmake document definition: cover,
// contents, one section per 困りごと (each on a new page), the 五十音 index
// and the coordinators' contacts, with page numbers and the date in the footer.
import type { Content, DynamicContent, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { GuidebookDocument, GuidebookLabels, GuidebookSection } from './guidebook-document.ts';
import { entryAnchorId, entryBlock, textEms, type LayoutStage } from './entry-block.ts';
import { indexContent } from './gojuon-index.ts';
import { printedText } from './printed-text.ts';
import { JAPANESE_FONT } from '../../platform/pdf/japanese-font.ts';
import { A4_HEIGHT, columnWidth, guidebookStyles, guidebookTheme, type GuidebookTheme } from './guidebook-theme.ts';

// The title shrinks to fit one line: a long title broken mid-word reads badly.
function coverTitleSize(title: string, theme: GuidebookTheme): number {
  const width = columnWidth({ ...theme, columns: 1 });
  return Math.min(theme.title, Math.floor(width / Math.max(1, textEms(title))));
}

// Publisher and date sit at a fixed place near the bottom, so a long title or
// subtitle can never push them onto a second cover page.
function coverPage(doc: GuidebookDocument, theme: GuidebookTheme): Content {
  const [left] = theme.pageMargins;
  return {
    stack: [
      { text: doc.title, style: 'title', fontSize: coverTitleSize(doc.title, theme), alignment: 'center', margin: [0, A4_HEIGHT * 0.2, 0, theme.body * 1.5] },
      { text: doc.subtitle, style: 'subtitle', alignment: 'center' },
      {
        stack: [
          { text: doc.printedOnText, fontSize: theme.entryName, alignment: 'center', margin: [0, 0, 0, theme.body] },
          { text: doc.publisher, fontSize: theme.heading, bold: true, alignment: 'center' },
        ],
        absolutePosition: { x: left, y: A4_HEIGHT * 0.72 },
      },
    ],
  };
}

// Every heading starts a page, so none is ever left alone at a page bottom;
// the headings also make the contents and the PDF bookmarks.
function pageHeading(text: string, theme: GuidebookTheme, id: string): Content {
  return {
    pageBreak: 'before',
    stack: [
      { text, style: 'heading', tocItem: true, id, margin: [0, 0, 0, 2] },
      { canvas: [{ type: 'rect', x: 0, y: 0, w: columnWidth({ ...theme, columns: 1 }), h: 3, color: '#222222' }] },
    ],
    margin: [0, 0, 0, theme.body],
  };
}

function inColumns(content: Content[], theme: GuidebookTheme): Content {
  if (theme.columns === 1) return { stack: content };
  return { columns: [{ stack: content }, { text: '' }], columnGap: theme.columnGap, snakingColumns: true };
}

function sectionContent(
  section: GuidebookSection,
  sectionIndex: number,
  firstEntryNumber: number,
  doc: GuidebookDocument,
  onEntryStage: EntryStageListener,
): Content[] {
  const theme = guidebookTheme(doc.largePrint);
  const blocks = section.entries.map((entry, entryIndex) =>
    entryBlock(entry, entryAnchorId(sectionIndex, entryIndex), doc.labels, theme, (stage) =>
      onEntryStage(firstEntryNumber + entryIndex + 1, stage),
    ),
  );
  return [pageHeading(section.heading, theme, `section-${sectionIndex}`), inColumns(blocks, theme)];
}

function allSections(doc: GuidebookDocument, onEntryStage: EntryStageListener): Content[] {
  let entriesBefore = 0;
  return doc.sections.flatMap((section, i) => {
    // An empty category would print a page with a heading and nothing else.
    if (section.entries.length === 0) return [];
    const content = sectionContent(section, i, entriesBefore, doc, onEntryStage);
    entriesBefore += section.entries.length;
    return content;
  });
}

function coordinatorTable(doc: GuidebookDocument, theme: GuidebookTheme): Content {
  const { labels } = doc;
  const header: TableCell[] = [labels.area, labels.coordinatorName, labels.phone].map((text) => ({ text, style: 'label' }));
  const rows: TableCell[][] = doc.coordinators.map((c) => [
    { text: c.areaName },
    { stack: [{ text: c.nameReading, style: 'reading' }, { text: c.name, bold: true }] },
    { text: c.phone, bold: true, noWrap: true },
  ]);
  return {
    table: { widths: ['*', '*', 'auto'], headerRows: 1, dontBreakRows: true, body: [header, ...rows] },
    layout: {
      hLineWidth: () => 0.75,
      vLineWidth: () => 0,
      paddingTop: () => theme.body * 0.4,
      paddingBottom: () => theme.body * 0.4,
      fillColor: (row: number) => (row === 0 ? '#eeeeee' : null),
    },
  };
}

function contactsContent(doc: GuidebookDocument, theme: GuidebookTheme): Content[] {
  if (doc.coordinators.length === 0 && doc.officeContact.length === 0) return [];
  const office: Content[] = doc.officeContact.length
    ? [
        { text: doc.labels.office, style: 'label', fontSize: theme.entryName, margin: [0, theme.body * 2, 0, theme.body * 0.5] },
        { stack: doc.officeContact.map((line) => ({ text: line })), fontSize: theme.entryName },
      ]
    : [];
  const table = doc.coordinators.length ? [coordinatorTable(doc, theme)] : [];
  return [pageHeading(doc.labels.coordinators, theme, 'coordinators'), ...table, ...office];
}

function footer(doc: GuidebookDocument, theme: GuidebookTheme): DynamicContent {
  const [left, , right] = theme.pageMargins;
  return (currentPage) =>
    currentPage === 1
      ? null
      : {
          columns: [
            printedText(`${doc.title}　${doc.printedOnText}`, 'small', footerTextWidth(theme), theme, { color: '#333333' }),
            { text: pageNumberText(doc.labels, currentPage), alignment: 'right', fontSize: theme.body, bold: true, width: 'auto' },
          ],
          margin: [left, theme.pageMargins[3] * 0.35, right, 0],
        };
}

// The page number's column takes what "9999ページ" needs; the title and date get the rest.
function footerTextWidth(theme: GuidebookTheme): number {
  return columnWidth({ ...theme, columns: 1 }) - theme.body * 7;
}

function pageNumberText(labels: GuidebookLabels, page: number): string {
  return labels.page.replace('{page}', String(page));
}

/** Hears that pdfmake is at the nth entry (1-based) of a stage; may repeat. */
export type EntryStageListener = (entryNumber: number, stage: LayoutStage) => void;

/** Builds the pdfmake definition of a guidebook; onEntryStage follows pdfmake through the entries. */
export function guidebookDefinition(
  doc: GuidebookDocument,
  onEntryStage: EntryStageListener = () => {},
): TDocumentDefinitions {
  const theme = guidebookTheme(doc.largePrint);
  const { labels } = doc;
  const contents: Content = {
    toc: {
      title: { text: labels.contents, style: 'heading' },
      textStyle: 'tocItem',
      numberStyle: 'tocItem',
      textMargin: [0, theme.body * 0.3, 0, theme.body * 0.3],
      outlines: true,
    },
  };
  return {
    info: { title: `${doc.title}（${doc.subtitle}）`, author: doc.publisher, subject: doc.subtitle },
    language: 'ja-JP',
    pageSize: 'A4',
    pageMargins: theme.pageMargins,
    defaultStyle: { font: JAPANESE_FONT, fontSize: theme.body, lineHeight: theme.lineHeight },
    styles: guidebookStyles(theme),
    footer: footer(doc, theme),
    content: [
      coverPage(doc, theme),
      { stack: [contents], pageBreak: 'before' },
      ...allSections(doc, onEntryStage),
      pageHeading(labels.index, theme, 'index'),
      inColumns(indexContent(doc.sections, labels, theme), theme),
      ...contactsContent(doc, theme),
    ],
  };
}
