// Builds the start-up bundle (run by npm's postinstall): the app's sources in
// a few ESM files with node_modules left external, so a start skips tsx's
// per-file transform. bin/sasaeai.mjs uses it only while the stamp matches
// the sources; otherwise it runs the sources through tsx as before.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { sourceStamp } from './source-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'node_modules', '.cache', 'sasaeai', 'bundle');

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  // The guidebook renderer runs as its own short-lived process (see
  // src/features/guidebooks/guidebook-render-child.ts), so it is an entry too.
  entryPoints: {
    main: path.join(root, 'src', 'main.ts'),
    'guidebook-render-process': path.join(root, 'src', 'features', 'guidebooks', 'render-process.ts'),
  },
  outdir,
  bundle: true,
  splitting: true, // keeps the on-first-use imports (PDF, spreadsheets, mail) lazy
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.json'),
  logLevel: 'warning',
});
fs.writeFileSync(path.join(outdir, 'stamp.txt'), sourceStamp(path.join(root, 'src')));
console.log(`sasaeai: start-up bundle written to ${path.relative(root, outdir)}`);
