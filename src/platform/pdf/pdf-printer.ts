// Runs pdfmake on the server with Noto Sans JP embedded (subset) in every PDF.
// pdfmake 0.3 keeps fonts, policies and the progress callback on a shared
// module object and reads them synchronously inside createPdf(), so each call
// sets all of them right before createPdf() and clears the callback after.
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { FONT_FILES, JAPANESE_FONT } from './japanese-font.ts';

const regularPath = FONT_FILES.normal;
const boldPath = FONT_FILES.bold;
const fontPaths = new Set<string>([regularPath, boldPath]);

function fontDictionary(): TFontDictionary {
  // A fresh object per call: pdfmake writes resolved paths back into it.
  // Italics fall back to upright; Japanese has no italic face.
  return {
    [JAPANESE_FONT]: { normal: regularPath, bold: boldPath, italics: regularPath, bolditalics: boldPath },
  };
}

function noProgress(): void {}

type OutputDocument = ReturnType<typeof pdfmake.createPdf>;

function createPdf(definition: TDocumentDefinitions, onRenderProgress?: (fraction: number) => void): OutputDocument {
  pdfmake.setFonts(fontDictionary());
  // Our PDFs never load anything but our two fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontPaths.has(path));
  pdfmake.setProgressCallback(onRenderProgress ?? noProgress);
  try {
    return pdfmake.createPdf(definition);
  } finally {
    pdfmake.setProgressCallback(noProgress);
  }
}

/** Renders a pdfmake document definition to PDF bytes; onRenderProgress gets 0..1 while pages are drawn. */
export function printPdf(definition: TDocumentDefinitions, onRenderProgress?: (fraction: number) => void): Promise<Buffer> {
  return createPdf(definition, onRenderProgress).getBuffer();
}

/** Like printPdf, but writes the PDF to `out` as pdfkit produces it instead of gathering it in memory. */
export async function printPdfTo(out: Writable, definition: TDocumentDefinitions, onRenderProgress?: (fraction: number) => void): Promise<void> {
  const pdf = (await createPdf(definition, onRenderProgress).getStream()) as Readable & { end(): void };
  const done = pipeline(pdf, out);
  pdf.end();
  await done;
}
