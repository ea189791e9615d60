// One database's part of bench/event-applications.ts: the real server on it,
// one fresh event per concurrency level, the burst, and what came of it.
import http from 'node:http';
import { and, asc, eq } from 'drizzle-orm';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/client.ts';
import { demoTenant } from '../../src/features/demo/demo-tenant.ts';
import { registrations } from '../../src/features/events/registrations/schema.ts';
import { activeStatuses } from '../../src/features/events/registrations/status.ts';
import { events } from '../../src/features/events/schema.ts';
import { findTenantBySlug } from '../../src/platform/tenancy/tenancy.ts';
import { startServer } from '../../src/server.ts';
import { createBenchDatabase, type DatabaseKind } from '../directory-support/database.ts';
import { quantiles, type Quantiles } from '../directory-support/report.ts';
import { freePort, freshDataDir, memoryMb } from '../server-process.ts';
import { fillApplication, mapLimited, send, sendApplication, type Reply } from './http-applicant.ts';

export type Outcome = {
  rows: number;
  confirmed: number;
  waitlisted: number;
  /** Every confirmed application was accepted (seq) before every waitlisted one. */
  inOrder: boolean;
  /** Waitlist positions the applicants' own pages show, counted. */
  positionsSeen: number;
  /** Those positions are exactly 1..waitlisted, in the order the applications were accepted. */
  positionsExact: boolean;
  /** Mail addresses with more than one active application. */
  duplicates: number;
};

export type RunResult = {
  concurrency: number;
  wallMs: number;
  throughput: number;
  latency: Quantiles;
  statuses: Record<string, number>;
  errors: number;
  errorSamples: string[];
  outcome: Outcome;
  peakRssMb: number;
};

export type DatabaseResult = { kind: DatabaseKind; peakRssMb: number; runs: RunResult[] };

type Settings = { applicationCount: number; seatCount: number; levels: number[] };

const preparingConcurrency = 8;
const hour = 3_600_000;

/** A published free event with `capacity` seats, open for applications now, starting in ten days. */
async function createEvent(db: Database, tenantId: string, capacity: number, title: string): Promise<string> {
  const now = Date.now();
  const [row] = await db
    .insert(events)
    .values({
      tenantId,
      title,
      kind: 'conference',
      startsAt: new Date(now + 240 * hour),
      endsAt: new Date(now + 246 * hour),
      venueName: '旭川市民文化会館',
      capacity,
      feeYen: 0,
      applicationOpensAt: new Date(now - hour),
      applicationClosesAt: new Date(now + 200 * hour),
      status: 'published',
    })
    .returning({ id: events.id });
  return row!.id;
}

/** Samples this process's resident memory every 50 ms until stopped; returns the highest, in MB. */
function sampleRss(): () => number {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage.rss()) / 1024 / 1024;
  };
}

/** What each applicant's personal page says: reference, and waitlist position if any. */
async function readPersonalPages(baseUrl: string, replies: Reply[]): Promise<Map<string, number | null>> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: preparingConcurrency });
  const pages = await mapLimited(
    replies.filter((r) => r.status === 303),
    preparingConcurrency,
    (r) => send(baseUrl, agent, 'GET', r.location),
  );
  agent.destroy();
  const told = new Map<string, number | null>();
  for (const page of pages) {
    const reference = /class="reference">(\d{8})</.exec(page.body)?.[1];
    const position = /キャンセル待ち (\d+) 番目/.exec(page.body)?.[1];
    if (reference) told.set(reference, position ? Number(position) : null);
  }
  return told;
}

/** Counts and order of the event's applications, and what the waiting ones were told. */
async function checkOutcome(db: Database, tenantId: string, eventId: string, told: Map<string, number | null>): Promise<Outcome> {
  const rows = await db
    .select({ seq: registrations.seq, status: registrations.status, email: registrations.email, reference: registrations.reference })
    .from(registrations)
    .where(and(eq(registrations.tenantId, tenantId), eq(registrations.eventId, eventId)))
    .orderBy(asc(registrations.seq));
  const confirmed = rows.filter((r) => r.status === 'confirmed');
  const waiting = rows.filter((r) => r.status === 'waitlisted');
  const lastConfirmed = Math.max(...confirmed.map((r) => r.seq));
  const firstWaiting = Math.min(...waiting.map((r) => r.seq));
  const activeMails = rows.filter((r) => activeStatuses.includes(r.status)).map((r) => r.email);
  const positions = waiting.map((r) => told.get(r.reference));
  return {
    rows: rows.length,
    confirmed: confirmed.length,
    waitlisted: waiting.length,
    inOrder: waiting.length === 0 || lastConfirmed < firstWaiting,
    positionsSeen: positions.filter((p) => typeof p === 'number').length,
    positionsExact: positions.every((p, i) => p === i + 1),
    duplicates: activeMails.length - new Set(activeMails).size,
  };
}

async function runBurst(baseUrl: string, db: Database, tenantId: string, settings: Settings, concurrency: number): Promise<RunResult> {
  const eventId = await createEvent(db, tenantId, settings.seatCount, `令和8年度 研究協議会（同時 ${concurrency}）`);
  const preparing = new http.Agent({ keepAlive: true, maxSockets: preparingConcurrency });
  const numbers = Array.from({ length: settings.applicationCount }, (_, i) => i);
  const forms = await mapLimited(numbers, preparingConcurrency, (n) => fillApplication(baseUrl, preparing, eventId, n, `c${concurrency}`));
  preparing.destroy();

  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const stopSampling = sampleRss();
  const started = performance.now();
  const replies = await mapLimited(forms, concurrency, (form) => sendApplication(baseUrl, agent, eventId, form));
  const wallMs = performance.now() - started;
  const peakRssMb = stopSampling();
  agent.destroy();

  const statuses: Record<string, number> = {};
  for (const r of replies) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const failed = replies.filter((r) => r.status !== 303);
  const errorSamples = [...new Set(failed.map((r) => `${r.status} ${r.error ?? r.body.slice(0, 120)} after ${(r.ms / 1000).toFixed(0)} s`))].slice(0, 5);
  const outcome = await checkOutcome(db, tenantId, eventId, await readPersonalPages(baseUrl, replies));
  return {
    concurrency,
    wallMs,
    throughput: (replies.length - failed.length) / (wallMs / 1000),
    latency: quantiles(replies.filter((r) => r.status === 303).map((r) => r.ms)),
    statuses,
    errors: failed.length,
    errorSamples,
    outcome,
    peakRssMb,
  };
}

/** Starts the real server on a new database of `kind` and runs one burst per concurrency level. */
export async function measureDatabase(kind: DatabaseKind, settings: Settings): Promise<DatabaseResult> {
  const dataDir = freshDataDir();
  const postgres = kind === 'postgresql' ? await createBenchDatabase('postgresql') : undefined;
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await startServer(
    loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      SASAEAI_DATA_DIR: dataDir,
      SASAEAI_DEMO: '1',
      SASAEAI_LOG_LEVEL: 'error',
      // Every applicant of the burst comes from this machine: no per-client form limit.
      SASAEAI_FORM_LIMIT: '0',
      SASAEAI_SECRET: 'bench-secret-bench-secret-bench-secret-01',
      SASAEAI_BASE_URL: baseUrl,
      ...(postgres?.location.kind === 'postgresql' ? { DATABASE_URL: postgres.location.url } : {}),
    }),
  );
  const runs: RunResult[] = [];
  try {
    const tenant = await findTenantBySlug(server.database.db, demoTenant.slug);
    if (!tenant) throw new Error('the demo tenant was not created');
    for (const concurrency of settings.levels) {
      console.log(`  ${settings.applicationCount} applications, ${concurrency} in flight …`);
      const run = await runBurst(baseUrl, server.database.db, tenant.id, settings, concurrency);
      console.log(`    ${Math.round(run.wallMs)} ms, ${run.outcome.confirmed} confirmed, ${run.outcome.waitlisted} waitlisted, ${run.errors} errors${run.errorSamples.length ? `: ${run.errorSamples.join(' | ')}` : ''}`);
      runs.push(run);
    }
  } finally {
    await server.close();
    await postgres?.drop();
  }
  return { kind, peakRssMb: memoryMb(process.pid).peak, runs };
}
