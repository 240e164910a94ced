// Pre-fill a plan's input cells (this year's values, last year's, evidence, benchmarks) from the
// same ProvinceInput JSON that `pii score` reads. Text stays text ("1,5" is written as "1,5").
import type { CellValue, ProvinceInput } from '../catalog/input';
import { parseCell } from './a1';
import { COMPONENT_FIELDS, fieldName, inputSection, NAMES } from './names';
import type { PlanBlock, PlanCell, PlanName, WorkbookPlan } from './types';

/** How a ProvinceInput value becomes a cell: null and "" leave it blank (Excel has no empty text). */
export function inputCell(v: CellValue | undefined): PlanCell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' && !Number.isFinite(v)) return { value: String(v) };
  return { value: v };
}

/** Every (defined name, value) pair a ProvinceInput sets, and the keys the plan does not know. */
export function inputAssignments(
  plan: WorkbookPlan,
  input: ProvinceInput,
): { assignments: [string, CellValue][]; unknown: string[] } {
  const known = new Set(plan.names.map((n) => n.name));
  const assignments: [string, CellValue][] = [];
  const unknown: string[] = [];
  const put = (where: string, name: string, v: CellValue) => {
    if (known.has(name)) assignments.push([name, v]);
    else unknown.push(where);
  };
  for (const field of COMPONENT_FIELDS) {
    const section = inputSection(field);
    for (const [id, v] of Object.entries(input[section] ?? {}))
      put(`${section}.${id}`, fieldName(field, id), v);
  }
  for (const [code, b] of Object.entries(input.benchmarks ?? {})) {
    if (b === null || typeof b !== 'object') {
      unknown.push(`benchmarks.${code}`);
      continue;
    }
    put(`benchmarks.${code}.min`, NAMES.benchmarkMin(code), b.min);
    put(`benchmarks.${code}.max`, NAMES.benchmarkMax(code), b.max);
  }
  return { assignments, unknown };
}

function locate(plan: WorkbookPlan, target: PlanName): { block: PlanBlock; r: number; c: number } {
  const { row, col } = parseCell(target.address);
  const sheet = plan.sheets.find((s) => s.key === target.sheet)!;
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.rowCount && c >= 0 && c < block.columnCount) return { block, r, c };
  }
  throw new Error(`no block holds ${target.name} (${target.sheetName}!${target.address})`);
}

/**
 * A copy of the plan with the input cells set from `input`. Only input names are written; keys the
 * plan does not know are ignored here (list them with inputAssignments(...).unknown).
 */
export function fillPlanInputs(plan: WorkbookPlan, input: ProvinceInput): WorkbookPlan {
  const byName = new Map(plan.names.map((n) => [n.name, n]));
  const copies = new Map<PlanBlock, PlanBlock>();
  const sheets = plan.sheets.map((s) => ({ ...s, blocks: s.blocks.map((b) => b) }));
  const out: WorkbookPlan = { ...plan, sheets };
  for (const [name, v] of inputAssignments(plan, input).assignments) {
    const target = byName.get(name)!;
    if (!target.isInput) throw new Error(`${name} is not an input cell`);
    const { block, r, c } = locate(out, target);
    let copy = copies.get(block);
    if (!copy) {
      copy = { ...block, cells: block.cells.map((row) => [...row]) };
      copies.set(block, copy);
      const sheet = sheets.find((s) => s.key === block.sheet)!;
      sheet.blocks[sheet.blocks.indexOf(block)] = copy;
      copies.set(copy, copy);
    }
    copy.cells[r][c] = inputCell(v);
  }
  return out;
}
