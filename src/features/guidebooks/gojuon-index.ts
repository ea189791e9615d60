// The 五十音 index at the back of a guidebook: every entry once, sorted by
// reading, grouped under the kana row its reading starts with (あ行 … わ行),
// with the page of each place it is printed.
import type { Content, TableCell } from 'pdfmake/interfaces';
import { compareReadingSortKeys, toReadingSortKey } from '../../platform/japanese-text/reading.ts';
import type { GuidebookLabels, GuidebookSection } from './guidebook-document.ts';
import { entryAnchorId } from './entry-block.ts';
import { columnWidth, type GuidebookTheme } from './guidebook-theme.ts';
import { printedText } from './printed-text.ts';

/** The ten kana rows, each named by its first kana. */
export const KANA_ROWS = ['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ'] as const;
export type KanaRow = (typeof KANA_ROWS)[number];

const ROW_MEMBERS: Record<KanaRow, string> = {
  あ: 'あいうえお',
  か: 'かきくけこ',
  さ: 'さしすせそ',
  た: 'たちつてと',
  な: 'なにぬねの',
  は: 'はひふへほ',
  ま: 'まみむめも',
  や: 'やゆよ',
  ら: 'らりるれろ',
  わ: 'わゐゑをん',
};
const SMALL_TO_FULL: Record<string, string> = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け' };
const VOICING_MARKS = /[\u3099\u309A]/g;

/** The kana row a reading files under, or null when it starts with no kana (digits, Latin letters). */
export function kanaRowOf(reading: string): KanaRow | null {
  return kanaRowOfKey(toReadingSortKey(reading));
}

function kanaRowOfKey(sortKey: string): KanaRow | null {
  const first = [...sortKey][0];
  if (!first) return null;
  // が → か, ぱ → は, ゔ → う: drop the voicing marks after decomposing.
  const base = first.normalize('NFD').replace(VOICING_MARKS, '');
  const kana = SMALL_TO_FULL[base] ?? base;
  return KANA_ROWS.find((row) => ROW_MEMBERS[row].includes(kana)) ?? null;
}

/** One line of the index: an entry and the anchors of every place it is printed. */
export type IndexLine = { name: string; nameReading: string; anchorIds: string[] };
/** The lines under one kana row; row null collects readings that start with no kana. */
export type IndexGroup = { row: KanaRow | null; lines: IndexLine[] };

/** Builds the index groups in 五十音 order; an entry listed in several sections gets one line. */
export function buildIndexGroups(sections: GuidebookSection[]): IndexGroup[] {
  const byId = new Map<string, IndexLine & { sortKey: string }>();
  sections.forEach((section, sectionIndex) =>
    section.entries.forEach((entry, entryIndex) => {
      const anchorId = entryAnchorId(sectionIndex, entryIndex);
      const line = byId.get(entry.id);
      if (line) line.anchorIds.push(anchorId);
      else byId.set(entry.id, { name: entry.name, nameReading: entry.nameReading, anchorIds: [anchorId], sortKey: toReadingSortKey(entry.nameReading) });
    }),
  );
  // Sort keys are made once per entry: making them in the comparator cost a second per 1,000 entries.
  const lines = [...byId.values()].sort((a, b) => compareReadingSortKeys(a.sortKey, b.sortKey) || a.name.localeCompare(b.name, 'ja'));
  const groups = new Map<KanaRow | null, IndexLine[]>([...KANA_ROWS, null].map((row) => [row, []]));
  for (const { sortKey, ...line } of lines) groups.get(kanaRowOfKey(sortKey))!.push(line);
  return [...groups].map(([row, rowLines]) => ({ row, lines: rowLines })).filter((group) => group.lines.length > 0);
}

const PAGE_CELL_PADDING = 4;

// pdfmake measures a page reference as '00000' and only right-aligns the
// number inside that box, so "4, 5" in one line would print as "4,    5".
// Each page therefore gets its own right-aligned cell, filled from the right,
// wide enough for that placeholder.
function pageCells(anchorIds: string[], columns: number): TableCell[] {
  const blanks: TableCell[] = Array.from({ length: columns - anchorIds.length }, () => ({ text: '' }));
  return [...blanks, ...anchorIds.map((id): TableCell => ({ text: [{ pageReference: id }], alignment: 'right', noWrap: true }))];
}

/** The index as pdfmake content: per kana row a table whose heading row repeats after a break. */
export function indexContent(sections: GuidebookSection[], labels: GuidebookLabels, theme: GuidebookTheme): Content[] {
  const groups = buildIndexGroups(sections);
  const pageColumns = Math.max(1, ...groups.flatMap((group) => group.lines.map((line) => line.anchorIds.length)));
  const pageColumnWidth = theme.body * 3 + 4;
  const nameWidth = columnWidth(theme) - pageColumns * (pageColumnWidth + PAGE_CELL_PADDING);
  return groups.map((group) => {
    const heading = group.row ? labels.indexRow.replace('{row}', group.row) : labels.indexOther;
    const headingRow: TableCell[] = [{ text: heading, style: 'indexGroup', colSpan: pageColumns + 1 }];
    for (let i = 0; i < pageColumns; i++) headingRow.push({ text: '' });
    const body: TableCell[][] = [
      headingRow,
      ...group.lines.map((line): TableCell[] => [printedText(line.name, 'body', nameWidth, theme) as TableCell, ...pageCells(line.anchorIds, pageColumns)]),
    ];
    const widths = ['*', ...Array.from({ length: pageColumns }, () => pageColumnWidth)];
    return {
      table: { widths, headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, body },
      layout: {
        hLineWidth: (i: number) => (i <= 1 ? 0 : 0.5),
        vLineWidth: () => 0,
        hLineColor: () => '#bbbbbb',
        paddingLeft: (i: number) => (i === 0 ? 0 : PAGE_CELL_PADDING),
        paddingRight: () => 0,
      },
    };
  });
}
