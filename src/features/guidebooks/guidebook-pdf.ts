// Renders a guidebook (くらしの困りごとガイドブック, ささえあいハンドブック) to PDF.
import type { Writable } from 'node:stream';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { GuidebookDocument } from './guidebook-document.ts';
import { guidebookDefinition } from './guidebook-layout.ts';
import { printPdf, printPdfTo } from '../../platform/pdf/pdf-printer.ts';

// Shares of the time pdfmake spends, measured on 1,000 entries: sizing text,
// placing it on pages, drawing the pages.
const MEASURE_SHARE = 0.45;
const PLACE_SHARE = 0.1;
const DRAW_SHARE = 0.45;

/** Hears how far a render has got, in entries: done < total while working, then (total, total) once. */
export type GuidebookProgress = (done: number, total: number) => void;

/** The number of printed entries, which progress counts in. */
export function guidebookEntryCount(doc: GuidebookDocument): number {
  return doc.sections.reduce((sum, section) => sum + section.entries.length, 0);
}

function definitionWithProgress(doc: GuidebookDocument, onProgress?: GuidebookProgress): { definition: TDocumentDefinitions; report: (drawnFraction: number) => void } {
  const total = guidebookEntryCount(doc);
  let measured = 0;
  let placed = 0;
  let reported = 0;
  const report = (drawnFraction: number) => {
    const done = MEASURE_SHARE * measured + PLACE_SHARE * placed + DRAW_SHARE * drawnFraction * total;
    const step = Math.min(total - 1, Math.floor(done));
    if (step <= reported) return;
    reported = step;
    onProgress?.(step, total);
  };
  const definition = guidebookDefinition(doc, (entryNumber, stage) => {
    if (stage === 'measure') measured = Math.max(measured, entryNumber);
    else placed = Math.max(placed, entryNumber);
    report(0);
  });
  return { definition, report };
}

/**
 * Renders a guidebook to PDF bytes. onProgress(done, total) drives a progress
 * bar: total is the number of printed entries, done rises in entry-sized steps
 * through pdfmake's work and reaches total once, when the bytes are ready.
 */
export async function renderGuidebookPdf(doc: GuidebookDocument, onProgress?: GuidebookProgress): Promise<Buffer> {
  const { definition, report } = definitionWithProgress(doc, onProgress);
  const buffer = await printPdf(definition, report);
  const total = guidebookEntryCount(doc);
  onProgress?.(total, total);
  return buffer;
}

/** Renders a guidebook as renderGuidebookPdf does, writing the PDF to `out` as it is produced. */
export async function writeGuidebookPdf(doc: GuidebookDocument, out: Writable, onProgress?: GuidebookProgress): Promise<void> {
  const { definition, report } = definitionWithProgress(doc, onProgress);
  await printPdfTo(out, definition, report);
  const total = guidebookEntryCount(doc);
  onProgress?.(total, total);
}
