import fs from 'node:fs/promises';
import path from 'node:path';

export type OutboxEntry = { name: string; date: Date | null; to: string; subject: string };
export type OutboxMessage = OutboxEntry & { from: string; text: string };

/** The .eml files of the outbox folder, read back for staff. */
export type Outbox = {
  listOutbox: (limit?: number) => Promise<OutboxEntry[]>;
  /** One message by its file name; null for a name that is not a plain .eml file name in the folder, or no such file. */
  readOutbox: (name: string) => Promise<OutboxMessage | null>;
};

// The names the outbox mailer writes: a timestamp, a random tail, .eml. Anything else
// (a path, '..', another extension) is refused before the file system is touched.
const plainName = /^[A-Za-z0-9][A-Za-z0-9_-]*\.eml$/;

async function parseFile(dir: string, name: string): Promise<OutboxMessage> {
  const { simpleParser } = await import('mailparser');
  const mail = await simpleParser(await fs.readFile(path.join(dir, name)));
  const addressText = (value: typeof mail.to | typeof mail.from) => (Array.isArray(value) ? value.map((v) => v.text).join(', ') : (value?.text ?? ''));
  return { name, date: mail.date ?? null, to: addressText(mail.to), from: addressText(mail.from), subject: mail.subject ?? '', text: mail.text ?? '' };
}

/** Reads the outbox folder: newest first (the file names start with the time they were written). */
export function createOutbox(dir: string): Outbox {
  return {
    listOutbox: async (limit = 200) => {
      const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
      const newest = names.filter((n) => plainName.test(n)).sort().reverse().slice(0, limit);
      return Promise.all(newest.map(async (name) => {
        const { text: _text, from: _from, ...entry } = await parseFile(dir, name);
        return entry;
      }));
    },
    readOutbox: async (name) => {
      if (!plainName.test(name) || path.basename(name) !== name) return null;
      try {
        return await parseFile(dir, name);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
  };
}
