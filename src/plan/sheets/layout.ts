// What the sheets share: the build context, the column layout of the entry, benchmark, result and
// check sheets (A..H), their title/hint/header rows, and the conditional formats they colour with.
import type { Catalog, Lang, Text } from '../../catalog/types';
import { cellAddress, columnLetters, rangeAddress } from '../a1';
import { excelString, SEVERITY_MARK } from '../excel-text';
import { SheetBuilder, val, type NameRegistry } from '../sheet';
import { CF_COLORS } from '../styles';
import { SHEET_NAMES } from '../../messages/sheet';
import type { ConditionalFormat, SheetKey } from '../types';

/** One plan under construction: every sheet registers its cells' names in the same registry. */
export interface SheetContext {
  catalog: Catalog;
  lang: Lang;
  province: string;
  year: number;
  names: NameRegistry;
  /** The collection's deadline and the Sở's contact, as the cover shows them ("" = blank). */
  collection: { deadline: string; contact: string };
  /**
   * How the entry sheet titles the shared denominators' block and notes their rows; default: the
   * master's title, no note (an agency workbook says they are supplied by the Sở).
   */
  sharedBlock?: { title: Text; note: Text };
}

// Column layout shared by the entry, benchmark, result and check sheets (A..H).
export const COL = { code: 0, name: 1, in: 2, prev: 3, unit: 4, ev: 5, status: 6, note: 7 } as const;
export const FIRST_BLOCK_ROW = 4; // rows 0-2: title, hint, column headers; row 3 empty

export const VALUE_FORMAT = '#,##0.00##';
export const SCORE_FORMAT = '0.00';

/** A sheet of the A..H layout, opened by its title, hint and column-header rows (frozen). */
export function tableSheet(
  key: SheetKey,
  lang: Lang,
  tabColor: string,
  title: string,
  hint: string,
  columns: [header: Text, width: number][],
): SheetBuilder {
  const sheet = new SheetBuilder(
    key,
    SHEET_NAMES[key][lang],
    columns.map(([, width]) => width),
    tabColor,
  );
  sheet.block(`${key}:head`, 0, [[val(title)], [val(hint)], columns.map(([header]) => val(header[lang]))]);
  sheet.style(0, 0, 1, 1, 'title');
  sheet.style(1, 0, 1, 1, 'subtitle');
  sheet.style(2, 0, 1, columns.length, 'header');
  sheet.plan.freeze = { rows: 3, columns: 0 };
  return sheet;
}

/** Colour columns fromCol..toCol of each row by the severity mark its status cell starts with. */
export function addStatusFormats(
  sheet: SheetBuilder,
  row: number,
  rowCount: number,
  fromCol: number,
  toCol: number,
  statusCol: number,
  priority: number,
): void {
  if (rowCount <= 0) return;
  const address = rangeAddress(row, fromCol, rowCount, toCol - fromCol + 1);
  const status = `$${columnLetters(statusCol)}${row + 1}`;
  const cf = (kind: 'error' | 'warning', mark: string, p: number): ConditionalFormat => ({
    address,
    kind,
    formula: `=LEFT(${status},1)=${excelString(mark)}`,
    ...CF_COLORS[kind],
    priority: p,
    stopIfTrue: true,
  });
  sheet.plan.conditionalFormats.push(
    cf('error', SEVERITY_MARK.error, priority),
    cf('warning', SEVERITY_MARK.warning, priority + 1),
  );
}

/**
 * The evidence record's cells, coloured where the checks want something: once any part of the
 * row's record is filled, its empty parts (blank or spaces, as the checks see them) as missing;
 * a filled date cell that is no day from `dates.min` to `dates.max` (Excel date numbers) as a
 * warning. A visual aid: the status cell and the Checks sheet are the checks. No volatile function.
 */
export function addEvidenceFormats(
  sheet: SheetBuilder,
  row: number,
  rowCount: number,
  col: number,
  dateCol: number,
  dates: { min: number; max: number },
): void {
  if (rowCount <= 0) return;
  const record = `$${columnLetters(col)}${row + 1}:$${columnLetters(col + 3)}${row + 1}`;
  const empty = (a: string) => `LEN(TRIM(${a}))=0`;
  const date = cellAddress(row, dateCol);
  sheet.plan.conditionalFormats.push(
    {
      address: rangeAddress(row, dateCol, rowCount, 1),
      kind: 'warning',
      formula: `=AND(NOT(${empty(date)}),NOT(AND(ISNUMBER(${date}),${date}>=${dates.min},${date}<=${dates.max})))`,
      ...CF_COLORS.warning,
      priority: 1,
      stopIfTrue: true,
    },
    {
      address: rangeAddress(row, col, rowCount, 4),
      kind: 'missing',
      formula: `=AND(SUMPRODUCT(LEN(TRIM(${record})))>0,${empty(cellAddress(row, col))})`,
      ...CF_COLORS.missing,
      priority: 2,
      stopIfTrue: false,
    },
  );
}

/** Colour cells by their own content: 'missing' while blank, 'computed' once a number. */
export function addContentFormat(
  sheet: SheetBuilder,
  kind: 'missing' | 'computed',
  row: number,
  rowCount: number,
  col: number,
  columnCount: number,
  priority: number,
): void {
  if (rowCount <= 0) return;
  sheet.plan.conditionalFormats.push({
    address: rangeAddress(row, col, rowCount, columnCount),
    kind,
    formula: `=${kind === 'missing' ? 'ISBLANK' : 'ISNUMBER'}(${cellAddress(row, col)})`,
    ...CF_COLORS[kind],
    priority,
    stopIfTrue: false,
  });
}
