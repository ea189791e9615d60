// Catalog entries of the HSDS API, to be merged into messages-ja.ts and
// messages-en.ts.

/** Japanese texts of the hsds.* keys. */
export const hsdsMessagesJa = {
  'hsds.modifiedAfter': '日時は ISO 8601 の形式（例: 2026-04-01T00:00:00+09:00 または 2026-04-01）で指定してください。',
} as const;

/** English texts of the hsds.* keys. */
export const hsdsMessagesEn: Record<keyof typeof hsdsMessagesJa, string> = {
  'hsds.modifiedAfter': 'Give the date and time in ISO 8601 form (e.g. 2026-04-01T00:00:00+09:00 or 2026-04-01).',
};
