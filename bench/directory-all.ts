// `npm run bench:directory` (proposed): the three directory benchmarks one
// after the other, each in its own process, then one JSON line with all of
// them. PostgreSQL is measured too when BENCH_DATABASE_URL or
// TEST_DATABASE_URL is set; with --postgres this script starts a throwaway
// PostgreSQL 15 of its own in /tmp/sasaeai-pg-bench and removes it afterwards.
//
//   node --import tsx bench/directory-all.ts [--postgres] [search|guidebook|import ...]
import { spawn } from 'node:child_process';
import path from 'node:path';
import { machineLine, seconds } from './directory-support/report.ts';
import { startBenchCluster } from './pg-cluster.ts';
import { projectRoot } from './server-process.ts';

const benches = ['search', 'guidebook', 'import'] as const;
const pgTestDir = '/tmp/sasaeai-pg-bench';

/** Runs one bench with inherited output; resolves to its last line parsed as JSON (or null). */
function runBench(name: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', `directory-${name}.ts`)], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let lastLine = '';
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) if (line.trim()) lastLine = line;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (buffered.trim()) lastLine = buffered;
      if (code !== 0) return reject(new Error(`bench/directory-${name}.ts exited with ${code}`));
      try {
        resolve(JSON.parse(lastLine));
      } catch {
        resolve(null);
      }
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const wanted = args.filter((a) => !a.startsWith('--'));
  const selected = benches.filter((b) => wanted.length === 0 || wanted.includes(b));
  const env = { ...process.env };
  if (args.includes('--postgres')) {
    env.BENCH_DATABASE_URL = startBenchCluster(pgTestDir);
  }
  const started = performance.now();
  console.log(machineLine().text);
  const results: Record<string, unknown> = {};
  for (const name of selected) {
    console.log(`\n##### bench/directory-${name}.ts #####`);
    const benchStarted = performance.now();
    results[name] = await runBench(name, env);
    console.log(`(bench/directory-${name}.ts: ${seconds(performance.now() - benchStarted)})`);
  }
  console.log(`\ndirectory benchmarks done in ${seconds(performance.now() - started)}`);
  console.log(JSON.stringify({ bench: 'directory', totalMs: Math.round(performance.now() - started), ...results }));
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
// server-process.ts runs the clean-up hooks (stopping our cluster) on exit.
