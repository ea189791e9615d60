// A small closed-loop load generator: N keep-alive connections, each sending
// the next GET as soon as the previous response has been read.
import http from 'node:http';

export type LoadResult = { route: string; ok: number; failed: number; seconds: number; rps: number; p50: number; p95: number; p99: number };

/** One GET on a keep-alive agent; resolves to the status code and the latency in ms. */
function timedGet(url: string, agent: http.Agent): Promise<{ status: number; ms: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    request.on('error', () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
  });
}

/** The value at quantile q (0..1) of an ascending array. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Sends `count` sequential-ish requests (10 at a time) to warm the route up. */
export async function warmUp(url: string, count: number): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 10 });
  for (let sent = 0; sent < count; sent += 10) await Promise.all(Array.from({ length: 10 }, () => timedGet(url, agent)));
  agent.destroy();
}

/** Keeps `connections` requests in flight for `seconds`; counts 200s and reports req/s and latency percentiles. */
export async function runLoad(baseUrl: string, route: string, connections: number, seconds: number): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = baseUrl + route;
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const { status, ms } = await timedGet(url, agent);
      if (status === 200) latencies.push(ms);
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    route,
    ok: latencies.length,
    failed,
    seconds: elapsed,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}
