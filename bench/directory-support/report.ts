// Figures and the final table of the directory benchmarks, in the style of
// bench/run.ts: a line per figure while running, then one table, then JSON.
import os from 'node:os';
import { percentile } from '../load.ts';

export type Row = { label: string; value: string; goal: string; verdict: string };

export type Quantiles = { n: number; p50: number; p95: number; p99: number; max: number };

/** p50/p95/p99 of a list of durations (ms). With fewer than 100 samples p99 is the maximum. */
export function quantiles(samples: number[]): Quantiles {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
}

export const ms = (value: number) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
export const mb = (value: number) => `${Math.round(value)} MB`;
export const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
export const latency = (q: Quantiles) => `p50 ${ms(q.p50)} / p95 ${ms(q.p95)} / p99 ${ms(q.p99)}`;
export const rounded = (q: Quantiles) => ({ n: q.n, p50: +q.p50.toFixed(2), p95: +q.p95.toFixed(2), p99: +q.p99.toFixed(2) });

/** Collects table rows; `ok` undefined means "no goal, for information". */
export class Report {
  readonly rows: Row[] = [];

  add(label: string, value: string, goal = '', ok?: boolean): void {
    this.rows.push({ label, value, goal, verdict: ok === undefined ? '' : ok ? 'OK' : 'MISSED' });
    console.log(`  ${label}: ${value}${goal ? `  (${goal})` : ''}${ok === undefined ? '' : ok ? '  OK' : '  MISSED'}`);
  }

  print(title: string): void {
    const width = (key: keyof Row) => Math.max(...this.rows.map((r) => r[key].length));
    const [l, v, g] = [width('label'), width('value'), width('goal')];
    console.log(`\n=== ${title} ===`);
    for (const r of this.rows) console.log(`${r.label.padEnd(l)}  ${r.value.padStart(v)}  ${r.goal.padEnd(g)}  ${r.verdict}`.trimEnd());
  }
}

/** A warning when other work on the machine is likely to skew the figures. */
export function busyNote(load: number): string {
  return load > os.cpus().length * 0.5 ? '  (machine busy: figures will be slower than on an idle machine)' : '';
}

export function machineLine(): { text: string; load: number } {
  const load = os.loadavg()[0];
  return { text: `node ${process.version}, ${os.cpus().length} CPUs, load average ${load.toFixed(1)}${busyNote(load)}`, load };
}
