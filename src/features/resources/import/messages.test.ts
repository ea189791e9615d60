import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFileProblems } from './import-file-error.ts';
import { importFormats } from './formats.ts';
import { messagesEn as importMessagesEn } from '../../../platform/i18n/messages-en.ts';
import { messagesJa as importMessagesJa } from '../../../platform/i18n/messages-ja.ts';

const sources = readdirSync(new URL('.', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'))
  .join('\n');

describe('import messages', () => {
  it('has Japanese and English text for every import.* key the code uses', () => {
    const used = new Set([...sources.matchAll(/'(import\.[A-Za-z]+)'/g)].map((m) => m[1]));
    for (const problem of importFileProblems) used.add(`import.${problem}`);
    for (const format of importFormats) for (const id of [format.id, ...(format.kinds ?? []).map((kind) => kind.id)]) used.add(`import.format.${id}`);
    expect(used.size).toBeGreaterThan(20);
    for (const key of used) {
      expect(importMessagesJa, key).toHaveProperty([key]);
      expect(importMessagesEn, key).toHaveProperty([key]);
    }
  });

  it('has the same placeholders in both languages', () => {
    for (const [key, ja] of Object.entries(importMessagesJa).filter(([k]) => k.startsWith('import.'))) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(importMessagesEn[key as keyof typeof importMessagesJa]), key).toEqual(placeholders(ja));
    }
  });
});
