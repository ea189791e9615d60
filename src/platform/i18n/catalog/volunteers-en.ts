import type { volunteersMessagesJa } from './volunteers-ja.ts';

// English for the volunteers features; must have every key of the Japanese file.
export const volunteersMessagesEn: Record<keyof typeof volunteersMessagesJa, string> = {
  'nav.volunteers': 'Volunteers',
};
