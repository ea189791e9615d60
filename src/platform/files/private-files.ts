import fs from 'node:fs';

// The data folder holds the database, the signing secret and the outbox of
// residents' mail; a backup holds all of it. None is for other accounts on
// the machine, whatever the umask. Folders and files made by an earlier
// version are tightened too.

/** Makes a folder (and any missing parents) that only its owner can enter: 0700. */
export function ensurePrivateFolder(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  fs.chmodSync(folder, 0o700);
}

/** Writes a file only its owner can read: 0600. */
export function writePrivateFile(file: string, contents: string | Uint8Array): void {
  fs.writeFileSync(file, contents, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
}
