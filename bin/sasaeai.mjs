#!/usr/bin/env node
// Starts Sasaeai. If npm's postinstall built a start-up bundle from exactly
// the sources on disk, run that (a faster start); otherwise run the
// TypeScript sources through tsx. Either way there is no build step to run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceStamp } from '../scripts/source-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceRoot = path.join(root, 'src');
const bundle = path.join(root, 'node_modules', '.cache', 'sasaeai', 'bundle');

function bundleIsFresh() {
  try {
    return fs.readFileSync(path.join(bundle, 'stamp.txt'), 'utf8') === sourceStamp(sourceRoot);
  } catch {
    return false;
  }
}

if (process.env.SASAEAI_NO_BUNDLE !== '1' && bundleIsFresh()) {
  process.env.SASAEAI_SOURCE_ROOT = sourceRoot;
  await import(pathToFileURL(path.join(bundle, 'main.js')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
