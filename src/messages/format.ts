// How every message of the project is filled: {placeholders}, plural forms chosen by
// Intl.PluralRules, numbers written by Intl.NumberFormat in the officer's language ("1.234,5" in
// Vietnamese, "1,234.5" in English). Every table in src/messages goes through `fill`.
import type { Lang, Text } from '../catalog/types';

export type { Lang, Text };

const AND: Text = { vi: 'và', en: 'and' };

/**
 * "a, b và c" / "a, b and c". By hand: Intl.ListFormat is missing from the browser Office 2019
 * runs add-ins in.
 */
export function listText(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`;
}

/** The BCP 47 locale each language formats numbers and dates with. */
export const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-US' };

/**
 * A placeholder's value: text as is, a number formatted per language (pass a year as a string:
 * "2025", not "2.025"), or a Text picked per language.
 */
export type MessageParam = string | number | Text;
export type MessageParams = Readonly<Record<string, MessageParam>>;

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Lang, Intl.PluralRules>();

function numberFormat(lang: Lang, min: number, max: number): Intl.NumberFormat {
  const key = `${lang}:${min}:${max}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, f);
  }
  return f;
}

/**
 * A number as the language writes it: "32.767" and "1,5" in Vietnamese, "32,767" and "1.5" in
 * English. `digits` fixes the number of decimals; by default up to 2 are shown. Beyond a
 * trillion, or for an infinite value, scientific notation with the language's decimal mark
 * ("7,194e+305"), so an absurd figure stays readable in one line.
 */
export function formatNumber(lang: Lang, value: number, digits?: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '+∞' : value < 0 ? '-∞' : '–';
  if (Math.abs(value) >= 1e12) return scientific(lang, value);
  return numberFormat(lang, digits ?? 0, digits ?? 2).format(value);
}

/**
 * A number as typed, in the language's format: every decimal kept up to Excel's 15 significant
 * digits (1234.5678 -> "1.234,5678" in Vietnamese), so a finding quotes the officer's own figure.
 */
export function formatExact(lang: Lang, value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21 || (value !== 0 && Math.abs(value) < 1e-6)) {
    return Number.isFinite(value) ? scientific(lang, value) : formatNumber(lang, value);
  }
  // At most 15 significant digits, as Excel shows a number: 59.345000000000006 is 59.345.
  const shown = Number(value.toPrecision(15));
  const decimals = (String(shown).split('.')[1] ?? '').length;
  return numberFormat(lang, 0, Math.min(decimals, 20)).format(shown);
}

function scientific(lang: Lang, value: number): string {
  const s = value.toExponential(3).replace(/\.?0+e/, 'e');
  return lang === 'vi' ? s.replace('.', ',') : s;
}

function pluralOf(lang: Lang, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

function formatParam(lang: Lang, v: MessageParam): string {
  if (typeof v === 'number') return formatNumber(lang, v);
  return typeof v === 'string' ? v : v[lang];
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {# figure} other {# figures}` -> {one: '# figure', other: '# figures'}. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!m) break;
    const open = i + m[0].length - 1;
    const end = closing(body, open);
    if (end < 0) break;
    branches.set(m[1], body.slice(open + 1, end));
    i = end + 1;
  }
  return branches;
}

/**
 * `template` with its placeholders filled for `lang`:
 * - `{name}`: the parameter (numbers per language); left as written when absent, so a literal
 *   "{...}" in a message (a JSON example) survives;
 * - `{name, plural, one {# figure} other {# figures}}`: the branch Intl.PluralRules picks for the
 *   number (an exact `=0 {...}` first), `#` being the number in the language's format.
 */
export function fill(lang: Lang, template: string, params?: MessageParams): string {
  if (!params || !template.includes('{')) return template;
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    const end = closing(template, open);
    if (end < 0) break;
    out += template.slice(i, open);
    const inner = template.slice(open + 1, end);
    const plural = /^(\w+),\s*plural,(.*)$/s.exec(inner);
    const name = plural ? plural[1] : inner;
    const v = params[name];
    if (plural && typeof v === 'number') {
      const branches = pluralBranches(plural[2]);
      const branch = branches.get(`=${v}`) ?? branches.get(pluralOf(lang, v)) ?? branches.get('other') ?? '';
      out += fill(lang, branch.replace(/#/g, formatNumber(lang, v)), params);
    } else if (/^\w+$/.test(inner) && v !== undefined) {
      out += formatParam(lang, v);
    } else {
      out += template.slice(open, end + 1);
    }
    i = end + 1;
  }
  return out + template.slice(i);
}

/** Both languages of a {vi, en} entry, filled. */
export function fillText(entry: Text, params?: MessageParams): Text {
  return { vi: fill('vi', entry.vi, params), en: fill('en', entry.en, params) };
}

/** "vi / en" on one line: a problem report read by people of either language (catalog problems). */
export function bilingualLine(text: Text): string {
  return `${text.vi} / ${text.en}`;
}

/**
 * A typed view of one message table: `text(key, params)` gives both languages filled,
 * `t(lang, key, params)` one of them.
 */
export function messageTable<K extends string>(table: Record<K, Text>) {
  return {
    text: (key: K, params?: MessageParams): Text => fillText(table[key], params),
    t: (lang: Lang, key: K, params?: MessageParams): string => fill(lang, table[key][lang], params),
  };
}

/** Dates and times: day before month in both languages (en-GB), as Vietnamese documents write them. */
const DATE_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Short date and time, "30/11/2026, 14:05" (the import log, versions, the progress sheet). */
export function formatDateTime(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

/** A document's stamp, "30/11/2026 14:05" with a four-digit year (the submission package). */
export function formatStamp(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** Clock time in the language's format: "14:05:09". */
export function formatTime(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(date);
}
