// A fingerprint of the TypeScript sources, so the launcher can tell whether
// the start-up bundle was built from exactly the code on disk.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function sourceFiles(folder) {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

/** SHA-256 over every non-test .ts/.tsx file under `sourceRoot`, names and contents. */
export function sourceStamp(sourceRoot) {
  const hash = crypto.createHash('sha256');
  for (const file of sourceFiles(sourceRoot)) hash.update(path.relative(sourceRoot, file)).update('\0').update(fs.readFileSync(file));
  return hash.digest('hex');
}
