import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openPglite } from './client.ts';
import { migrationsFolder, runMigrations } from './migrate.ts';
import { projectRoot } from '../source-root.ts';

// PGlite's initdb takes about four seconds here. A migrated cluster dumped
// once (at install, or by the first test run) loads in well under one, so
// the first `npm start` and every test file start from this template.
const cacheFolder = path.join(projectRoot, 'node_modules', '.cache', 'sasaeai');

function migrationsFingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const name of fs.readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')).sort()) {
    hash.update(name).update(fs.readFileSync(path.join(migrationsFolder, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where the template for the current migrations lives (it may not exist yet). */
export function pgliteTemplatePath(): string {
  return path.join(cacheFolder, `pglite-${migrationsFingerprint()}.tar.gz`);
}

/** Returns the template for the current migrations, building it when missing. */
export async function ensurePgliteTemplate(): Promise<string> {
  const target = pgliteTemplatePath();
  if (fs.existsSync(target)) return target;
  const handle = await openPglite();
  try {
    await runMigrations(handle);
    const dump = await handle.dumpDataDir!();
    fs.mkdirSync(cacheFolder, { recursive: true });
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(temporary, target);
  } finally {
    await handle.close();
  }
  return target;
}

/** Reads the template into a Blob for PGlite's `loadDataDir`, or undefined when absent. */
export function readPgliteTemplate(): Blob | undefined {
  const target = pgliteTemplatePath();
  return fs.existsSync(target) ? new Blob([fs.readFileSync(target)]) : undefined;
}
