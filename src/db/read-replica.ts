// Public reads on a streaming replica (DATABASE_READ_URL), decision 019.
// The replica answers only while it keeps up: a monitor compares its replay
// position with the primary's every second, and reads go back to the
// primary while it is down or further behind than the limit. Someone who
// just wrote carries the primary's WAL position of that write, and reads
// from the replica only once it has replayed past it (read-your-writes).
import { openPostgres, type Database, type DatabaseHandle } from './client.ts';

export type ReplicaState = 'ok' | 'lagging' | 'down';
export type ReplicaStatus = { state: ReplicaState; lagSeconds: number | null; checkedAt: string | null };

export type ReadReplica = {
  /** The database for a public read of this tenant: the replica's when it may answer, else the primary's. */
  forTenant: (tenantId: string, lastWrite: string | null) => Promise<Database>;
  /** The primary's WAL position now: what a writer must see on the replica before reading there again. */
  writePosition: () => Promise<string>;
  status: () => ReplicaStatus;
  close: () => Promise<void>;
};

/** A WAL position ('16/B374D848') as a number, to compare two. */
export function walPosition(lsn: string): bigint {
  const [high, low] = lsn.split('/');
  if (!high || !low || !/^[0-9A-F]+$/i.test(high) || !/^[0-9A-F]+$/i.test(low)) throw new Error(`not a WAL position: ${lsn}`);
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

const isWalPosition = (value: string) => /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i.test(value);

/** Opens the replica and starts watching it against the primary. */
export async function openReadReplica(url: string, primary: DatabaseHandle, options: { maxLagSeconds: number; checkEveryMs?: number }): Promise<ReadReplica> {
  const replica = await openPostgres(url);
  let status: ReplicaStatus = { state: 'down', lagSeconds: null, checkedAt: null };

  // The primary's position at each check the replica had not reached yet:
  // the oldest of them says how long ago the primary was where the replica
  // is still short of, which is the lag (to within one check).
  const unreplayed: { lsn: bigint; at: number }[] = [];
  const check = async () => {
    try {
      const [[primaryNow], [replayed]] = await Promise.all([
        primary.query(`SELECT pg_current_wal_lsn()::text AS lsn`),
        replica.query(`SELECT pg_last_wal_replay_lsn()::text AS lsn`),
      ]);
      const now = Date.now();
      const replayedTo = replayed?.lsn == null ? 0n : walPosition(String(replayed.lsn));
      unreplayed.push({ lsn: walPosition(String(primaryNow!.lsn)), at: now });
      while (unreplayed.length && (unreplayed[0]!.lsn <= replayedTo || unreplayed.length > 10_000)) unreplayed.shift();
      const lagSeconds = unreplayed.length ? (now - unreplayed[0]!.at) / 1000 : 0;
      status = { state: lagSeconds > options.maxLagSeconds ? 'lagging' : 'ok', lagSeconds, checkedAt: new Date(now).toISOString() };
    } catch {
      status = { state: 'down', lagSeconds: null, checkedAt: new Date().toISOString() };
    }
  };
  await check();
  const timer = setInterval(() => void check(), options.checkEveryMs ?? 1_000);
  timer.unref();

  const hasReplayed = async (lastWrite: string) => {
    try {
      const [row] = await replica.query(`SELECT pg_last_wal_replay_lsn()::text AS lsn`);
      return row?.lsn != null && walPosition(String(row.lsn)) >= walPosition(lastWrite);
    } catch {
      return false;
    }
  };

  return {
    forTenant: async (tenantId, lastWrite) => {
      if (status.state !== 'ok') return primary.forTenant(tenantId);
      if (lastWrite && isWalPosition(lastWrite) && !(await hasReplayed(lastWrite))) return primary.forTenant(tenantId);
      return replica.forTenant(tenantId);
    },
    // The insert position, not the written one: with synchronous_commit off a
    // commit can still be in the WAL buffers, past pg_current_wal_lsn().
    writePosition: async () => String((await primary.query(`SELECT pg_current_wal_insert_lsn()::text AS lsn`))[0]!.lsn),
    status: () => status,
    close: async () => {
      clearInterval(timer);
      await replica.close();
    },
  };
}
