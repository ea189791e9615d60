// Starts render-process.ts for one guidebook and collects its PDF. Rendering
// 1,000 listings needs a few hundred MB for a few seconds; in a child process
// that memory is returned when it exits, and the server (with PGlite's own
// memory) never carries it. Works from the sources (through tsx, also in
// tests) and from the start-up bundle, where the child is its own entry point.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GuidebookDocument } from './guidebook-document.ts';
import type { GuidebookProgress } from './guidebook-pdf.ts';
import type { RenderMessage } from './render-process.ts';

/** The bundle's file name for render-process.ts (see scripts/bundle-server.mjs). */
export const RENDER_PROCESS_BUNDLE_NAME = 'guidebook-render-process';
// Two renders at once at most: each child needs up to a few hundred MB.
const MAX_CHILDREN = 2;
// A guard, not a tuning: 1,000 listings peak at ~350 MB resident, so a render
// that needs more than this is broken and fails instead of taking the machine.
const CHILD_HEAP_MB = 1024;

function childCommand(): { script: string; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
    return { script: fileURLToPath(new URL('./render-process.ts', here)), execArgv: ['--import', tsx] };
  }
  // Bundled: this code sits in a file in the bundle folder, beside the child's entry.
  return { script: fileURLToPath(new URL(`./${RENDER_PROCESS_BUNDLE_NAME}.js`, here)), execArgv: [] };
}

let running = 0;
const waiting: (() => void)[] = [];

async function withChildSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CHILDREN) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** What a render process tells about itself when done, for benchmarks. */
export type RenderStats = { peakRssMb: number };

function runChild(doc: GuidebookDocument, total: number, onProgress?: GuidebookProgress, onStats?: (stats: RenderStats) => void): Promise<Buffer> {
  const { script, execArgv } = childCommand();
  const child = fork(script, [], {
    execArgv: [...execArgv, `--max-old-space-size=${CHILD_HEAP_MB}`],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const chunks: Buffer[] = [];
  const errors: Buffer[] = [];
  let failure = '';
  child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk));
  child.on('message', (message: RenderMessage) => {
    if (message.type === 'progress') onProgress?.(Math.min(message.done, total - 1), total);
    else if (message.type === 'finished') onStats?.({ peakRssMb: message.peakRssMb });
    else failure = message.message;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0 && !failure) {
        // Warnings (pdfmake prints some) are passed on, not hidden.
        if (errors.length > 0) process.stderr.write(Buffer.concat(errors));
        onProgress?.(total, total);
        resolve(Buffer.concat(chunks));
        return;
      }
      const detail = failure || Buffer.concat(errors).toString('utf8').slice(-2000) || `exit ${code ?? signal}`;
      reject(new Error(`Guidebook render process failed: ${detail}`));
    });
    child.send(doc);
  });
}

/** Renders the guidebook to PDF bytes in a fresh child process; onProgress as for renderGuidebookPdf; onStats hears the child's peak memory. */
export function renderGuidebookInChild(doc: GuidebookDocument, onProgress?: GuidebookProgress, onStats?: (stats: RenderStats) => void): Promise<Buffer> {
  const total = doc.sections.reduce((sum, section) => sum + section.entries.length, 0);
  return withChildSlot(() => runChild(doc, total, onProgress, onStats));
}
