// "Chốt số liệu / Lock a version": a named, dated record of every figure, and what changed since.
// Pure: figures are keyed by the template's defined names (PII_in_<id>, PII_prev_<id>,
// PII_ev_<id>, PII_min_<code>, PII_max_<code>), the contract every PII workbook speaks; the
// Office JS adapter keeps the records as rows of a hidden sheet (src/excel/versions-sheet.ts).
//
// Versions are recorded when the officer asks (and on imports), never on each keystroke: before
// ExcelApi 1.20 every write by an add-in clears the officer's undo stack (design.md).
import { VERSION_COLUMNS, VERSIONS_SHEET } from '../messages/own-sheets';
import type { CellValue, ProvinceInput } from '../catalog/input';
import { FIGURE_TEXT } from '../messages/figures';
import { FINDINGS } from '../messages/findings';
import { fillText } from '../messages/format';
import type { Catalog, Text } from '../catalog/types';
import {
  COMPONENT_FIELDS,
  componentInputNames,
  fieldName,
  inputSection,
  NAMES,
  parseFieldName,
  type ComponentField,
} from '../plan/names';

/** One locked version: every non-blank figure then, by defined name. */
export interface FigureVersion {
  /** 1, 2, 3... in the order they were locked. */
  id: number;
  label: string;
  /** ISO 8601 time of the lock. */
  lockedAt: string;
  /** Where the figures came from: "" typed in this workbook, else e.g. an agency file's name. */
  source: string;
  figures: Map<string, CellValue>;
}

export { VERSIONS_SHEET, VERSION_COLUMNS };

/** Every figure of a workbook input (readInput's shape) by defined name, blanks left out. */
export function figuresOf(catalog: Catalog, input: ProvinceInput): Map<string, CellValue> {
  const out = new Map<string, CellValue>();
  const put = (name: string, v: CellValue | undefined) => {
    if (v !== null && v !== undefined && v !== '') out.set(name, v);
  };
  for (const c of catalog.components)
    for (const field of COMPONENT_FIELDS) put(fieldName(field, c.id), input[inputSection(field)]?.[c.id]);
  for (const ind of catalog.indicators) {
    put(NAMES.benchmarkMin(ind.code), input.benchmarks?.[ind.code]?.min);
    put(NAMES.benchmarkMax(ind.code), input.benchmarks?.[ind.code]?.max);
  }
  return out;
}

/**
 * The rows that record `version` on the versions sheet: one per figure (a version without any
 * figure still gets one row, with a blank name, so that it is listed).
 */
export function versionRows(version: FigureVersion): (string | number | boolean)[][] {
  const head = [version.id, version.label, version.lockedAt, version.source];
  if (version.figures.size === 0) return [[...head, '', '']];
  return [...version.figures].map(([name, value]) => [...head, name, value as string | number | boolean]);
}

/**
 * The versions recorded on the sheet (its values from A1, header first), oldest first. Rows that
 * cannot be read (an officer's edit) are skipped; a version is the rows sharing its id.
 */
export function parseVersions(values: unknown[][]): FigureVersion[] {
  const byId = new Map<number, FigureVersion>();
  for (const row of values.slice(1)) {
    const [id, label, lockedAt, source, name, value] = row;
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) continue;
    let v = byId.get(id);
    if (!v) {
      v = {
        id,
        label: String(label ?? ''),
        lockedAt: String(lockedAt ?? ''),
        source: String(source ?? ''),
        figures: new Map(),
      };
      byId.set(id, v);
    }
    if (typeof name === 'string' && name !== '' && value !== '' && value !== null && value !== undefined)
      v.figures.set(name, value as CellValue);
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** The id the next version gets. */
export const nextVersionId = (versions: FigureVersion[]): number =>
  versions.reduce((m, v) => Math.max(m, v.id), 0) + 1;

export type FigureKind = ComponentField | 'benchmarkMin' | 'benchmarkMax';

/** One figure that differs between two versions (or a version and the workbook now). */
export interface FigureChange {
  name: string;
  kind: FigureKind;
  /** The component id or indicator code the name belongs to. */
  key: string;
  /** null: blank. */
  before: CellValue;
  after: CellValue;
}

const BENCHMARKS: [RegExp, FigureKind][] = [
  [/^PII_min_(.+)$/i, 'benchmarkMin'],
  [/^PII_max_(.+)$/i, 'benchmarkMax'],
];

function kindOf(name: string): { kind: FigureKind; key: string } | null {
  const field = parseFieldName(name);
  if (field) return { kind: field.field, key: field.id };
  for (const [re, kind] of BENCHMARKS) {
    const m = re.exec(name);
    if (m) return { kind, key: m[1].replace(/_/g, '.') };
  }
  return null;
}

/** What changed from `before` to `after`, in the order of `order` (the catalog's), then by name. */
export function diffFigures(
  before: Map<string, CellValue>,
  after: Map<string, CellValue>,
  order: string[] = [],
): FigureChange[] {
  const rank = new Map(order.map((n, i) => [n, i]));
  const names = new Set([...before.keys(), ...after.keys()]);
  const out: FigureChange[] = [];
  for (const name of names) {
    const a = before.get(name) ?? null;
    const b = after.get(name) ?? null;
    if (a === b) continue;
    const k = kindOf(name);
    if (!k) continue;
    out.push({ name, ...k, before: a, after: b });
  }
  const at = (n: string) => rank.get(n) ?? Number.MAX_SAFE_INTEGER;
  return out.sort((x, y) => at(x.name) - at(y.name) || (x.name < y.name ? -1 : 1));
}

/** The defined names of a catalog's figures, in the order the template shows them. */
export function figureOrder(catalog: Catalog): string[] {
  return [
    ...catalog.components.flatMap((c) => componentInputNames(c.id)),
    ...catalog.indicators.flatMap((i) => [NAMES.benchmarkMin(i.code), NAMES.benchmarkMax(i.code)]),
  ];
}

/** How a change's figure is named to the officer: the component or indicator, and which cell. */
export function changeSubject(catalog: Catalog, change: FigureChange): Text {
  const c = catalog.components.find((x) => x.id === change.key);
  const ind = catalog.indicators.find((x) => x.code === change.key);
  const name: Text = c
    ? c.name
    : ind
      ? FINDINGS.text('indicatorTitle', { code: ind.code, name: ind.name })
      : { vi: change.name, en: change.name };
  return fillText(FIGURE_TEXT.changeSubject, { name, which: FIGURE_TEXT.figureKind[change.kind] });
}
