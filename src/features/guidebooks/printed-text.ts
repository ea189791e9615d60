// Text for pdfmake as pre-broken lines (see line-breaking.ts): one
// unbreakable run per line, so pdfmake measures, places and draws a line at
// a time instead of a character at a time.
import type { Content } from 'pdfmake/interfaces';
import { textMeasurer } from './guidebook-fonts.ts';
import { guidebookStyles, type GuidebookTheme } from './guidebook-theme.ts';
import { breakLines } from './line-breaking.ts';

/** A named style of guidebookStyles(), or the body text. */
export type TextStyleName = keyof ReturnType<typeof guidebookStyles> | 'body';

type Inline = { text: string; noWrap?: boolean } | string;

function face(theme: GuidebookTheme, style: TextStyleName): { fontSize: number; bold: boolean } {
  const named = style === 'body' ? {} : guidebookStyles(theme)[style];
  return { fontSize: named.fontSize ?? theme.body, bold: named.bold ?? false };
}

/** The inlines of `text` broken for a box `width` points wide in `style`; give the node the same style. */
export function lineInlines(text: string, style: TextStyleName, width: number, theme: GuidebookTheme): Inline[] {
  const { fontSize, bold } = face(theme, style);
  const lines = breakLines(text, width, textMeasurer(bold, fontSize));
  // A newline between the runs ends each line; a line is never broken again.
  return lines.flatMap((line, i): Inline[] => (i === 0 ? [{ text: line, noWrap: true }] : ['\n', { text: line, noWrap: true }]));
}

/** A text node of pre-broken lines in `style` (plus any other node properties). */
export function printedText(text: string, style: TextStyleName, width: number, theme: GuidebookTheme, extra: Record<string, unknown> = {}): Content {
  const node = { text: lineInlines(text, style, width, theme), ...extra };
  return (style === 'body' ? node : { ...node, style }) as Content;
}
