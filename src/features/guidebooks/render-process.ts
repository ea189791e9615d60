// The short-lived process that renders one guidebook PDF (see
// guidebook-render-child.ts, which starts it). It receives the finished
// GuidebookDocument over IPC, sends progress messages back, writes the PDF to
// stdout as pdfkit produces it and exits, so pdfmake's memory goes back to the
// system at once and never inflates the server's heap.
import type { GuidebookDocument } from './guidebook-document.ts';
import { writeGuidebookPdf } from './guidebook-pdf.ts';

/** Messages from the render process to its parent. */
export type RenderMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'finished'; peakRssMb: number }
  | { type: 'failed'; message: string };

function send(message: RenderMessage, then?: () => void): void {
  process.send?.(message, undefined, undefined, () => then?.());
}

// Closing the channel lets the process exit; only after the last message is out.
function sendLast(message: RenderMessage): void {
  send(message, () => process.disconnect?.());
}

process.once('message', (doc: GuidebookDocument) => {
  writeGuidebookPdf(doc, process.stdout, (done, total) => {
    // The parent reports completion itself, once it has every byte.
    if (done < total) send({ type: 'progress', done, total });
  }).then(
    () => sendLast({ type: 'finished', peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }),
    (error: unknown) => {
      process.exitCode = 1;
      sendLast({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    },
  );
});
