import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import type { DatabaseHandle } from '../../src/db/client.ts';
import { startServer } from '../../src/server.ts';

// Debian's Chromium, quiet: no update checks, sync or QUIC, so a run never
// reaches the network and never downloads a browser.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type DemoServer = { baseUrl: string; database: DatabaseHandle; stop: () => Promise<void> };

/** A free TCP port on 127.0.0.1, so the server knows its own address (links in mail) before it listens. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real server on a free port, with the demo tenant, in a fresh data
 * folder; mail goes to `smtpUrl` when given (else to the tenant's outbox in the database).
 * `database` is the server's own handle, for a test to add what it needs.
 */
export async function startDemoServer(options: { smtpUrl?: string } = {}): Promise<DemoServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sasaeai-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = await startServer(
    loadConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      SASAEAI_DATA_DIR: dataDir,
      SASAEAI_DEMO: '1',
      SASAEAI_LOG_LEVEL: 'error',
      SASAEAI_SECRET: 'e2e-secret-e2e-secret-e2e-secret-0123',
      SASAEAI_BASE_URL: baseUrl,
      ...(options.smtpUrl ? { SASAEAI_SMTP_URL: options.smtpUrl } : {}),
    }),
  );
  return {
    baseUrl,
    database: server.database,
    stop: async () => {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches the system Chromium headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary: string }[] };

/** Runs axe's WCAG 2 A and AA rules on the page (its context needs `bypassCSP`, as axe is an inline script). */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary ?? '' })),
    }));
  });
}

/** One readable block per violation (rule, impact, each target with axe's summary), for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`)].join('\n'))
    .join('\n');
}

/** Fails with every violation listed (rule, targets, axe's summary) when axe finds any on the page. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  const violations = await findAccessibilityViolations(page);
  expect(violations, `axe on ${page.url()}:\n${describeViolations(violations)}`).toEqual([]);
}

/** Clicks a link or button and waits until the page it leads to has loaded. */
export async function clickAndLoad(page: Page, target: Locator): Promise<void> {
  await Promise.all([page.waitForEvent('load'), target.click()]);
}
