// A throwaway PostgreSQL 15 cluster for a bench run (`--postgres`), through
// scripts/pg-test-cluster.sh, in a folder of the bench's own (never the
// /tmp/sasaeai-pg other engineers' tests use); stopped by the bench's clean-up.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { onCleanup, projectRoot } from './server-process.ts';

const clusterScript = path.join(projectRoot, 'scripts', 'pg-test-cluster.sh');

/** Starts the cluster in `dir`, registers its stop as a clean-up step, and returns its URL. */
export function startBenchCluster(dir: string): string {
  const env = { ...process.env, PG_TEST_DIR: dir };
  onCleanup(() => execFileSync('bash', [clusterScript, 'stop'], { cwd: projectRoot, env, stdio: 'inherit' }));
  const output = execFileSync('bash', [clusterScript, 'start'], { cwd: projectRoot, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = /TEST_DATABASE_URL=(\S+)/.exec(output)?.[1];
  if (!url) throw new Error(`pg-test-cluster.sh printed no URL:\n${output}`);
  return url;
}
