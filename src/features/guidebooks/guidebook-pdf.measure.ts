// Time and memory of rendering a 1,000-entry guidebook, each edition in a
// fresh process so peak RSS is its own. Prints figures; asserts nothing.
//   node --import tsx src/features/guidebooks/guidebook-pdf.measure.ts [entries]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { largeGuidebook } from './guidebook-fixture.ts';
import { renderGuidebookPdf } from './guidebook-pdf.ts';

const GOAL_MS = 10_000;
const GOAL_MB = 500;

async function measureOne(entries: number, largePrint: boolean): Promise<void> {
  const doc = largeGuidebook(entries, largePrint);
  const started = performance.now();
  const pdf = await renderGuidebookPdf(doc);
  const ms = Math.round(performance.now() - started);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  const verdict = ms < GOAL_MS && peakMb < GOAL_MB ? 'OK' : 'MISSED';
  console.log(
    `${largePrint ? 'large print' : 'normal     '}  ${entries} entries  ${pages} pages  ${ms} ms  peak RSS ${peakMb} MB  ${Math.round(pdf.length / 1024)} KB  ${verdict}`,
  );
}

const [entriesArg = '1000', edition] = process.argv.slice(2);
if (edition) {
  await measureOne(Number(entriesArg), edition === 'large');
} else {
  for (const which of ['normal', 'large']) {
    execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), entriesArg, which], { stdio: 'inherit' });
  }
}
