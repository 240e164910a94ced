// The catalog as plain tables (XLSForm's idea: the framework is a sheet an officer edits), and back.
// catalogToRows writes every field explicitly, so rows -> catalog loads to the same Catalog;
// rowsToCatalog builds catalog JSON from the cells and runs it through the one loader
// (loadCatalog). Every problem the loader reports by JSON path is mapped back to the cell that
// holds the value (or to the row, or the table, when no single cell does). Nothing here knows
// where the tables sit on a sheet: the caller passes a locator (src/plan/framework-sheet.ts).
import { CatalogError, type CatalogProblem } from './errors';
import { loadCatalog } from './load';
import type { Catalog } from './types';

export type FrameworkCell = string | number | boolean | null;

export type FrameworkTableKey =
  'edition' | 'pillars' | 'subPillars' | 'agencies' | 'components' | 'indicators' | 'rules';

/** How a column's cells become JSON: a trimmed string, a number, true/false, a list of ids, text. */
export type ColumnType = 'str' | 'num' | 'bool' | 'list' | 'text';

export interface ColumnSpec {
  /** Stable column key (also the header's key in src/messages/sheet.ts). */
  key: string;
  /** Where the value goes in the catalog JSON object of the row ("name.vi", "formula.scale"). */
  path: string;
  type: ColumnType;
}

export interface TableSpec {
  key: FrameworkTableKey;
  /** The catalog JSON array the rows become; null for the one-row edition table (the root). */
  array: string | null;
  /** Optional tables may be missing from a sheet (an empty list). */
  optional: boolean;
  columns: ColumnSpec[];
}

const c = (key: string, path: string, type: ColumnType): ColumnSpec => ({ key, path, type });
const text = (key: string, path: string): ColumnSpec[] => [
  c(`${key}_vi`, `${path}.vi`, 'text'),
  c(`${key}_en`, `${path}.en`, 'text'),
];

/** The tables in sheet order, their columns in sheet order. */
export const FRAMEWORK_TABLES: TableSpec[] = [
  {
    key: 'edition',
    array: null,
    optional: false,
    columns: [
      c('edition', 'edition', 'str'),
      ...text('name', 'name'),
      c('frameworkIndicatorCount', 'frameworkIndicatorCount', 'num'),
      c('jumpFactor', 'settings.jumpFactor', 'num'),
      ...text('assumption', 'assumption'),
    ],
  },
  {
    key: 'pillars',
    array: 'pillars',
    optional: false,
    columns: [c('code', 'code', 'str'), c('side', 'side', 'str'), ...text('name', 'name')],
  },
  {
    key: 'subPillars',
    array: 'subPillars',
    optional: false,
    columns: [
      c('code', 'code', 'str'),
      c('pillar', 'pillar', 'str'),
      ...text('name', 'name'),
      ...text('assumption', 'assumption'),
    ],
  },
  {
    key: 'agencies',
    array: 'agencies',
    optional: true,
    columns: [c('id', 'id', 'str'), ...text('name', 'name')],
  },
  {
    key: 'components',
    array: 'components',
    optional: false,
    columns: [
      c('id', 'id', 'str'),
      ...text('name', 'name'),
      ...text('unit', 'unit'),
      c('kind', 'kind', 'str'),
      c('shared', 'shared', 'bool'),
      c('evidenceRequired', 'evidenceRequired', 'bool'),
      c('required', 'required', 'bool'),
      c('additive', 'additive', 'bool'),
      c('min', 'min', 'num'),
      c('max', 'max', 'num'),
      c('plausibleMin', 'plausible.min', 'num'),
      c('plausibleMax', 'plausible.max', 'num'),
      ...text('plausibleMessage', 'plausible.message'),
      c('jumpFactor', 'jumpFactor', 'num'),
      ...text('assumption', 'assumption'),
      ...text('note', 'note'),
      ...text('jumpReason', 'jumpReason'),
    ],
  },
  {
    key: 'indicators',
    array: 'indicators',
    optional: false,
    columns: [
      c('code', 'code', 'str'),
      c('subPillar', 'subPillar', 'str'),
      ...text('name', 'name'),
      ...text('shortName', 'shortName'),
      ...text('unit', 'unit'),
      c('value', 'formula.value', 'str'),
      c('numerator', 'formula.numerator', 'list'),
      c('denominator', 'formula.denominator', 'list'),
      c('scale', 'formula.scale', 'num'),
      c('direction', 'direction', 'str'),
      c('source', 'source', 'str'),
      c('lead', 'lead', 'list'),
      c('coordinating', 'coordinating', 'list'),
      ...text('assumption', 'assumption'),
      ...text('note', 'note'),
      c('plausibleMin', 'plausible.min', 'num'),
      c('plausibleMax', 'plausible.max', 'num'),
      ...text('plausibleMessage', 'plausible.message'),
    ],
  },
  {
    key: 'rules',
    array: 'rules',
    optional: true,
    columns: [
      c('id', 'id', 'str'),
      c('kind', 'kind', 'str'),
      c('part', 'part', 'list'),
      c('whole', 'whole', 'list'),
      c('severity', 'severity', 'str'),
      ...text('message', 'message'),
    ],
  },
];

export const frameworkTable = (key: FrameworkTableKey): TableSpec =>
  FRAMEWORK_TABLES.find((t) => t.key === key)!;

/** One table's rows, each row's cells in the order of its spec's columns. */
export type FrameworkRows = Record<FrameworkTableKey, FrameworkCell[][]>;

// Text columns whose pair is always written, even blank: a unit may be "" (a count has none),
// and writing it keeps a blank unit blank instead of taking the loader's default.
const ALWAYS_TEXT = new Set(['unit']);

function get(o: unknown, path: string): unknown {
  let v = o;
  for (const k of path.split('.'))
    v = v === null || typeof v !== 'object' ? undefined : (v as Record<string, unknown>)[k];
  return v;
}

function cellOf(v: unknown, type: ColumnType): FrameworkCell {
  if (v === undefined || v === null) return null;
  if (type === 'list') return (v as string[]).join(', ');
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v === '' ? null : v;
  return null;
}

/** Catalog -> one row per pillar, sub-pillar, agency, component, indicator and rule; one edition row. */
export function catalogToRows(catalog: Catalog): FrameworkRows {
  const rowOf = (spec: TableSpec, o: unknown): FrameworkCell[] =>
    spec.columns.map((col) => {
      if (spec.key === 'indicators' && col.path.startsWith('formula.')) {
        const f = (o as Catalog['indicators'][number]).formula;
        const inFormula = col.path.slice('formula.'.length);
        if (f.kind === 'direct' ? inFormula !== 'value' : inFormula === 'value') return null;
      }
      return cellOf(get(o, col.path), col.type);
    });
  const out = {} as FrameworkRows;
  for (const spec of FRAMEWORK_TABLES) {
    const items: unknown[] =
      spec.array === null ? [catalog] : (catalog[spec.array as keyof Catalog] as unknown[]);
    out[spec.key] = items.map((o) => rowOf(spec, o));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// rows -> catalog

const blank = (v: FrameworkCell | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const TRUE = new Set(['true', 'x', 'có', 'co', 'yes', 'đúng', '1']);
const FALSE = new Set(['false', 'không', 'khong', 'no', 'sai', '0']);

/** A cell as the loader should see it; what cannot be read is passed on, for the loader to refuse. */
function jsonOf(v: FrameworkCell, type: ColumnType): unknown {
  switch (type) {
    case 'str':
      return typeof v === 'string' ? v.trim() : String(v);
    case 'text':
      return typeof v === 'string' ? v : String(v);
    case 'num':
      if (typeof v === 'string' && NUMBER.test(v.trim())) return Number(v.trim());
      return v;
    case 'bool':
      if (typeof v === 'string') {
        const s = v.trim().toLowerCase();
        if (TRUE.has(s)) return true;
        if (FALSE.has(s)) return false;
      }
      if (v === 1 || v === 0) return v === 1;
      return v;
    case 'list':
      return String(v)
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
  }
}

function set(o: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = o;
  for (const k of keys.slice(0, -1)) {
    if (typeof at[k] !== 'object' || at[k] === null) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]] = value;
}

/** Where a value sits: the table, the row (index into its rows) and the column key. */
export interface FrameworkSpot {
  table: FrameworkTableKey;
  /** -1: the table as a whole (e.g. a missing table). */
  row: number;
  /** Undefined: the row as a whole. */
  column?: string;
}

/** A problem of the edited framework: the loader's JSON path and message, and the cell it is about. */
export interface FrameworkProblem extends CatalogProblem {
  spot: FrameworkSpot;
  /** "'Danh mục'!C14" when the caller's locator knows the sheet, else a description of the spot. */
  cell: string;
  /** The table and column in words ("Chỉ số thành phần, Mẫu số"), when the caller knows them. */
  field?: { vi: string; en: string };
}

export type RowsResult =
  { ok: true; catalog: Catalog; json: Record<string, unknown> } | { ok: false; problems: FrameworkProblem[] };

/** Builds the catalog JSON of the tables and, for every JSON path it wrote, the spot it came from. */
export function rowsToJson(rows: Partial<FrameworkRows>): {
  json: Record<string, unknown>;
  spots: Map<string, FrameworkSpot>;
} {
  const json: Record<string, unknown> = {};
  const spots = new Map<string, FrameworkSpot>();
  for (const spec of FRAMEWORK_TABLES) {
    const tableRows = rows[spec.key] ?? [];
    if (spec.array !== null) {
      if (rows[spec.key] !== undefined || !spec.optional) json[spec.array] = [];
      spots.set(spec.array, { table: spec.key, row: -1 });
    }
    tableRows.forEach((cells, i) => {
      const base = spec.array === null ? '' : `${spec.array}[${i}]`;
      const at = (p: string) => (base ? `${base}.${p}` : p);
      const o: Record<string, unknown> = {};
      if (base) spots.set(base, { table: spec.key, row: i });
      const value = (key: string) => cells[spec.columns.findIndex((col) => col.key === key)];
      const direct = spec.key === 'indicators' && !blank(value('value'));
      spec.columns.forEach((col, j) => {
        const v = cells[j] ?? null;
        const spot = { table: spec.key, row: i, column: col.key };
        spots.set(at(col.path), spot);
        // The parents of a text pair, a plausible range, a formula: the first of their cells.
        const parent = col.path.split('.').slice(0, -1).join('.');
        if (parent && !spots.has(at(parent))) spots.set(at(parent), spot);
        if (col.type === 'text') {
          const pair = col.path.replace(/\.(vi|en)$/, '');
          const other = col.path.endsWith('.vi') ? `${pair}.en` : `${pair}.vi`;
          const otherCell = cells[spec.columns.findIndex((x) => x.path === other)] ?? null;
          const stem = col.key.replace(/_(vi|en)$/, '');
          // A pair is written when either half is filled (the blank half is then refused by the
          // loader, at its own cell), or always for a unit.
          if (blank(v) && blank(otherCell) && !ALWAYS_TEXT.has(stem)) return;
          set(o, col.path, blank(v) ? '' : jsonOf(v, 'text'));
          return;
        }
        if (spec.key === 'indicators' && col.path.startsWith('formula.')) {
          // Direct (a value id) or ratio; a blank numerator/denominator of a ratio is an empty
          // list, which the loader refuses at that cell.
          if (col.key === 'value' ? !direct : direct && blank(v)) return;
          if (col.type === 'list' && blank(v)) {
            set(o, col.path, []);
            return;
          }
        }
        if (blank(v)) {
          // Lists default to empty; a blank part or whole of a rule is refused by the loader.
          if (col.type === 'list') set(o, col.path, []);
          return;
        }
        set(o, col.path, jsonOf(v, col.type));
      });
      if (spec.array === null) Object.assign(json, o);
      else (json[spec.array] as unknown[]).push(o);
    });
  }
  return { json, spots };
}

/** The spot of a JSON path: the longest prefix that names a cell, a row or a table. */
export function spotOfPath(path: string, spots: Map<string, FrameworkSpot>): FrameworkSpot {
  let p = path;
  while (p !== '') {
    const s = spots.get(p);
    if (s) return s;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
  return spots.get('edition') ?? { table: 'edition', row: -1 };
}

const describe = (s: FrameworkSpot): string =>
  `${s.table}${s.row >= 0 ? `[${s.row + 1}]` : ''}${s.column ? `.${s.column}` : ''}`;

/**
 * Tables -> Catalog through loadCatalog. `locate` turns a spot into a cell address such as
 * "'Danh mục'!C14"; without it the spot is described (indicators[3].denominator). All problems
 * are reported together; nothing is returned unless the whole framework is valid.
 */
export function rowsToCatalog(
  rows: Partial<FrameworkRows>,
  locate: (spot: FrameworkSpot) => string = describe,
  extra: FrameworkProblem[] = [],
): RowsResult {
  const { json, spots } = rowsToJson(rows);
  let problems: CatalogProblem[] = [];
  let catalog: Catalog | undefined;
  try {
    catalog = loadCatalog(json);
  } catch (e) {
    if (!(e instanceof CatalogError)) throw e;
    problems = e.problems;
  }
  const mapped = problems.map((p): FrameworkProblem => {
    const spot = spotOfPath(p.path, spots);
    return { ...p, spot, cell: locate(spot) };
  });
  const all = [...extra, ...mapped];
  if (all.length > 0 || !catalog) return { ok: false, problems: all };
  return { ok: true, catalog, json };
}

/** "'Danh mục'!C14 (Chỉ số thành phần, Mẫu số / Indicators, Denominator): <vi> / <en>". */
export function frameworkProblemLine(p: FrameworkProblem): string {
  const field = p.field
    ? ` (${p.field.vi === p.field.en ? p.field.vi : `${p.field.vi} / ${p.field.en}`})`
    : '';
  return `${p.cell}${field}: ${p.message}`;
}
