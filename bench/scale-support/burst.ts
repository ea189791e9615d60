// The event applications burst of bench/event-support against a server that
// is already running elsewhere (here `serve --workers 2`): bench/event-support/burst.ts
// starts its own in-process server, so only the applicant side is reused.
// The event is created and the outcome checked with psql on the primary.
import http from 'node:http';
import { quantiles, type Quantiles } from '../directory-support/report.ts';
import { fillApplication, mapLimited, sendApplication } from '../event-support/http-applicant.ts';
import { psql } from './sql.ts';

export type BurstResult = {
  applications: number;
  wallMs: number;
  appsPerSecond: number;
  latency: Quantiles;
  errors: number;
  errorSamples: string[];
  confirmed: number;
  waitlisted: number;
  /** Every confirmed application was accepted (seq) before every waitlisted one. */
  inOrder: boolean;
  duplicates: number;
};

const preparingConcurrency = 8;

/** A published free event of the demo tenant with `seats` seats, open now; returns its id. */
function createEvent(databaseUrl: string, tenantSlug: string, seats: number): string {
  const [[id]] = psql(
    databaseUrl,
    `INSERT INTO events (tenant_id, title, kind, starts_at, ends_at, venue_name, capacity, fee_yen, application_opens_at, application_closes_at, status)
     SELECT id, '令和8年度 研究協議会（scale bench）', 'conference', now() + interval '10 days', now() + interval '10 days 6 hours',
            '旭川市民文化会館', ${seats}, 0, now() - interval '1 hour', now() + interval '8 days', 'published'
     FROM tenants WHERE slug = '${tenantSlug}' RETURNING id`,
  ) as [[string]];
  return id;
}

/** Opens every form first (cookie, CSRF token, submission key), then sends all of them at once to `baseUrl`. */
export async function runBurst(baseUrl: string, databaseUrl: string, tenantSlug: string, applications: number, seats: number): Promise<BurstResult> {
  const eventId = createEvent(databaseUrl, tenantSlug, seats);
  const preparing = new http.Agent({ keepAlive: true, maxSockets: preparingConcurrency });
  const numbers = Array.from({ length: applications }, (_, i) => i);
  const forms = await mapLimited(numbers, preparingConcurrency, (n) => fillApplication(baseUrl, preparing, eventId, n, 'scale'));
  preparing.destroy();

  // All in flight at once: one socket per applicant, as 2,000 browsers would have.
  const agent = new http.Agent({ keepAlive: true, maxSockets: applications });
  const started = performance.now();
  const replies = await mapLimited(forms, applications, (form) => sendApplication(baseUrl, agent, eventId, form));
  const wallMs = performance.now() - started;
  agent.destroy();

  const answered = replies.filter((r) => r.status === 303);
  const failed = replies.filter((r) => r.status !== 303);
  const errorSamples = [...new Set(failed.map((r) => `${r.status} ${r.error ?? r.body.slice(0, 120)}`))].slice(0, 5);
  const rows = psql(databaseUrl, `SELECT seq, status, email FROM event_registrations WHERE event_id = '${eventId}' ORDER BY seq`);
  const confirmed = rows.filter((r) => r[1] === 'confirmed').map((r) => Number(r[0]));
  const waiting = rows.filter((r) => r[1] === 'waitlisted').map((r) => Number(r[0]));
  const active = rows.filter((r) => ['confirmed', 'waitlisted', 'offered'].includes(r[1]!)).map((r) => r[2]);
  return {
    applications,
    wallMs,
    appsPerSecond: answered.length / (wallMs / 1000),
    latency: quantiles(answered.map((r) => r.ms)),
    errors: failed.length,
    errorSamples,
    confirmed: confirmed.length,
    waitlisted: waiting.length,
    inOrder: waiting.length === 0 || Math.max(...confirmed) < Math.min(...waiting),
    duplicates: active.length - new Set(active).size,
  };
}
