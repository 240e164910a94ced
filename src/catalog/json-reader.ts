// Hand-written JSON decoding that names the path of every problem (no schema library here).
// Each reader returns a best-effort value and records problems instead of throwing, so one run
// reports all of them.
import { MAX_CELL_TEXT } from '../plan/limits';
import type { CatalogProblem } from './errors';
import type { Lang, Text } from './types';

/** A count as each language writes it: "32.767" in Vietnamese, "32,767" in English. */
export const count = (x: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en').format(x);

export type Json = unknown;

/** "a.b" under a path, or just "b" at the root (whose path is ""). */
export const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
export type Obj = Record<string, unknown>;

export class Reader {
  readonly problems: CatalogProblem[] = [];

  problem(path: string, vi: string, en: string): void {
    this.problems.push({ path, message: `${vi} / ${en}` });
  }

  isObj(v: Json): v is Obj {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  }

  obj(v: Json, path: string): Obj | undefined {
    if (this.isObj(v)) return v;
    this.problem(path, 'cần một đối tượng JSON {...}', 'expected a JSON object {...}');
    return undefined;
  }

  array(v: Json, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.problem(path, 'cần một mảng JSON [...]', 'expected a JSON array [...]');
    return [];
  }

  optArray(o: Obj, key: string, path: string): unknown[] {
    return o[key] === undefined ? [] : this.array(o[key], `${join(path, key)}`);
  }

  /** A string, in Unicode NFC: a catalog typed with decomposed accents names the same agency or province. */
  str(v: Json, path: string, allowEmpty = false): string {
    if (typeof v === 'string' && v.length > MAX_CELL_TEXT) {
      // Every catalog text is written into a cell of the template; Excel cells hold 32,767 characters.
      this.problem(
        path,
        `dài ${count(v.length, 'vi')} ký tự, vượt giới hạn ${count(MAX_CELL_TEXT, 'vi')} ký tự của một ô Excel`,
        `${count(v.length, 'en')} characters long, over the ${count(MAX_CELL_TEXT, 'en')}-character limit of an Excel cell`,
      );
      return v.slice(0, MAX_CELL_TEXT).normalize('NFC');
    }
    if (typeof v === 'string' && (allowEmpty || v.trim() !== '')) return v.normalize('NFC');
    this.problem(path, 'cần một chuỗi không rỗng', 'expected a non-empty string');
    return '';
  }

  optStr(o: Obj, key: string, path: string): string | undefined {
    return o[key] === undefined ? undefined : this.str(o[key], `${join(path, key)}`);
  }

  num(v: Json, path: string): number {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.problem(path, 'cần một số hữu hạn', 'expected a finite number');
    return 0;
  }

  optNum(o: Obj, key: string, path: string): number | undefined {
    return o[key] === undefined ? undefined : this.num(o[key], `${join(path, key)}`);
  }

  bool(o: Obj, key: string, path: string, fallback: boolean): boolean {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    this.problem(`${join(path, key)}`, 'cần true hoặc false', 'expected true or false');
    return fallback;
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], fallback?: T): T {
    const v = o[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.problem(
      `${join(path, key)}`,
      `cần một trong: ${allowed.join(', ')}`,
      `expected one of: ${allowed.join(', ')}`,
    );
    return fallback ?? allowed[0];
  }

  /** {vi, en}; both required. allowEmpty: units may be "" (a count has none). */
  text(v: Json, path: string, allowEmpty = false): Text {
    const o = this.obj(v, path);
    if (!o) return { vi: '', en: '' };
    this.knownKeys(o, path, ['vi', 'en']);
    return { vi: this.str(o.vi, `${path}.vi`, allowEmpty), en: this.str(o.en, `${path}.en`, allowEmpty) };
  }

  optText(o: Obj, key: string, path: string, allowEmpty = false): Text | undefined {
    return o[key] === undefined ? undefined : this.text(o[key], `${join(path, key)}`, allowEmpty);
  }

  strings(o: Obj, key: string, path: string): string[] {
    return this.optArray(o, key, path).map((v, i) => this.str(v, `${join(path, key)}[${i}]`));
  }

  /** Flags keys we do not know: a typo such as "denominater" must not pass silently. */
  knownKeys(o: Obj, path: string, keys: readonly string[]): void {
    for (const k of Object.keys(o)) {
      if (!keys.includes(k)) this.problem(join(path, k), `khóa không xác định "${k}"`, `unknown key "${k}"`);
    }
  }
}
