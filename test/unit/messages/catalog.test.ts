// The message catalog (src/messages) is the one place user-visible texts live: every entry in
// both languages with the same placeholders, plural forms that Intl.PluralRules can pick, no
// text spelled twice across the pane's and the template's tables, and no Vietnamese text left in
// code outside it.
import fs from 'fs';
import path from 'path';
import * as AGENCY from '../../../src/messages/agency';
import BOOT from '../../../src/messages/boot.json';
import * as CATALOG from '../../../src/messages/catalog';
import CLI from '../../../src/messages/cli.json';
import * as COLLECT from '../../../src/messages/collect';
import * as EXCEL from '../../../src/messages/excel';
import * as FIGURES from '../../../src/messages/figures';
import * as FINDINGS from '../../../src/messages/findings';
import { fill, formatExact, formatNumber } from '../../../src/messages/format';
import { STRINGS } from '../../../src/messages/pane';
import { PREVIOUS_TABLE } from '../../../src/messages/previous';
import { MORE_STRINGS } from '../../../src/messages/pane-more';
import * as SCORES_SHEET from '../../../src/messages/scores-sheet';
import * as SHEET from '../../../src/messages/sheet';

type Leaf = { where: string; vi: string; en: string; entry: object };

function leaves(o: unknown, where: string, out: Leaf[] = []): Leaf[] {
  if (o && typeof o === 'object' && !Array.isArray(o)) {
    const r = o as Record<string, unknown>;
    if (typeof r.vi === 'string' && typeof r.en === 'string')
      out.push({ where, vi: r.vi, en: r.en, entry: r });
    else for (const [k, v] of Object.entries(r)) if (!k.startsWith('$')) leaves(v, `${where}.${k}`, out);
  } else if (Array.isArray(o)) o.forEach((v, i) => leaves(v, `${where}[${i}]`, out));
  return out;
}

const TABLES: Record<string, unknown> = {
  agency: AGENCY,
  boot: BOOT,
  catalog: CATALOG.CATALOG_TABLE,
  cli: CLI,
  collect: COLLECT,
  excel: {
    ...EXCEL.EXCEL_TABLE,
    ASIDE_SUFFIX: EXCEL.ASIDE_SUFFIX,
    NOT_CARRIED_SHEET: EXCEL.NOT_CARRIED_SHEET,
  },
  figures: FIGURES,
  findings: {
    ...FINDINGS.FINDING_TABLE,
    RULE_LABELS: FINDINGS.RULE_LABELS,
    OTHER_LABELS: FINDINGS.OTHER_LABELS,
  },
  pane: STRINGS,
  paneMore: MORE_STRINGS,
  previous: PREVIOUS_TABLE,
  scoresSheet: SCORES_SHEET,
  sheet: SHEET,
};
const ALL = Object.entries(TABLES).flatMap(([name, table]) => leaves(table, name));

/**
 * The parameter names a text uses: {name} and {name, plural, ...}. A name only English chooses a
 * plural form by may be absent from the Vietnamese (which has one form): "chỉ số" vs "indicators".
 */
function placeholders(text: string, pluralOnly = false): string[] {
  const names = new Set<string>();
  // A plural branch's body ("one {indicator}") is text, not a placeholder.
  for (const m of text.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(\}|,\s*plural,)/g)) {
    if (!pluralOnly || m[2] !== '}') names.add(m[1]);
  }
  if (pluralOnly)
    for (const simple of placeholders(text).filter((n) => !text.includes(`{${n}}`))) names.add(simple);
  return [...names].sort();
}

describe('fill', () => {
  test('numbers in the language, placeholders by name, a literal {...} kept', () => {
    expect(fill('vi', '{n} số liệu, {x}', { n: 1234.5, x: 'a' })).toBe('1.234,5 số liệu, a');
    expect(fill('en', '{n} figures, {x}', { n: 1234.5, x: 'a' })).toBe('1,234.5 figures, a');
    expect(fill('en', 'e.g. {"values": {...}} {missing}', { n: 1 })).toBe('e.g. {"values": {...}} {missing}');
    expect(fill('vi', '{t}', { t: { vi: 'năm nay', en: 'this year' } })).toBe('năm nay');
  });

  test('plural forms by Intl.PluralRules, an exact =0 first, # in the language format', () => {
    const t = '{n, plural, =0 {no figure} one {# figure} other {# figures}} kept';
    expect(fill('en', t, { n: 0 })).toBe('no figure kept');
    expect(fill('en', t, { n: 1 })).toBe('1 figure kept');
    expect(fill('en', t, { n: 2 })).toBe('2 figures kept');
    expect(fill('en', t, { n: 12000 })).toBe('12,000 figures kept');
    // Vietnamese has one form: "other".
    expect(fill('vi', '{n, plural, other {# số liệu}}', { n: 1 })).toBe('1 số liệu');
    // Nested placeholders inside a branch are filled too.
    expect(fill('en', '{n, plural, one {# row of {s}} other {# rows of {s}}}', { n: 1, s: 'X' })).toBe(
      '1 row of X',
    );
  });

  test('numbers: at most two decimals, scientific beyond a trillion, exact as typed', () => {
    expect(formatNumber('vi', 1.870503597122302)).toBe('1,87');
    expect(formatNumber('en', 7.194244604316546e305)).toBe('7.194e+305');
    expect(formatNumber('vi', 7.194244604316546e305)).toBe('7,194e+305');
    expect(formatNumber('vi', -Infinity)).toBe('-∞');
    expect(formatExact('vi', 424242)).toBe('424.242');
    expect(formatExact('vi', 1234.5678)).toBe('1.234,5678');
    expect(formatExact('en', 0.1 + 0.2)).toBe('0.3');
    expect(formatExact('vi', 59.345000000000006)).toBe('59,345');
    expect(formatExact('en', 123456789.123456)).toBe('123,456,789.123456');
    expect(formatExact('en', 1e-9)).toBe('1e-9');
  });
});

describe('every table', () => {
  test('has entries', () => {
    for (const [name, table] of Object.entries(TABLES))
      expect([name, leaves(table, name).length > 0]).toEqual([name, true]);
    expect(ALL.length).toBeGreaterThan(400);
  });

  test.each(ALL.map((l) => [l.where, l] as const))('%s: both languages, the same placeholders', (_, leaf) => {
    expect(leaf.vi.trim().length > 0 || leaf.en.trim().length === 0).toBe(true);
    expect(leaf.en.trim().length > 0 || leaf.vi.trim().length === 0).toBe(true);
    const vi = placeholders(leaf.vi);
    const en = placeholders(leaf.en);
    expect(vi.filter((n) => !en.includes(n))).toEqual([]);
    expect(en.filter((n) => !vi.includes(n) && leaf.en.includes(`{${n}}`))).toEqual([]);
    for (const m of `${leaf.vi} ${leaf.en}`.matchAll(/\{\w+,\s*plural,/g)) {
      expect(`${leaf.vi} ${leaf.en}`.slice(m.index)).toMatch(/other\s*\{/);
    }
  });

  test('no text is spelled twice across tables (one entry, referenced where it is needed)', () => {
    const seen = new Map<string, Leaf>();
    const twice: string[] = [];
    for (const leaf of ALL) {
      if (leaf.vi.length < 12) continue; // short words ("Mã", "Năm nay") are labels, not sentences
      const key = `${leaf.vi}\u0000${leaf.en}`;
      const first = seen.get(key);
      const table = (w: string) => w.split('.')[0];
      // The same entry object reached from two tables is a reference, not a second spelling.
      if (first !== undefined && first.entry !== leaf.entry && table(first.where) !== table(leaf.where)) {
        twice.push(`${first.where} = ${leaf.where}`);
      } else seen.set(key, leaf);
    }
    expect(twice).toEqual([]);
  });
});

// Vietnamese letters in a string literal of src/ outside src/messages are a text spelled in code.
// Data is not a message: province names, the built-in editions' catalogs, the words a Framework
// sheet cell may hold for yes and no ("có", "không").
const DATA = new Set(['src/catalog/provinces.ts', 'src/catalog/framework-rows.ts']);
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/gs;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.posix.join(dir, e.name);
    if (e.isDirectory())
      return ['src/messages', 'src/catalog/editions', 'src/dev'].includes(p) ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

test('no Vietnamese text in code outside src/messages, except data', () => {
  const root = path.resolve(__dirname, '../../..');
  const withText: string[] = [];
  for (const file of sourceFiles('src').map((f) => f)) {
    if (DATA.has(file)) continue;
    const code = fs
      .readFileSync(path.join(root, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    if ((code.match(LITERAL) ?? []).some((s) => VIETNAMESE.test(s))) withText.push(file);
  }
  expect(withText).toEqual([]);
});

test('no CLI message carries a "pii <command>:" prefix: the reporter adds it once', () => {
  // Printed as they are, before or outside a command: the "not compiled" line and the usage title.
  const raw = new Set(['notCompiled', 'usageTitle']);
  const prefixed = Object.entries(CLI as unknown as Record<string, { vi: string; en: string }>)
    .filter(([k]) => !k.startsWith('$') && !raw.has(k))
    .filter(([, t]) => /^pii( \w+)?:/.test(t.vi) || /^pii( \w+)?:/.test(t.en))
    .map(([k]) => k);
  expect(prefixed).toEqual([]);
});
