import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateFolder } from '../platform/files/private-files.ts';

export class DataFolderInUse extends Error {}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is a single process: two processes on one data folder would corrupt
 * it. Takes the folder's lock file (or a stale one left by a process that
 * died) and returns its release; refuses while another live process holds it.
 */
export function lockDataFolder(folder: string): () => void {
  ensurePrivateFolder(folder);
  const file = path.join(folder, 'sasaeai.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(file, 'utf8'));
      if (holder && holder !== process.pid && isRunning(holder)) {
        throw new DataFolderInUse(
          `データフォルダ ${folder} は別のプロセス (pid ${holder}) が使用中です。サーバーを止めてから実行するか、DATABASE_URL で PostgreSQL を使ってください。`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new DataFolderInUse(`データフォルダ ${folder} をロックできませんでした。`);
}
