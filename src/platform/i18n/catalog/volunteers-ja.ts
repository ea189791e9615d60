// Messages of the volunteers features, merged into the Japanese catalog (messages-ja.ts).
export const volunteersMessagesJa = {
  'nav.volunteers': 'ボランティア',
} as const;
