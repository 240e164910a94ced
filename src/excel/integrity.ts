// Integrity check and repair. The check compares every formula cell of the plan with what the
// workbook holds (after normalising Office's formatting of formula text), and notes missing and
// renamed sheets and defined names that no longer point where the plan says. Repair restores
// only formula cells (and renames sheets back); input cells are never written.
import { cellAddress, quoteSheet, type PlanBlock, type SheetPlan, type WorkbookPlan } from '../plan';
import { protectionOptions } from './format';
import { nameKey, sheetByName, type Inventory } from './inventory';
import type { IntegrityReport, TamperedCell } from './port';
import { isFormulaText, normaliseFormula } from './reference';
import type { SheetResolution } from './sheets';

/** The rectangle holding every block of a sheet (one load per sheet, whatever its size). */
export function sheetBounds(
  sheet: SheetPlan,
): { row: number; col: number; rowCount: number; columnCount: number } | null {
  if (sheet.blocks.length === 0) return null;
  const row = Math.min(...sheet.blocks.map((b) => b.row));
  const col = Math.min(...sheet.blocks.map((b) => b.col));
  const lastRow = Math.max(...sheet.blocks.map((b) => b.row + b.rowCount));
  const lastCol = Math.max(...sheet.blocks.map((b) => b.col + b.columnCount));
  return { row, col, rowCount: lastRow - row, columnCount: lastCol - col };
}

export interface SheetContents {
  resolution: SheetResolution;
  row: number;
  col: number;
  formulas: unknown[][];
}

/** Queues a `formulas` load of each existing template sheet's plan area; read after the sync. */
export function queueFormulaRead(
  context: Excel.RequestContext,
  resolved: SheetResolution[],
): () => SheetContents[] {
  const loads: { resolution: SheetResolution; row: number; col: number; range: Excel.Range }[] = [];
  for (const r of resolved) {
    if (r.action === 'add') continue;
    const bounds = sheetBounds(r.plan) ?? { row: 0, col: 0, rowCount: 1, columnCount: 1 };
    const range = context.workbook.worksheets
      .getItem(r.existing)
      .getRangeByIndexes(bounds.row, bounds.col, bounds.rowCount, bounds.columnCount);
    range.load('formulas');
    loads.push({ resolution: r, row: bounds.row, col: bounds.col, range });
  }
  return () =>
    loads.map((l) => ({ resolution: l.resolution, row: l.row, col: l.col, formulas: l.range.formulas }));
}

/** Upper case, no quotes, no spaces: how normaliseFormula spells a sheet reference "Name!". */
const sheetToken = (name: string): string => normaliseFormula(`${quoteSheet(name)}!A1`).slice(1, -2);

/** What a cell shows, as text, for a report. */
function shown(content: unknown): string {
  return content === undefined || content === null ? '' : String(content);
}

export interface RepairTarget {
  sheet: SheetPlan;
  block: PlanBlock;
  row: number;
  col: number;
  formula: string;
}

export interface IntegrityFindings {
  report: IntegrityReport;
  /** Cells to restore (on sheets that exist or are renamed back). */
  restore: RepairTarget[];
  /** Sheets that are gone or names that no longer point to their cell: needs a full reload. */
  structural: boolean;
}

export function compareWithPlan(
  plan: WorkbookPlan,
  inventory: Inventory,
  contents: SheetContents[],
): IntegrityFindings {
  const nameAt = new Map<string, string>();
  for (const n of plan.names) nameAt.set(`${n.sheet}|${n.address.replace(/\$/g, '')}`, n.name);

  // Formulas elsewhere follow a renamed sheet; read them as if it had its plan name again.
  const renames = contents
    .filter((c) => c.resolution.action === 'rename')
    .map(
      (c) =>
        [
          sheetToken((c.resolution as { existing: string }).existing),
          sheetToken(c.resolution.plan.name),
        ] as const,
    );
  const unrename = (formula: string): string =>
    renames.reduce((f, [from, to]) => f.split(`${from}!`).join(`${to}!`), formula);

  const tampered: TamperedCell[] = [];
  const restore: RepairTarget[] = [];
  for (const c of contents) {
    const sheet = c.resolution.plan;
    for (const block of sheet.blocks) {
      block.cells.forEach((line, r) =>
        line.forEach((cell, k) => {
          if (cell === null || !('formula' in cell)) return;
          const row = block.row + r;
          const col = block.col + k;
          const found = c.formulas[row - c.row]?.[col - c.col];
          const same =
            isFormulaText(found) && unrename(normaliseFormula(found)) === normaliseFormula(cell.formula);
          if (same) return;
          const address = cellAddress(row, col);
          const name = nameAt.get(`${sheet.key}|${address}`);
          tampered.push({
            sheet: sheet.name,
            address,
            ...(name ? { name } : {}),
            expected: cell.formula,
            found: shown(found),
          });
          restore.push({ sheet, block, row, col, formula: cell.formula });
        }),
      );
    }
  }

  // A renamed sheet is missing under its name too; repair renames it back.
  const present = new Set(
    contents.filter((c) => c.resolution.action === 'reuse').map((c) => c.resolution.plan),
  );
  const missingSheets = plan.sheets.filter((s) => !present.has(s)).map((s) => s.name);
  const renamedSheets = contents
    .filter((c) => c.resolution.action === 'rename')
    .map((c) => ({
      expected: c.resolution.plan.name,
      found: (c.resolution as { existing: string }).existing,
    }));
  const gone = plan.sheets.length - contents.length;

  const renamedTo = new Map(renamedSheets.map((r) => [r.found.toUpperCase(), r.expected]));
  const brokenNames = plan.names.flatMap((n) => {
    const info = inventory.names.get(nameKey(n.name));
    const target = info?.target;
    const sheetName = target ? (renamedTo.get(target.sheet.toUpperCase()) ?? target.sheet) : undefined;
    const ok =
      target &&
      sheetName?.toUpperCase() === n.sheetName.toUpperCase() &&
      target.address === n.address.replace(/\$/g, '');
    return ok ? [] : [{ name: n.name, expected: n.reference, found: info?.formula ?? '' }];
  });

  return {
    report: {
      missingSheets,
      tampered,
      ...(renamedSheets.length ? { renamedSheets } : {}),
      ...(brokenNames.length ? { brokenNames } : {}),
    },
    restore,
    structural: gone > 0 || brokenNames.length > 0,
  };
}

/**
 * Queues the repair of a sheet-level intact template: renames sheets back, writes each tampered
 * formula cell (and its number format and lock) and protects the sheet again. One batch.
 */
export function queueRestore(
  context: Excel.RequestContext,
  findings: IntegrityFindings,
  contents: SheetContents[],
  inventory: Inventory,
): void {
  const worksheets = context.workbook.worksheets;
  for (const c of contents) {
    const r = c.resolution;
    if (r.action === 'add') continue;
    const targets = findings.restore.filter((t) => t.sheet === r.plan);
    if (r.action !== 'rename' && targets.length === 0) continue;
    const sheet = worksheets.getItem(r.existing);
    // Only what is protected: unprotect() of an unprotected sheet throws on some builds (office-js #6784).
    const wasProtected = sheetByName(inventory, r.existing)?.protected === true;
    if (wasProtected) sheet.protection.unprotect();
    if (r.action === 'rename') sheet.name = r.plan.name;
    for (const t of targets) {
      const target = sheet.getRange(cellAddress(t.row, t.col));
      target.formulas = [[t.formula]];
      target.numberFormat = [[t.block.numberFormats[t.row - t.block.row][t.col - t.block.col]]];
      target.format.protection.locked = true;
    }
    if (r.plan.protection.protected) sheet.protection.protect(protectionOptions(r.plan.protection));
  }
}
