// Where the framework tables sit on the "Danh mục" / "Framework" sheet, and reading them back from
// a grid of cell values (exceljs in the CLI, Office JS in the pane). Pure.
//
// Layout: title (row 1), hint (row 2), then each table of FRAMEWORK_TABLES in order: its title
// in column A, a header row, its rows, blank spare rows, one empty row. A sheet read back finds
// each table by its title in column A (either language), each column by its header (either
// language, any order), and takes every non-blank row up to the next table's title: an officer
// may insert rows, reorder columns or leave blank rows.
import {
  catalogToRows,
  FRAMEWORK_TABLES,
  rowsToCatalog,
  type FrameworkCell,
  type FrameworkProblem,
  type FrameworkRows,
  type FrameworkSpot,
  type FrameworkTableKey,
  type RowsResult,
  type TableSpec,
} from '../catalog/framework-rows';
import type { Catalog, Text } from '../catalog/types';
import { cellAddress, quoteSheet } from './a1';
import { fillText } from '../messages/format';
import { FIELD_AT, FRAMEWORK_TEXT, SHEET_NAMES } from '../messages/sheet';

export const FRAMEWORK_FIRST_TABLE_ROW = 3;
/** Blank unlocked rows after each list table, for additions without unprotecting the sheet. */
export const FRAMEWORK_SPARE_ROWS = 5;
export const FRAMEWORK_WIDTH = Math.max(...FRAMEWORK_TABLES.map((t) => t.columns.length));

export interface TablePlace {
  spec: TableSpec;
  titleRow: number;
  headerRow: number;
  firstRow: number;
  rowCount: number;
  spare: number;
}

/** Zero-based rows of each table for a sheet holding these rows. */
export function frameworkLayout(rows: FrameworkRows): TablePlace[] {
  let row = FRAMEWORK_FIRST_TABLE_ROW;
  return FRAMEWORK_TABLES.map((spec) => {
    const rowCount = rows[spec.key].length;
    const spare = spec.array === null ? 0 : FRAMEWORK_SPARE_ROWS;
    const place = { spec, titleRow: row, headerRow: row + 1, firstRow: row + 2, rowCount, spare };
    row += 2 + rowCount + spare + 1;
    return place;
  });
}

const norm = (v: FrameworkCell | undefined): string =>
  v === null || v === undefined ? '' : String(v).trim().replace(/\s+/g, ' ').toLowerCase();
const isBlank = (v: FrameworkCell | undefined) => norm(v) === '';
const matches = (v: FrameworkCell | undefined, t: Text) => {
  const s = norm(v);
  return s !== '' && (s === norm(t.vi) || s === norm(t.en));
};

export const columnHeader = (key: string): Text => FRAMEWORK_TEXT.columns[key];
export const tableTitle = (key: FrameworkTableKey): Text => FRAMEWORK_TEXT.tables[key];

interface Found {
  spec: TableSpec;
  titleRow: number;
  /** Sheet column of each column key found in the header row. */
  columns: Map<string, number>;
  /** Sheet row of each data row. */
  rows: number[];
}

export interface FrameworkGridRead {
  rows: Partial<FrameworkRows>;
  /** Turns a spot into "'Danh mục'!C14". */
  locate: (spot: FrameworkSpot) => string;
  field: (spot: FrameworkSpot) => Text;
  /** Problems of the sheet's shape: missing tables, unknown or repeated columns. */
  problems: FrameworkProblem[];
}

/** Reads the tables of a framework sheet from its values (row-major from A1). */
export function readFrameworkGrid(grid: FrameworkCell[][], sheetName: string): FrameworkGridRead {
  const at = (row: number, col: number) => `${quoteSheet(sheetName)}!${cellAddress(row, col)}`;
  const titleOf = (row: number) => FRAMEWORK_TABLES.find((t) => matches(grid[row]?.[0], tableTitle(t.key)));
  const found = new Map<FrameworkTableKey, Found>();
  const problems: FrameworkProblem[] = [];
  const problem = (spot: FrameworkSpot, cell: string, t: Text): void => {
    problems.push({ path: '', message: `${t.vi} / ${t.en}`, spot, cell, field: tableTitle(spot.table) });
  };
  for (let r = 0; r < grid.length; r++) {
    const spec = titleOf(r);
    if (!spec || found.has(spec.key)) continue;
    const header = grid[r + 1] ?? [];
    const columns = new Map<string, number>();
    header.forEach((h, col) => {
      if (isBlank(h)) return;
      const c = spec.columns.find((x) => matches(h, columnHeader(x.key)));
      const spot = { table: spec.key, row: -1 };
      if (!c) return problem(spot, at(r + 1, col), FRAMEWORK_TEXT.unknownColumn(String(h).trim()));
      if (columns.has(c.key))
        return problem(spot, at(r + 1, col), FRAMEWORK_TEXT.duplicateColumn(String(h).trim()));
      columns.set(c.key, col);
    });
    const rows: number[] = [];
    for (let d = r + 2; d < grid.length && !titleOf(d); d++) {
      if ((grid[d] ?? []).some((v) => !isBlank(v))) rows.push(d);
    }
    found.set(spec.key, { spec, titleRow: r, columns, rows });
  }

  const rows: Partial<FrameworkRows> = {};
  for (const spec of FRAMEWORK_TABLES) {
    const f = found.get(spec.key);
    if (!f) {
      if (!spec.optional)
        problem({ table: spec.key, row: -1 }, at(0, 0), FRAMEWORK_TEXT.missingTable(tableTitle(spec.key)));
      continue;
    }
    rows[spec.key] = f.rows.map((r) =>
      spec.columns.map((c) => {
        const col = f.columns.get(c.key);
        return col === undefined ? null : (grid[r]?.[col] ?? null);
      }),
    );
    if (spec.array === null && f.rows.length > 1)
      problem({ table: spec.key, row: 1 }, at(f.rows[1], 0), FRAMEWORK_TEXT.oneEditionRow);
  }

  const locate = (spot: FrameworkSpot): string => {
    const f = found.get(spot.table);
    if (!f) return at(0, 0);
    if (spot.row < 0 || spot.row >= f.rows.length) return at(f.titleRow, 0);
    const col = spot.column === undefined ? undefined : f.columns.get(spot.column);
    return at(f.rows[spot.row], col ?? 0);
  };
  const field = (spot: FrameworkSpot): Text => {
    const t = tableTitle(spot.table);
    if (spot.column === undefined) return t;
    const h = columnHeader(spot.column);
    return fillText(FIELD_AT, { table: t, column: h });
  };
  return { rows, locate, field, problems };
}

/** A framework sheet's values -> Catalog through loadCatalog, every problem at its cell. */
export function frameworkFromGrid(grid: FrameworkCell[][], sheetName: string): RowsResult {
  const read = readFrameworkGrid(grid, sheetName);
  const result = rowsToCatalog(read.rows, read.locate, read.problems);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((p) => ({ ...p, field: p.field ?? read.field(p.spot) })),
  };
}

/** The framework sheet's name in either language (a workbook holds one of them). */
export const FRAMEWORK_SHEET_NAMES: Text = SHEET_NAMES.framework;

/** A cell as an edit compares it: text with outer and repeated spaces ignored, blank = "". */
const editText = (v: FrameworkCell | undefined): string =>
  v === null || v === undefined ? '' : String(v).trim().replace(/\s+/g, ' ');

/**
 * How many rows of a framework sheet's tables differ from what `catalog` writes there: 0 when the
 * sheet holds exactly the catalog (its own rendering), else the changed, added and removed rows
 * plus the sheet's shape problems (a missing table, an unknown column). Rows compare by position
 * within each table, cells as trimmed text, so moving columns or leaving blank rows is no edit.
 * Used before a reload rewrites the sheet: edits not yet applied must not be overwritten.
 */
export function frameworkEditCount(grid: FrameworkCell[][], sheetName: string, catalog: Catalog): number {
  const read = readFrameworkGrid(grid, sheetName);
  const expected = catalogToRows(catalog);
  let count = read.problems.length;
  for (const spec of FRAMEWORK_TABLES) {
    const found = read.rows[spec.key] ?? [];
    const wanted = expected[spec.key];
    for (let i = 0; i < Math.max(found.length, wanted.length); i++) {
      const a = found[i];
      const b = wanted[i];
      if (!a || !b || spec.columns.some((_, c) => editText(a[c]) !== editText(b[c]))) count++;
    }
  }
  return count;
}

/** JSON with object keys sorted: two catalogs compare equal whatever order their keys were built in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );

/**
 * Whether a framework sheet holds `catalog`: cell for cell (frameworkEditCount 0), or, written in
 * the officer's own way ("có" for true, "a; b" for a list), read back as the same catalog.
 */
export function frameworkHolds(grid: FrameworkCell[][], sheetName: string, catalog: Catalog): boolean {
  if (frameworkEditCount(grid, sheetName, catalog) === 0) return true;
  const read = frameworkFromGrid(grid, sheetName);
  return read.ok && canonical(read.catalog) === canonical(catalog);
}
