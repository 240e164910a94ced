// The write phase of a load: queues the whole plan (sheets, whole 2D arrays per block, formats,
// validation, conditional formats, names, protection, custom XML part) for ONE sync, or a few when
// one request would exceed Excel on the web's payload limit (see write-chunks). Nothing here
// reads from the workbook: every decision was made from the read phase's inventory.
//
// Office JS batches are not transactions: commands before a failing one stay applied, the rest are
// dropped. So the order protects the officer's data: unprotect what is protected (the step that
// fails on a sheet locked with a password, before anything else changed), then write the backup of
// every figure in one command (backup.ts), and only then clear and rewrite. The backup sheets are
// deleted by the very last commands: a load that did not reach them leaves a complete backup,
// which the next load uses.
import {
  blockBytes,
  officeFormulas,
  parseCell,
  type PlanBlock,
  type SheetPlan,
  type ValidationRule,
  type WorkbookPlan,
} from '../plan';
import type { CarryOver } from './carry-over';
import {
  applyBorders,
  applyConditionalFormats,
  applyStyle,
  applyValidation,
  columnWidthPoints,
  mergeRects,
  protectionOptions,
  type Rect,
} from './format';
import { BACKUP_SHEET, queueBackup, type Backup } from './backup';
import { isTemplateName, nameKey, sheetByName, type Inventory } from './inventory';
import { normaliseFormula } from './reference';
import { resolveSheets, type SheetAside, type SheetResolution } from './sheets';
import { freeSheetName } from './sheet-name';
import { chunkSteps, MAX_REQUEST_BYTES, queuedBytes, type WriteRun, type WriteStep } from './write-chunks';

export interface Supports {
  (set: string, version: string): boolean;
}

type Formulas = (string | number | boolean)[][];

/**
 * Each block's `range.formulas` array, with carried input values in place of the plan's cells.
 * `inputs` maps "sheetKey|row|col" (zero-based) to the value to write.
 */
export function sheetFormulas(
  blocks: PlanBlock[],
  inputs: Map<string, string | number | boolean>,
): Map<PlanBlock, Formulas> {
  const out = new Map<PlanBlock, Formulas>();
  const byRow = new Map<string, PlanBlock[]>();
  for (const block of blocks) {
    out.set(block, officeFormulas(block));
    for (let r = block.row; r < block.row + block.rowCount; r++) {
      const key = `${block.sheet}|${r}`;
      byRow.set(key, [...(byRow.get(key) ?? []), block]);
    }
  }
  for (const [cell, value] of inputs) {
    const [sheet, rowText, colText] = cell.split('|');
    const row = Number(rowText);
    const col = Number(colText);
    for (const block of byRow.get(`${sheet}|${row}`) ?? []) {
      if (col >= block.col && col < block.col + block.columnCount)
        out.get(block)![row - block.row][col - block.col] = value;
    }
  }
  return out;
}

/** "entry|12|2" -> value, for every carried input of the plan. */
function carriedByCell(plan: WorkbookPlan, carry: CarryOver): Map<string, string | number | boolean> {
  const byCell = new Map<string, string | number | boolean>();
  for (const n of plan.names) {
    const value = carry.writes.get(nameKey(n.name));
    if (value === undefined) continue;
    const { row, col } = parseCell(n.address);
    byCell.set(`${n.sheet}|${row}|${col}`, value);
  }
  return byCell;
}

/** "C6:D11" / "C6" -> zero-based rectangle. */
export function rectOf(address: string): Rect {
  const [first, last = first] = address.split(':');
  const a = parseCell(first);
  const b = parseCell(last);
  return { row: a.row, col: a.col, rowCount: b.row - a.row + 1, columnCount: b.col - a.col + 1 };
}

export interface ApplyContext {
  plan: WorkbookPlan;
  inventory: Inventory;
  /** Existing sheets to move aside rather than rewrite (the framework sheet's unapplied edits). */
  keepAside?: readonly string[];
  carry: CarryOver;
  supports: Supports;
  /** The new backup of every figure (its sheet name is chosen here, free of every existing one). */
  backup: Backup;
  /** Queues the "not carried" sheet; runs after the backup and before any clearing. */
  beforeClear?: (context: Excel.RequestContext) => void;
  /** Estimated bytes per request (MAX_REQUEST_BYTES; tests give less to split a small plan). */
  maxRequestBytes?: number;
}

export interface WriteResult {
  /** The officer's sheets moved out of the way of template sheets. */
  asides: SheetAside[];
  /** Sheets an interrupted load had left (backups, half-made sheets), removed or reused now. */
  leftovers: string[];
  syncs: number;
}

/**
 * Writes the load: ONE sync while the estimated request stays under the budget, otherwise as few
 * as needed, split between steps (a block, a sheet's formats). The first chunk always starts with
 * the steps that protect the officer's data (see queueFirst); the last ends with the clean-up.
 */
export async function writePlan(context: Excel.RequestContext, job: ApplyContext): Promise<WriteResult> {
  const resolved = resolveSheets(job.plan, job.inventory, job.keepAside);
  const inputs = carriedByCell(job.plan, job.carry);
  const backupSheet = freeSheetName(BACKUP_SHEET, [
    ...job.inventory.sheets.map((s) => s.name),
    ...job.plan.sheets.map((s) => s.name),
  ]);
  const first: WriteStep = {
    bytes: 0,
    queue: (run) => queueFirst(run, job, resolved, backupSheet),
  };
  first.bytes = queuedBytes(first.queue, sheetNames(job.plan));
  const steps = [
    first,
    ...job.plan.sheets.flatMap((sp, i) => sheetSteps(job.plan, sp, i, inputs)),
    stampStep(job, resolved, [backupSheet, ...job.inventory.leftoverSheets]),
  ];
  const chunks = chunkSteps(steps, job.maxRequestBytes ?? MAX_REQUEST_BYTES);
  const syncs = await syncChunks({ context, sheets: [] }, chunks, job.supports);
  return {
    asides: resolved.flatMap((r) => (r.action !== 'reuse' && r.aside ? [r.aside] : [])),
    leftovers: [
      ...job.inventory.leftoverSheets,
      ...resolved.flatMap((r) => (r.halfBuilt ? [r.plan.name] : [])),
    ],
    syncs,
  };
}

/**
 * One sync per chunk, each sent only after the one before it applied. These syncs are the point:
 * each request must stay under the host's size limit, and there are as few chunks as that allows
 * (one for every catalog up to eight times the 2023 one, measured): the one deliberate sync inside a loop.
 * Screen updating is suspended per chunk (it resumes by itself); calculation is not suspended,
 * so the workbook recalculates as usual and no recalculation is left to a request that may never
 * come (after suspendApiCalculationUntilNextSync, recalculating is the add-in's job).
 */
async function syncChunks(run: WriteRun, chunks: WriteStep[][], supports: Supports): Promise<number> {
  for (const chunk of chunks) {
    if (supports('ExcelApi', '1.9')) run.context.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const step of chunk) step.queue(run);
    await run.context.sync();
  }
  return chunks.length;
}

/**
 * Steps 1-6, always in the first request, in the order that loses nothing whichever command fails.
 */
function queueFirst(
  run: WriteRun,
  job: ApplyContext,
  resolved: SheetResolution[],
  backupSheet: string,
): void {
  const { context } = run;
  const worksheets = context.workbook.worksheets;
  const { inventory } = job;
  // 0. The add-in's own writes are not the officer's edits: no live validation round for them.
  context.runtime.enableEvents = false;
  // 1. Unprotect what exists and is protected (an unprotect of an unprotected sheet throws on some
  //    builds, office-js #6784). A password makes this fail here, before anything changed.
  for (const r of resolved) {
    if (r.action === 'add') continue;
    if (sheetByName(inventory, r.existing)?.protected) worksheets.getItem(r.existing).protection.unprotect();
  }
  // 2. The officer's own sheets that bear a template sheet's name, and a framework sheet with
  //    edits not applied, move out of the way, untouched. The template's names pointing into a
  //    moved sheet go first: a retry after a failure between the two must not take the moved
  //    sheet back for the template's (its names would say it is the template's own). Before the
  //    backup: a backup left behind then tells a retry that the framework sheet it finds is this
  //    load's own, half written (framework-edits.ts).
  const dropped = new Set<string>();
  for (const r of resolved) {
    if (r.action === 'reuse' || !r.aside) continue;
    for (const [key, info] of inventory.names)
      if (isTemplateName(info.name) && info.target?.sheet.toLowerCase() === r.aside.from.toLowerCase()) {
        context.workbook.names.getItem(info.name).delete();
        dropped.add(key);
      }
    worksheets.getItem(r.aside.from).name = r.aside.to;
  }
  // 3. Every figure, saved in one command before anything is cleared.
  queueBackup(context, job.backup, backupSheet);
  // 4. Values the new template has no cell for: appended, never dropped.
  job.beforeClear?.(context);
  // 5. Every sheet exists under its plan name, visible, before any formula refers to it. A hidden
  //    sheet is shown before unfreeze(), which throws on hidden sheets in old builds (office-js #1463).
  run.sheets = resolved.map((r) => {
    if (r.action === 'add') return worksheets.add(r.plan.name);
    const sheet = worksheets.getItem(r.existing);
    if (r.action === 'rename') sheet.name = r.plan.name;
    if (sheetByName(inventory, r.existing)?.visibility !== 'Visible') sheet.visibility = 'Visible';
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.clear('All');
    sheet.freezePanes.unfreeze();
    return sheet;
  });
  run.sheets.forEach((sheet, i) => {
    sheet.position = i;
    if (resolved[i].plan.tabColor !== undefined) sheet.tabColor = resolved[i].plan.tabColor as string;
  });
  // 6. Names before formulas: formulas then resolve on write (those dropped in 4 are added anew).
  const names = new Map([...inventory.names].filter(([key]) => !dropped.has(key)));
  queueNames(context, job.plan, { ...inventory, names });
}

const sheetNames = (plan: WorkbookPlan) => plan.sheets.map((sp) => sp.name);

/** The commands around a block's two arrays (paths, names), which blockBytes leaves out. */
const BLOCK_COMMAND_BYTES = 200;

/** 6. A sheet's contents (a step per block), then its formats, rules and protection. */
function sheetSteps(
  plan: WorkbookPlan,
  sp: SheetPlan,
  i: number,
  inputs: Map<string, string | number | boolean>,
): WriteStep[] {
  const formulas = sheetFormulas(sp.blocks, inputs);
  const blocks = sp.blocks.map((block): WriteStep => ({
    bytes: blockBytes(block) + BLOCK_COMMAND_BYTES,
    queue: ({ sheets }) => {
      const range = sheets[i].getRange(block.address);
      range.formulas = formulas.get(block)!;
      range.numberFormat = block.numberFormats;
    },
  }));
  const measured = (queue: (run: WriteRun) => void): WriteStep => ({
    bytes: queuedBytes(queue, sheetNames(plan)),
    queue,
  });
  return [
    ...blocks,
    measured(({ sheets }) => queueLayout(sheets[i], plan, sp)),
    measured(({ sheets }) => queueValidations(sheets[i], sp)),
    // Last: once protected, the sheet refuses writes from here on.
    measured(({ sheets }) => queueRulesAndProtection(sheets[i], sp)),
  ];
}

function queueLayout(sheet: Excel.Worksheet, plan: WorkbookPlan, sp: SheetPlan): void {
  sp.columns.forEach((width, col) => {
    sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(width);
  });
  for (const s of sp.styles) applyStyle(sheet.getRange(s.address), plan.styles[s.style]);
  const bordered = sp.styles.filter((s) => plan.styles[s.style].border).map((s) => rectOf(s.address));
  for (const rect of mergeRects(bordered)) applyBorders(sheet, rect);
}

/**
 * Identical rules on adjacent cells (evidence cells of one indicator, a benchmark's min and max)
 * become one rule on the joined rectangle: the same validation, fewer commands.
 */
function queueValidations(sheet: Excel.Worksheet, sp: SheetPlan): void {
  const byRule = new Map<string, { rule: ValidationRule; rects: Rect[] }>();
  for (const v of sp.validations) {
    const key = JSON.stringify({ ...v, address: '' });
    const entry = byRule.get(key) ?? { rule: v, rects: [] };
    entry.rects.push(rectOf(v.address));
    byRule.set(key, entry);
  }
  for (const { rule, rects } of byRule.values()) {
    for (const r of mergeRects(rects))
      applyValidation(sheet.getRangeByIndexes(r.row, r.col, r.rowCount, r.columnCount), rule);
  }
}

function queueRulesAndProtection(sheet: Excel.Worksheet, sp: SheetPlan): void {
  applyConditionalFormats(sheet, sp.conditionalFormats);
  for (const address of sp.unlocked) sheet.getRange(address).format.protection.locked = false;
  if (sp.freeze.rows > 0 && sp.freeze.columns > 0) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, sp.freeze.rows, sp.freeze.columns));
  } else if (sp.freeze.rows > 0) sheet.freezePanes.freezeRows(sp.freeze.rows);
  else if (sp.freeze.columns > 0) sheet.freezePanes.freezeColumns(sp.freeze.columns);
  if (sp.protection.protected) sheet.protection.protect(protectionOptions(sp.protection));
}

/**
 * 7. The stamp, then the clean-up, last: the backups (this load's and any an interrupted load left)
 * are deleted only once everything else has applied; events are switched back on.
 */
function stampStep(job: ApplyContext, resolved: SheetResolution[], backups: string[]): WriteStep {
  const queue = ({ context, sheets }: WriteRun) => {
    for (const id of job.inventory.xmlPartIds) context.workbook.customXmlParts.getItem(id).delete();
    context.workbook.customXmlParts.add(job.plan.customXml.xml);
    if (!resolved.some((r) => r.action !== 'add')) sheets[0]?.activate();
    for (const name of backups) context.workbook.worksheets.getItem(name).delete();
    context.runtime.enableEvents = true;
  };
  return { bytes: queuedBytes(queue, sheetNames(job.plan)), queue };
}

/** Adds the plan's names, repoints moved ones, deletes PII names the plan no longer has. */
function queueNames(context: Excel.RequestContext, plan: WorkbookPlan, inventory: Inventory): void {
  const names = context.workbook.names;
  const wanted = new Set(plan.names.map((n) => nameKey(n.name)));
  for (const [key, info] of inventory.names) {
    if (!wanted.has(key) && /^PII_/i.test(info.name)) names.getItem(info.name).delete();
  }
  for (const n of plan.names) {
    const existing = inventory.names.get(nameKey(n.name));
    if (!existing) names.add(n.name, n.reference);
    else if (normaliseFormula(existing.formula) !== normaliseFormula(n.reference)) {
      names.getItem(existing.name).formula = n.reference;
    }
  }
}
