// Type sizes and page geometry for the normal and large-print editions.
// Large print follows common guidance for older readers: body 16pt or more,
// nothing under 13pt, one column, generous line spacing.
import type { StyleDictionary } from 'pdfmake/interfaces';

/** Sizes, spacing and columns of one edition. */
export type GuidebookTheme = {
  body: number;
  small: number;
  reading: number;
  entryName: number;
  heading: number;
  title: number;
  lineHeight: number;
  /** Entry columns: 2 for normal print, 1 for large print. */
  columns: 1 | 2;
  columnGap: number;
  pageMargins: [number, number, number, number];
  /** Width of the label column (日時, 費用 …) in entries. */
  labelWidth: number;
};

const A4_WIDTH = 595.28;
/** A4 height in points. */
export const A4_HEIGHT = 841.89;

const normalTheme: GuidebookTheme = {
  body: 10.5,
  small: 9,
  reading: 8.5,
  entryName: 13,
  heading: 18,
  title: 30,
  lineHeight: 1.2,
  columns: 2,
  columnGap: 20,
  pageMargins: [42, 46, 42, 54],
  labelWidth: 40,
};

const largeTheme: GuidebookTheme = {
  body: 16,
  small: 14,
  reading: 13,
  entryName: 21,
  heading: 26,
  title: 40,
  lineHeight: 1.25,
  columns: 1,
  columnGap: 0,
  pageMargins: [44, 46, 44, 60],
  labelWidth: 62,
};

/** Picks the edition's theme. */
export function guidebookTheme(largePrint: boolean): GuidebookTheme {
  return largePrint ? largeTheme : normalTheme;
}

/** Width of one entry column in points. */
export function columnWidth(theme: GuidebookTheme): number {
  const [left, , right] = theme.pageMargins;
  return (A4_WIDTH - left - right - theme.columnGap * (theme.columns - 1)) / theme.columns;
}

/** Height available for content on one page in points. */
export function bodyHeight(theme: GuidebookTheme): number {
  const [, top, , bottom] = theme.pageMargins;
  return A4_HEIGHT - top - bottom;
}

/** Named pdfmake styles used across the guidebook. */
export function guidebookStyles(theme: GuidebookTheme): StyleDictionary {
  return {
    title: { fontSize: theme.title, bold: true, lineHeight: 1.1 },
    subtitle: { fontSize: theme.heading, bold: true },
    heading: { fontSize: theme.heading, bold: true, margin: [0, 0, 0, theme.body * 0.8] },
    entryName: { fontSize: theme.entryName, bold: true, lineHeight: 1.05 },
    reading: { fontSize: theme.reading, color: '#333333' },
    label: { fontSize: theme.body, bold: true },
    small: { fontSize: theme.small },
    notice: { fontSize: theme.body, bold: true },
    tag: { fontSize: theme.small, bold: true },
    indexGroup: { fontSize: theme.entryName, bold: true, margin: [0, theme.body * 0.6, 0, theme.body * 0.2] },
    tocItem: { fontSize: theme.entryName },
  };
}
