// Hand-written JSON decoding that names the path of every problem (no schema library here).
// Each reader returns a best-effort value and records problems instead of throwing, so one run
// reports all of them.
import { CATALOG_TEXT } from '../messages/catalog';
import { MAX_CELL_TEXT } from '../plan/limits';
import type { CatalogProblem } from './errors';
import type { Text } from './types';

export type Json = unknown;

/** "a.b" under a path, or just "b" at the root (whose path is ""). */
export const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);
export type Obj = Record<string, unknown>;

export class Reader {
  readonly problems: CatalogProblem[] = [];

  /** Records a problem at `path`, said in both languages (src/messages/catalog.ts). */
  problem(path: string, text: Text): void {
    this.problems.push({ path, message: `${text.vi} / ${text.en}` });
  }

  isObj(v: Json): v is Obj {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  }

  obj(v: Json, path: string): Obj | undefined {
    if (this.isObj(v)) return v;
    this.problem(path, CATALOG_TEXT.text('notObject'));
    return undefined;
  }

  array(v: Json, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.problem(path, CATALOG_TEXT.text('notArray'));
    return [];
  }

  optArray(o: Obj, key: string, path: string): unknown[] {
    return o[key] === undefined ? [] : this.array(o[key], `${join(path, key)}`);
  }

  /** A string, in Unicode NFC: a catalog typed with decomposed accents names the same agency or province. */
  str(v: Json, path: string, allowEmpty = false): string {
    if (typeof v === 'string' && v.length > MAX_CELL_TEXT) {
      // Every catalog text is written into a cell of the template; Excel cells hold 32,767 characters.
      this.problem(path, CATALOG_TEXT.text('textTooLong', { length: v.length, limit: MAX_CELL_TEXT }));
      return v.slice(0, MAX_CELL_TEXT).normalize('NFC');
    }
    if (typeof v === 'string' && (allowEmpty || v.trim() !== '')) return v.normalize('NFC');
    this.problem(path, CATALOG_TEXT.text('emptyString'));
    return '';
  }

  optStr(o: Obj, key: string, path: string): string | undefined {
    return o[key] === undefined ? undefined : this.str(o[key], `${join(path, key)}`);
  }

  num(v: Json, path: string): number {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.problem(path, CATALOG_TEXT.text('notFinite'));
    return 0;
  }

  optNum(o: Obj, key: string, path: string): number | undefined {
    return o[key] === undefined ? undefined : this.num(o[key], `${join(path, key)}`);
  }

  bool(o: Obj, key: string, path: string, fallback: boolean): boolean {
    const v = o[key];
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    this.problem(`${join(path, key)}`, CATALOG_TEXT.text('notBoolean'));
    return fallback;
  }

  oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[], fallback?: T): T {
    const v = o[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    this.problem(`${join(path, key)}`, CATALOG_TEXT.text('notOneOf', { allowed: allowed.join(', ') }));
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
      if (!keys.includes(k)) this.problem(join(path, k), CATALOG_TEXT.text('unknownKey', { key: k }));
    }
  }
}
