import fs from 'node:fs';
import net from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { listenForRequests, whenQuiet } from './server.ts';

const burst = 1500;

/** Keeps this thread busy, as a run of database work does, so nothing is accepted meanwhile. */
function busyFor(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

/** Our connections to `port` whose handshake the kernel has not completed (SYN_SENT), read from /proc/net/tcp. */
function handshakesPending(port: number): number {
  const remote = `0100007F:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  return fs
    .readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields[2] === remote && fields[3] === '02').length;
}

describe('the listening socket', () => {
  it('queues a burst of connections that arrive while the process is busy, instead of dropping the handshakes past 511', async () => {
    const server = await listenForRequests(() => new Response('ok'), 0, '127.0.0.1');
    const { port } = server.address() as net.AddressInfo;
    let accepted = 0;
    server.on('connection', () => accepted++);
    const sockets: net.Socket[] = [];
    try {
      for (let i = 0; i < burst; i++) sockets.push(net.connect(port, '127.0.0.1').on('error', () => {}));
      // net.connect dials on the next tick; then, while this thread is busy,
      // the kernel completes each handshake on loopback, or drops the SYN when
      // the accept queue is full (the client then retries after 1, 3, 7 … s).
      await new Promise((resolve) => process.nextTick(resolve));
      busyFor(300);
      expect(handshakesPending(port)).toBe(0);
      while (accepted < burst) await new Promise((resolve) => setImmediate(resolve));
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('waking the job runner', () => {
  it('wakes it once a run of changes has stopped, not once per change', () => {
    vi.useFakeTimers();
    try {
      let woken = 0;
      const wake = whenQuiet(() => woken++, 1_000);
      for (let i = 0; i < 50; i++) {
        wake();
        vi.advanceTimersByTime(100);
      }
      expect(woken).toBe(0);
      vi.advanceTimersByTime(1_000);
      expect(woken).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
