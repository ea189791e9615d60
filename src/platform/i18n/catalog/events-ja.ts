// Messages of the events features, merged into the Japanese catalog (messages-ja.ts).
export const eventsMessagesJa = {
  'nav.events': '研修・イベント',
} as const;
