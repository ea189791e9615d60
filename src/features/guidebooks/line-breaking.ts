// Breaks guidebook text into printed lines before pdfmake sees it.
// pdfmake splits text at every Unicode break opportunity (UAX #14), and in
// Japanese that is between almost any two characters: each character became
// its own measured, styled and separately drawn text run, ~300,000 of them
// for 1,000 listings, and they were most of the PDF's time and memory. Here
// the same break opportunities (the same `linebreak` library pdfmake uses)
// and the same font widths fill lines greedily, as pdfmake would; pdfmake
// then gets one unbreakable run per line.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Break = { position: number; required: boolean };
type LineBreakerClass = new (text: string) => { nextBreak(): Break | null };
const LineBreaker = require('linebreak') as LineBreakerClass;

/** Width in points of a piece of text in one face and size. */
export type MeasureText = (text: string) => number;

// Lines are filled to a little less than the width, so that measuring a whole
// line at once (kerning across former break points) can never make it overflow.
const SAFETY_POINTS = 1;
const TRAILING_SPACES = /[ \t]+$/;

function segments(paragraph: string): string[] {
  const breaker = new LineBreaker(paragraph);
  const pieces: string[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    pieces.push(paragraph.slice(last, bk.position));
    last = bk.position;
  }
  return pieces.filter((piece) => piece !== '');
}

// A piece wider than a line (a long URL) is cut where it stops fitting, as pdfmake does.
function cutToWidth(piece: string, width: number, measure: MeasureText): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of piece) {
    if (current !== '' && measure(current + ch) > width) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  if (current !== '') parts.push(current);
  return parts;
}

function breakParagraph(paragraph: string, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const flush = () => {
    lines.push(line.replace(TRAILING_SPACES, ''));
    line = '';
    lineWidth = 0;
  };
  for (const piece of segments(paragraph)) {
    const pieceWidth = measure(piece);
    const trailing = piece.match(TRAILING_SPACES)?.[0];
    const visibleWidth = trailing ? pieceWidth - measure(trailing) : pieceWidth;
    if (line !== '' && lineWidth + visibleWidth > width) flush();
    if (line === '' && visibleWidth > width) {
      const parts = cutToWidth(piece, width, measure);
      for (const part of parts.slice(0, -1)) {
        line = part;
        flush();
      }
      line = parts.at(-1)!;
      lineWidth = measure(line);
      continue;
    }
    // pdfmake drops the spaces a line starts with.
    const added = line === '' ? piece.trimStart() : piece;
    line += added;
    lineWidth += added === piece ? pieceWidth : measure(added);
  }
  if (line !== '' || lines.length === 0) flush();
  return lines;
}

/** The printed lines of `text` in a box `width` points wide; a newline in the text always starts a line. */
export function breakLines(text: string, width: number, measure: MeasureText): string[] {
  const usable = Math.max(1, width - SAFETY_POINTS);
  return text.split(/\r?\n/).flatMap((paragraph) => breakParagraph(paragraph, usable, measure));
}
