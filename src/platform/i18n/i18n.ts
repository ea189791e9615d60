import { messagesEn } from './messages-en.ts';
import { messagesJa, type MessageKey } from './messages-ja.ts';

export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export type { MessageKey };

export type Translate = (key: MessageKey | string, params?: Record<string, string | number>) => string;

const catalogs: Record<Locale, Record<string, string>> = { ja: messagesJa, en: messagesEn };

/** Builds the translate function for one locale; unknown keys are shown as-is so literal text also passes through. */
export function translator(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => {
    const template = catalog[key] ?? messagesJa[key as MessageKey] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Picks the locale from an explicit choice, else Japanese. */
export function parseLocale(value: string | undefined | null): Locale | undefined {
  return value === 'ja' || value === 'en' ? value : undefined;
}

export function catalogKeys(locale: Locale): string[] {
  return Object.keys(catalogs[locale]);
}
