import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from '../../../test/support/database.ts';
import { startPageCacheSync, type PageCacheSync } from './page-cache-sync.ts';

// Two processes on one PostgreSQL, as two listeners with their own caches.
// PGlite is one process, so there is nothing to tell anyone there.
const url = process.env.TEST_DATABASE_URL;
const started: PageCacheSync[] = [];
afterAll(async () => Promise.all(started.map((sync) => sync.stop())));

function waitFor(condition: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const check = () => (condition() ? resolve() : Date.now() > until ? reject(new Error('not heard')) : setTimeout(check, 10));
    check();
  });
}

describe.runIf(testDatabaseKind === 'postgresql')('public pages across processes', () => {
  it('makes every other process forget its pages when one announces a change, and not the one that made it', async () => {
    const forgotten = { first: 0, second: 0, third: 0 };
    const first = await startPageCacheSync(url!, () => forgotten.first++);
    const second = await startPageCacheSync(url!, () => forgotten.second++);
    const third = await startPageCacheSync(url!, () => forgotten.third++);
    started.push(first, second, third);
    first.announce();
    await waitFor(() => forgotten.second === 1 && forgotten.third === 1);
    expect(forgotten.first).toBe(0);
    second.announce();
    await waitFor(() => forgotten.first === 1 && forgotten.third === 2);
    expect(forgotten.second).toBe(1);
  });
});
