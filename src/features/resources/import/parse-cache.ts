// The web import reads a file twice: for the preview, and again when the
// person presses 取り込む (the file comes back in the form). Parsing 10,000
// rows costs seconds, so the last few parsed files are kept here, keyed by a
// hash of everything the parse depends on. Only parsing is kept: matching
// rows to listings is redone on apply, against the database as it is then.
// A miss (another process, a restart) just parses again: nothing here matters
// for correctness.
import { createHash } from 'node:crypto';
import type { ParsedImport, ParseImportOptions } from './parse-import.ts';

const capacity = 2;
const maxAgeMs = 60 * 60 * 1000;
const entries = new Map<string, { parsed: Promise<ParsedImport>; at: number }>();

/** parseImport, from the cache when the same bytes, name and 困りごと list were parsed in the last hour. Treat the result as read-only. */
export async function parseImportCached(bytes: Buffer, fileName: string, options: ParseImportOptions): Promise<ParsedImport> {
  const key = createHash('sha256')
    .update(JSON.stringify([fileName, options.needCategoryNames ?? null]))
    .update(bytes)
    .digest('hex');
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < maxAgeMs) return hit.parsed;
  // The spreadsheet and encoding libraries are only needed here: load them on first use.
  const parsed = import('./parse-import.ts').then(({ parseImport }) => parseImport(bytes, fileName, options));
  entries.delete(key);
  entries.set(key, { parsed, at: now });
  while (entries.size > capacity) entries.delete(entries.keys().next().value!);
  // A file that fails to parse is not kept: the error is thrown again on the next try.
  parsed.catch(() => entries.get(key)?.parsed === parsed && entries.delete(key));
  return parsed;
}
