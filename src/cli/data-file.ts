// The one reader of the data files every command takes (`pii score --data`, `pii template --data`):
// the same file gets the same verdict from each. Pure (parsed JSON in, verdict out): what is wrong
// is an error (nothing is scored or written), what is ignored or dubious is a warning, each with
// its JSON path and, for a misspelt key, the nearest known one ("did you mean").
import { EVIDENCE_PARTS, parseDateText } from '../catalog/evidence';
import { COMPONENT_FIELDS, inputSection, type InputSection } from '../catalog/fields';
import { FINDINGS } from '../messages/findings';
import {
  ABSORBED_IN_2025,
  type BenchmarkInput,
  type Catalog,
  type CellValue,
  type ProvinceInput,
  type Text,
} from '../catalog';
import type { Benchmarks } from '../scoring';
import { jsonPath } from './json-text';
import { message, type MessageKey, type MessageParams } from './messages';
import { closest } from './suggest';

/** One problem or warning about a data file. */
export interface DataNote {
  /** Where in the file, as jsonPath writes it (`provinces["Huế"].values.population`); "" = the whole file. */
  path: string;
  message: Text;
}

/** A file of one province: `{"values": …, "previous": …, "evidence": …, "benchmarks": …, "peers": …}`. */
export interface OneProvince {
  kind: 'one';
  input: ProvinceInput;
  /** Other provinces' published PII scores, by name, to rank this one among. */
  peers?: Record<string, number>;
}

/** A file of several provinces: `{"provinces": {name: {"values": …}}, "benchmarks": …}`. */
export interface ManyProvinces {
  kind: 'many';
  /**
   * By name (NFC, trimmed), in file order. A province may carry its own benchmarks (the national
   * ones of its published profile): `pii template --province` fills them in; scoring together
   * does not use them (one scale for all: `shared`, else derived from the provinces).
   */
  provinces: Record<string, ProvinceInput>;
  /** Names of the provinces that carry their own benchmarks. */
  ownBenchmarks: string[];
  /** Names of the provinces that carry their own "peers" (read by no command). */
  ownPeers: string[];
  /** The top-level benchmarks as written (numbers), for a template of one of the provinces. */
  benchmarks?: Record<string, BenchmarkInput>;
  /** The same as scoring wants them: only the indicators supplied, each {min, max} numbers. */
  shared?: Benchmarks;
}

export type DataFile = OneProvince | ManyProvinces;

export interface DataReading {
  /** Undefined when the file's shape leaves nothing to read (errors say why). */
  data: DataFile | undefined;
  /** Each makes the file unusable: no command may score or write from it. */
  errors: DataNote[];
  /** Each names something ignored or dubious; the file is still used. */
  warnings: DataNote[];
}

/** Notes listed one by one per list; the rest are counted in one more note. */
export const MAX_NOTES = 50;

/** The component sections: values, previous and the evidence register's four (catalog/fields.ts). */
const SECTIONS = COMPONENT_FIELDS.map(inputSection);
type Section = InputSection;
const ONE_KEYS = [...SECTIONS, 'benchmarks', 'peers'];
const MANY_KEYS = ['provinces', 'benchmarks'];
const PROVINCE_KEYS = [...SECTIONS, 'benchmarks'];
const BENCHMARK_KEYS = ['min', 'max'];

type Obj = Record<string, unknown>;

/**
 * Evidence dates as a cell holds them: "dd/mm/yyyy" or "yyyy-mm-dd" become Excel date numbers (what
 * Excel makes of a typed date); any other text stays, for the evidenceDate check to name.
 */
function datesOf(section: Record<string, CellValue>): Record<string, CellValue> {
  let out: Record<string, CellValue> | undefined;
  for (const [id, v] of Object.entries(section)) {
    const serial = typeof v === 'string' ? parseDateText(v) : null;
    if (serial === null) continue;
    out ??= { ...section };
    out[id] = serial;
  }
  return out ?? section;
}
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const has = (o: Obj, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
/** null or a text of spaces only: a blank cell, which needs no word. */
const isBlank = (v: unknown): boolean => v === null || (typeof v === 'string' && v.trim() === '');
/** A key starting with "$" ("$comment", as in JSON Schema) is a note for people: read nowhere, never reported. */
const isComment = (k: string): boolean => k.startsWith('$');

/** What a JSON value is, in words, for "must be an object, not …". */
function kindOf(v: unknown): Text {
  if (Array.isArray(v)) return FINDINGS.text('anArray');
  if (v === null) return message('kindNull');
  if (typeof v === 'object') return FINDINGS.text('anObject');
  if (typeof v === 'string') return message('kindText', { text: shortText(v) });
  if (typeof v === 'boolean') return message('kindBoolean', { value: String(v) });
  return message('kindNumber', { value: String(v) });
}

/** A text as quoted in a message, cut to 40 characters. */
function shortText(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

class Notes {
  readonly list: DataNote[] = [];
  private more = 0;
  /** Adds a note in reading order and returns it (undefined past MAX_NOTES: only counted). */
  add(parts: readonly (string | number)[], key: MessageKey, params?: MessageParams): DataNote | undefined {
    if (this.list.length >= MAX_NOTES) {
      this.more++;
      return undefined;
    }
    const note = { path: jsonPath(parts), message: message(key, params) };
    this.list.push(note);
    return note;
  }
  done(): DataNote[] {
    if (this.more > 0) this.list.push({ path: '', message: message('dataMoreNotes', { count: this.more }) });
    return this.list;
  }
}

/** " (did you mean "x"?)" when a known key is near `key`, else "". */
function hint(key: string, known: Iterable<string>): Text {
  const near = closest(key, known);
  return near === undefined ? { vi: '', en: '' } : message('didYouMean', { key: near });
}

/** Options of readData. */
export interface ReadDataOptions {
  /**
   * The edition's province names (a built-in edition's list): a name of a multi-province file
   * that is not among them but near one ("Ha Noi"), or absorbed by a 2025 merger, is a warning.
   */
  provinces?: readonly string[];
}

class DataReader {
  readonly errors = new Notes();
  readonly warnings = new Notes();
  /**
   * Unknown component ids and indicator codes, one entry per section and id across all provinces:
   * a file of 300 provinces with one stray id says it once, with the count.
   */
  private readonly unknown = new Map<
    string,
    { note: DataNote | undefined; key: MessageKey; params: MessageParams; n: number }
  >();
  private readonly components: Set<string>;
  private readonly indicators: Set<string>;
  /** Province names not in options.provinces so far. */
  private offList = 0;

  constructor(
    private readonly catalog: Catalog,
    private readonly options: ReadDataOptions,
  ) {
    this.components = new Set(catalog.components.map((c) => c.id));
    this.indicators = new Set(catalog.indicators.map((i) => i.code));
  }

  /** Keys of `o` not in `known` (nor `skip`, handled by the caller): errors, with the nearest key. */
  unknownKeys(o: Obj, at: (string | number)[], known: readonly string[], skip: readonly string[] = []): void {
    for (const k of Object.keys(o)) {
      if (known.includes(k) || skip.includes(k) || isComment(k)) continue;
      // At the top of a one-province file, "province" may mean "provinces" too.
      const near = at.length === 0 && !known.includes('provinces') ? [...known, 'provinces'] : known;
      this.errors.add([...at, k], 'dataUnknownKey', { key: k, hint: hint(k, near), known: known.join(', ') });
    }
  }

  /** An unknown id: a warning where first seen (in reading order), counted where seen again. */
  private unknownId(at: (string | number)[], section: string, key: MessageKey, id: string): void {
    const seen = this.unknown.get(`${section}\u0000${id}`);
    if (seen) {
      seen.n++;
      return;
    }
    const params = { edition: this.catalog.edition, hint: hint(id, this.known(key)), others: '' };
    const note = this.warnings.add(at, key, params);
    this.unknown.set(`${section}\u0000${id}`, { note, key, params, n: 1 });
  }

  private known(key: MessageKey): Set<string> {
    return key === 'dataUnknownComponent' ? this.components : this.indicators;
  }

  /** Each unknown id seen in several provinces says in how many others. */
  countUnknown(): void {
    for (const { note, key, params, n } of this.unknown.values()) {
      if (note && n > 1)
        note.message = message(key, { ...params, others: message('dataAlsoIn', { count: n - 1 }) });
    }
  }

  /** `raw` if it is an object; undefined if absent, or (an error `key`, naming what it is) if not an object. */
  shaped(
    raw: unknown,
    at: (string | number)[],
    key: MessageKey,
    params: MessageParams = {},
  ): Obj | undefined {
    if (raw === undefined || isObj(raw)) return raw;
    this.errors.add(at, key, { ...params, kind: kindOf(raw) });
    return undefined;
  }

  /**
   * A value no cell can hold (object, array, a number past 1.8e308): an error at `at` + `key`, and
   * true. The path is built only then: this runs over every value of every province.
   */
  badCell(v: unknown, at: (string | number)[], key: string): boolean {
    if (typeof v === 'object' && v !== null) {
      this.errors.add([...at, key], 'dataCellNotValue', { kind: kindOf(v) });
      return true;
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
      this.errors.add([...at, key], 'dataCellInfinite');
      return true;
    }
    return false;
  }

  /** One component section of one province (values, previous, an evidence part): unknown ids warned (and dropped), cells checked. */
  section(json: unknown, at: (string | number)[], section: Section): Record<string, CellValue> | undefined {
    const raw = this.shaped(json, at, 'dataSectionShape', { section });
    if (raw === undefined) return undefined;
    let out: Record<string, CellValue> | undefined; // a copy, made only when something is dropped
    const keys = Object.keys(raw);
    for (let i = 0; i < keys.length; i++) {
      const id = keys[i];
      const v = raw[id];
      let drop = false;
      if (isComment(id)) {
        drop = true;
      } else if (!this.components.has(id)) {
        this.unknownId([...at, id], section, 'dataUnknownComponent', id);
        drop = true;
      } else if (this.badCell(v, at, id)) {
        drop = true;
      } else if (section === 'previous' && !isBlank(v) && typeof v !== 'number') {
        this.warnings.add([...at, id], 'dataPreviousNotNumber', { kind: kindOf(v) });
      }
      if (drop && out === undefined) {
        out = {};
        for (let k = 0; k < i; k++) out[keys[k]] = raw[keys[k]] as CellValue;
      } else if (!drop && out !== undefined) out[id] = v as CellValue;
    }
    return out ?? (raw as Record<string, CellValue>);
  }

  /** `benchmarks`: {indicator code: {min, max}}, both numbers, max above min. */
  benchmarks(json: unknown, at: (string | number)[]): Record<string, BenchmarkInput> | undefined {
    const raw = this.shaped(json, at, 'dataBenchmarksShape');
    if (raw === undefined) return undefined;
    const out: Record<string, BenchmarkInput> = {};
    for (const [code, b] of Object.entries(raw)) {
      const here = [...at, code];
      if (isComment(code)) continue;
      if (!this.indicators.has(code)) {
        this.unknownId(here, 'benchmarks', 'dataUnknownIndicator', code);
        continue;
      }
      if (!isObj(b)) {
        this.errors.add(here, 'dataBenchmarkShape', { kind: kindOf(b) });
        continue;
      }
      this.unknownKeys(b, here, BENCHMARK_KEYS);
      const min = b.min ?? null;
      const max = b.max ?? null;
      let ok = true;
      for (const [side, v] of [
        ['min', min],
        ['max', max],
      ] as const) {
        if (this.badCell(v, here, side)) ok = false;
        else if (v !== null && typeof v !== 'number') {
          this.errors.add([...here, side], 'dataBenchmarkNotNumber', { kind: kindOf(v) });
          ok = false;
        }
      }
      if (!ok) continue;
      if (min === null && max === null) {
        this.warnings.add(here, 'dataBenchmarkEmpty');
        continue;
      }
      if (min === null || max === null) {
        this.errors.add(here, 'dataBenchmarkHalf', { side: min === null ? 'min' : 'max' });
        continue;
      }
      if (!((max as number) > (min as number))) {
        this.errors.add(here, 'dataBenchmarkOrder', { min: String(min), max: String(max) });
        continue;
      }
      out[code] = { min: min as number, max: max as number };
    }
    return out;
  }

  /** The sections of one province (its benchmarks and peers are read by the caller). */
  province(o: Obj, at: (string | number)[]): ProvinceInput | undefined {
    if (!has(o, 'values')) {
      this.errors.add(at, 'dataNoValues');
      return undefined;
    }
    const values = this.section(o.values, [...at, 'values'], 'values');
    if (values === undefined) return undefined;
    const input: ProvinceInput = { values };
    for (const section of SECTIONS) {
      if (section === 'values') continue;
      const read = this.section(o[section], [...at, section], section);
      if (read !== undefined) input[section] = section === 'evidenceDate' ? datesOf(read) : read;
    }
    // A file written before the evidence register had parts: one pointer, not a warning per figure.
    if (isObj(o.evidence) && Object.keys(o.evidence).some((k) => !isComment(k)))
      if (!EVIDENCE_PARTS.some((p) => p !== 'evidence' && has(o, p)))
        this.warnings.add([...at, 'evidence'], 'dataEvidenceNumberOnly');
    return input;
  }

  /** A province name the edition does not have, but near one it has or merged into one: a warning. */
  provinceName(name: string, at: (string | number)[]): void {
    const list = this.options.provinces;
    if (list === undefined || list.includes(name)) return;
    const into = ABSORBED_IN_2025[name];
    if (into !== undefined && list.includes(into)) {
      this.warnings.add(at, 'dataProvinceMerged', { name, into, edition: this.catalog.edition });
      return;
    }
    // More names off the list than the edition has provinces: not a file of its provinces (made-up
    // or district names), and guessing for each of 30,000 would cost seconds.
    if (++this.offList > list.length) return;
    const near = closest(name, list);
    if (near !== undefined) {
      this.warnings.add(at, 'dataProvinceNear', {
        count: list.length,
        edition: this.catalog.edition,
        hint: message('didYouMean', { key: near }),
      });
    }
  }

  /** `peers`: {province: published PII score}, each a finite number. */
  peers(json: unknown, at: (string | number)[]): Record<string, number> | undefined {
    const raw = this.shaped(json, at, 'dataPeersShape');
    if (raw === undefined) return undefined;
    const out: Record<string, number> = {};
    for (const [name, v] of Object.entries(raw)) {
      if (isComment(name)) continue;
      if (name.trim() === '') this.errors.add([...at, name], 'dataNameBlank');
      if (typeof v !== 'number' || !Number.isFinite(v))
        this.errors.add([...at, name], 'dataPeerNotNumber', { kind: kindOf(v) });
      else Object.defineProperty(out, name.trim(), { value: v, enumerable: true, writable: true });
    }
    return out;
  }

  one(root: Obj): OneProvince | undefined {
    this.unknownKeys(root, [], ONE_KEYS);
    const input = this.province(root, []);
    const benchmarks = this.benchmarks(root.benchmarks, ['benchmarks']);
    const peers = this.peers(root.peers, ['peers']);
    if (input === undefined) return undefined;
    if (benchmarks !== undefined) input.benchmarks = benchmarks;
    return peers === undefined ? { kind: 'one', input } : { kind: 'one', input, peers };
  }

  many(root: Obj): ManyProvinces | undefined {
    for (const k of Object.keys(root)) {
      if (MANY_KEYS.includes(k) || isComment(k)) continue;
      if (ONE_KEYS.includes(k)) this.errors.add([k], 'dataMixedShape', { key: k });
      else
        this.errors.add([k], 'dataUnknownKey', {
          key: k,
          hint: hint(k, MANY_KEYS),
          known: MANY_KEYS.join(', '),
        });
    }
    const benchmarks = this.benchmarks(root.benchmarks, ['benchmarks']);
    const raw = root.provinces;
    if (!isObj(raw) || Object.keys(raw).length === 0) {
      this.errors.add(['provinces'], 'dataProvincesShape', { kind: kindOf(raw) });
      return undefined;
    }
    const provinces: Record<string, ProvinceInput> = {};
    const ownBenchmarks: string[] = [];
    const ownPeers: string[] = [];
    const firstKey = new Map<string, string>();
    for (const [key, v] of Object.entries(raw)) {
      if (isComment(key)) continue;
      const at = ['provinces', key];
      const name = key.trim();
      if (name === '') {
        this.errors.add(at, 'dataNameBlank');
        continue;
      }
      if (name === '__proto__') {
        // Would vanish into the prototype of every object keyed by province downstream.
        this.errors.add(at, 'dataNameReserved');
        continue;
      }
      const earlier = firstKey.get(name);
      if (earlier !== undefined) {
        this.errors.add(at, 'dataNameTwice', { other: jsonPath(['provinces', earlier]) });
        continue;
      }
      firstKey.set(name, key);
      if (name !== key) this.warnings.add(at, 'dataNameTrimmed', { name });
      this.provinceName(name, at);
      if (!isObj(v)) {
        this.errors.add(at, 'dataProvinceShape', { kind: kindOf(v) });
        continue;
      }
      this.unknownKeys(v, at, PROVINCE_KEYS, ['peers']);
      const input = this.province(v, at);
      const own = this.benchmarks(v.benchmarks, [...at, 'benchmarks']);
      if (has(v, 'peers')) ownPeers.push(name);
      if (input === undefined) continue;
      if (own !== undefined) {
        input.benchmarks = own;
        ownBenchmarks.push(name);
      }
      provinces[name] = input;
    }
    const out: ManyProvinces = { kind: 'many', provinces, ownBenchmarks, ownPeers };
    // An empty "benchmarks" supplies nothing: every benchmark is derived, and said so.
    if (benchmarks !== undefined && Object.keys(benchmarks).length > 0) {
      out.benchmarks = benchmarks;
      const shared: Benchmarks = {};
      for (const [code, b] of Object.entries(benchmarks))
        shared[code] = { min: b.min as number, max: b.max as number };
      out.shared = shared;
    }
    return out;
  }
}

/**
 * Reads a parsed data file against `catalog`. Errors (the file must not be used): a root that is
 * not an object; neither "values" nor "provinces" (`{}`); "provinces" beside a province's own
 * sections; a section, province or benchmark of the wrong shape (`{"values": 5}`); an unknown key
 * where the structure is fixed (top level, a province, a benchmark), with the nearest known key;
 * an object, array or infinite number (1e309) as a value; a benchmark that is not two numbers
 * with max above min; a blank province name, or two names equal once trimmed; a peer score that
 * is not a number. Warnings (the file is used without them): a component id or indicator code
 * the catalog does not have (dropped, with the nearest known one, said once with the number of
 * provinces); last year's value that is not a number (the jump check skips it); a province name
 * with spaces around it (trimmed); a benchmark with neither min nor max; with options.provinces, a
 * province name near one of the edition's ("Ha Noi": did you mean "Hà Nội"?) or merged into one. What a command does not
 * use (a province's own benchmarks when scoring together, "peers" in a template) is for the
 * command to say (ownBenchmarks, ownPeers, peers). Keys starting with "$" are comments. Duplicate
 * keys are found in the text, by readJsonFile. At most MAX_NOTES of each are listed, then counted.
 */
export function readData(json: unknown, catalog: Catalog, options: ReadDataOptions = {}): DataReading {
  const r = new DataReader(catalog, options);
  let data: DataFile | undefined;
  if (!isObj(json)) {
    r.errors.add([], 'dataRootShape', { kind: kindOf(json) });
  } else if (has(json, 'provinces')) {
    data = r.many(json);
  } else if (!has(json, 'values')) {
    // Name the misspelt key if there is one ("value", "Values"), else the expected shape.
    const keys = Object.keys(json).filter((k) => !isComment(k));
    r.errors.add([], 'dataNothing', {
      keys: keys.length === 0 ? message('dataNoKeys') : keys.map((k) => JSON.stringify(k)).join(', '),
    });
    r.unknownKeys(json, [], ONE_KEYS);
  } else {
    data = r.one(json);
  }
  r.countUnknown();
  const errors = r.errors.done();
  return { data: errors.length > 0 ? undefined : data, errors, warnings: r.warnings.done() };
}
