// A small accumulator for one sheet of the plan: blocks, styles, validation, formats, names.
import type { SheetKey, SheetPlan, PlanBlock, PlanCell, StyleKey, NameKind, PlanName } from './types';
import { absoluteAddress, quoteSheet, rangeAddress } from './a1';
import { clip } from './excel-text';
import { MAX_CELL_TEXT } from './limits';
import { isValidName } from './names';

export const GENERAL = 'General';

/**
 * A constant cell. Text longer than a cell holds is cut with an ellipsis: the catalog loader and
 * the data reader refuse any single text that long, so only a description built from several
 * (an indicator's agencies, its formula in words) can reach it, and the catalog keeps it whole.
 */
export const val = (v: string | number | boolean | null | undefined): PlanCell =>
  v === null || v === undefined || v === ''
    ? null
    : { value: typeof v === 'string' ? clip(v, MAX_CELL_TEXT) : v };
export const fx = (formula: string): PlanCell => ({
  formula: formula.startsWith('=') ? formula : `=${formula}`,
});

/** Workbook-wide registry of defined names: refuses duplicates (case-insensitive, like Excel). */
export class NameRegistry {
  readonly names: PlanName[] = [];
  private readonly seen = new Set<string>();

  add(
    name: string,
    kind: NameKind,
    key: string,
    sheet: SheetBuilder,
    row: number,
    col: number,
    isInput: boolean,
  ): void {
    if (!isValidName(name)) throw new Error(`invalid defined name ${JSON.stringify(name)}`);
    const folded = name.toUpperCase();
    if (this.seen.has(folded)) throw new Error(`duplicate defined name ${name}`);
    this.seen.add(folded);
    const address = absoluteAddress(row, col);
    this.names.push({
      name,
      kind,
      key,
      sheet: sheet.plan.key,
      sheetName: sheet.plan.name,
      address,
      reference: `=${quoteSheet(sheet.plan.name)}!${address}`,
      isInput,
    });
  }
}

export class SheetBuilder {
  readonly plan: SheetPlan;

  constructor(key: SheetKey, name: string, columns: number[], tabColor?: string) {
    this.plan = {
      key,
      name,
      tabColor,
      columns,
      blocks: [],
      styles: [],
      validations: [],
      conditionalFormats: [],
      unlocked: [],
      freeze: { rows: 0, columns: 0 },
      protection: {
        protected: true,
        password: null,
        allowFormatColumns: true,
        allowFormatRows: true,
        allowSelectLocked: true,
        allowSelectUnlocked: true,
      },
    };
  }

  get width(): number {
    return this.plan.columns.length;
  }

  /** Add a rectangle; rows shorter than the sheet width are padded with empty cells. */
  block(id: string, row: number, rows: PlanCell[][], formats?: (string | undefined)[][]): PlanBlock {
    const columnCount = this.width;
    const cells = rows.map((r) => {
      if (r.length > columnCount) throw new Error(`block ${id}: row wider than the sheet`);
      return [...r, ...new Array<PlanCell>(columnCount - r.length).fill(null)];
    });
    const numberFormats = cells.map((r, i) => r.map((_, j) => formats?.[i]?.[j] ?? GENERAL));
    const block: PlanBlock = {
      id,
      sheet: this.plan.key,
      address: rangeAddress(row, 0, cells.length, columnCount),
      row,
      col: 0,
      rowCount: cells.length,
      columnCount,
      cells,
      numberFormats,
    };
    this.plan.blocks.push(block);
    return block;
  }

  style(row: number, col: number, rowCount: number, columnCount: number, style: StyleKey): void {
    if (rowCount <= 0 || columnCount <= 0) return;
    this.plan.styles.push({ address: rangeAddress(row, col, rowCount, columnCount), style });
  }

  unlock(row: number, col: number, rowCount: number, columnCount: number): void {
    if (rowCount <= 0 || columnCount <= 0) return;
    this.plan.unlocked.push(rangeAddress(row, col, rowCount, columnCount));
  }
}
