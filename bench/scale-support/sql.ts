// psql against the bench cluster: the bench's own set-up and checks, as the
// superuser (so row-level security does not hide rows from the check).
import { execFileSync } from 'node:child_process';

const psqlBin = '/usr/lib/postgresql/15/bin/psql';

/** Runs `sql` and returns its rows, each a list of fields (unaligned, tab-separated). */
export function psql(url: string, sql: string): string[][] {
  const output = execFileSync(psqlBin, [url, '-XAtq', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' });
  return output
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'));
}

/** The same cluster's URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  return next.toString();
}
