import type { eventsMessagesJa } from './events-ja.ts';

// English for the events features; must have every key of the Japanese file.
export const eventsMessagesEn: Record<keyof typeof eventsMessagesJa, string> = {
  'nav.events': 'Events and trainings',
};
