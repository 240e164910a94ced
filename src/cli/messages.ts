// Typed access to messages.json, the table of every message the command-line tool prints (the
// dev server and the production build read the same table through scripts/messages.js).
import type { Lang, Text } from '../catalog';
import TABLE from './messages.json';

export type MessageKey = Exclude<keyof typeof TABLE, `$${string}`>;

/** A placeholder value: text as is, a number formatted per language, or a Text picked per language. */
export type MessageParam = string | number | Text;
export type MessageParams = Record<string, MessageParam>;

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en' };

/**
 * A number as the language writes it: "32.767" and "1,5" in Vietnamese, "32,767" and "1.5" in
 * English. `digits` fixes the number of decimals; by default up to 2 are shown.
 */
export function formatNumber(lang: Lang, value: number, digits?: number): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: digits ?? 2,
  }).format(value);
}

function fill(lang: Lang, template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') return formatNumber(lang, v);
    return typeof v === 'string' ? v : v[lang];
  });
}

/**
 * The message `key` in both languages with its {placeholders} filled. A placeholder without a
 * value stays as written (so a literal "{...}" in a message, as in a JSON example, survives).
 */
export function message(key: MessageKey, params?: MessageParams): Text {
  const entry: Text = TABLE[key];
  return { vi: fill('vi', entry.vi, params), en: fill('en', entry.en, params) };
}
