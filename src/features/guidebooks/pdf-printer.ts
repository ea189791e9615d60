// Runs pdfmake on the server with Noto Sans JP embedded (subset) in every PDF.
// pdfmake 0.3 keeps fonts, policies and the progress callback on a shared
// module object and reads them synchronously inside createPdf(), so each call
// sets all of them right before createPdf() and clears the callback after.
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

const require = createRequire(import.meta.url);

/** The font family name to use in document definitions. */
export const JAPANESE_FONT = 'NotoSansJP';

const regularPath = require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');
const boldPath = require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf');
const fontPaths = new Set([regularPath, boldPath]);

function fontDictionary(): TFontDictionary {
  // A fresh object per call: pdfmake writes resolved paths back into it.
  // Italics fall back to upright; Japanese has no italic face.
  return {
    [JAPANESE_FONT]: { normal: regularPath, bold: boldPath, italics: regularPath, bolditalics: boldPath },
  };
}

function noProgress(): void {}

/** Renders a pdfmake document definition to PDF bytes; onRenderProgress gets 0..1 while pages are drawn. */
export function printPdf(definition: TDocumentDefinitions, onRenderProgress?: (fraction: number) => void): Promise<Buffer> {
  pdfmake.setFonts(fontDictionary());
  // Guidebooks never load anything but our two fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fontPaths.has(path));
  pdfmake.setProgressCallback(onRenderProgress ?? noProgress);
  try {
    return pdfmake.createPdf(definition).getBuffer();
  } finally {
    pdfmake.setProgressCallback(noProgress);
  }
}
