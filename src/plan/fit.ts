// Whether a catalog makes a workbook within Excel's limits, answered by building the real plan:
// defined names, sheet names, cell texts and formulas (an indicator summing hundreds of
// components, ids near the name limit repeated in a status formula) all as they will be written.
// The catalog loader checks what it can statically (ids against the name scheme, texts against a
// cell); this catches the rest, each problem with the JSON path of the catalog entry behind it.
import type { Catalog, CatalogProblem } from '../catalog';
import { cellAddress } from './a1';
import { buildPlan } from './build';
import { MAX_CELL_TEXT, MAX_FORMULA, MAX_NAME_LENGTH, MAX_SHEET_NAME } from './limits';
import { bilingualLine, fillText } from '../messages/format';
import { FIT_TABLE, LIMIT_SUBJECT } from '../messages/sheet';
import type { PlanName, WorkbookPlan } from './types';

export interface LimitProblem {
  /** "Nhập liệu!H12" (sheet!cell), or the defined name or sheet name at fault. */
  where: string;
  limit: 'name' | 'sheet' | 'cell' | 'formula';
  length: number;
  max: number;
}

/**
 * Everything in `plan` that passes one of Excel's limits: defined names, sheet names, cell texts
 * and formulas. Empty for any plan built from a catalog the loader accepted, except a formula over
 * an extreme catalog (an indicator summing hundreds of components) or a filled-in text the data
 * reader did not check. Linear in the plan's size.
 */
export function limitProblems(plan: WorkbookPlan): LimitProblem[] {
  const out: LimitProblem[] = [];
  for (const n of plan.names) {
    if (n.name.length > MAX_NAME_LENGTH)
      out.push({ where: n.name, limit: 'name', length: n.name.length, max: MAX_NAME_LENGTH });
  }
  for (const sheet of plan.sheets) {
    if (sheet.name.length > MAX_SHEET_NAME)
      out.push({ where: sheet.name, limit: 'sheet', length: sheet.name.length, max: MAX_SHEET_NAME });
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null) return;
          const where = `${sheet.name}!${cellAddress(block.row + r, block.col + c)}`;
          if ('formula' in cell && cell.formula.length > MAX_FORMULA)
            out.push({ where, limit: 'formula', length: cell.formula.length, max: MAX_FORMULA });
          if ('value' in cell && typeof cell.value === 'string' && cell.value.length > MAX_CELL_TEXT)
            out.push({ where, limit: 'cell', length: cell.value.length, max: MAX_CELL_TEXT });
        }),
      );
    }
  }
  return out;
}

const WHAT = LIMIT_SUBJECT;

/** The JSON path of the catalog entry a defined name was built from. */
function pathOf(catalog: Catalog, name: PlanName | undefined): string {
  if (!name) return '';
  const key = name.key;
  const index = (list: { id?: string; code?: string }[], id: string) =>
    list.findIndex((x) => (x.id ?? x.code) === id);
  const at = (list: string, i: number) => (i < 0 ? '' : `${list}[${i}]`);
  switch (name.kind) {
    case 'input':
    case 'previous':
    case 'evidence':
    case 'evidenceDate':
    case 'evidenceIssuer':
    case 'evidenceLink':
    case 'status':
      return at('components', index(catalog.components, key));
    case 'benchmarkMin':
    case 'benchmarkMax':
    case 'benchmarkStatus':
    case 'value':
    case 'score':
      return at('indicators', index(catalog.indicators, key));
    case 'subPillar':
      return at('subPillars', index(catalog.subPillars, key));
    case 'pillar':
      return at('pillars', index(catalog.pillars, key));
    case 'check': {
      const [rule, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      if (rule === 'partOfWhole') return at('rules', index(catalog.rules, id));
      const indicator = index(catalog.indicators, id);
      return indicator >= 0 ? at('indicators', indicator) : at('components', index(catalog.components, id));
    }
    default:
      return '';
  }
}

/**
 * Problems (JSON path, bilingual message) that would keep `catalog` from making a valid workbook;
 * empty when it fits. Builds the template once (about 10 ms for the 2023 edition), so it is run
 * where a catalog comes from outside (a --catalog file), not on every load.
 */
export function workbookProblems(catalog: Catalog): CatalogProblem[] {
  let plan: WorkbookPlan;
  try {
    plan = buildPlan(catalog, { province: '', year: 2000, lang: 'vi' });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return [
      {
        path: '',
        message: bilingualLine(fillText(FIT_TABLE.noTemplate, { detail })),
      },
    ];
  }
  const byCell = new Map(plan.names.map((n) => [`${n.sheetName}!${n.address.replace(/\$/g, '')}`, n]));
  const byName = new Map(plan.names.map((n) => [n.name, n]));
  return limitProblems(plan).map((p) => {
    const source = p.limit === 'name' ? byName.get(p.where) : byCell.get(p.where);
    const what = WHAT[p.limit];
    return {
      path: pathOf(catalog, source),
      message: bilingualLine(
        fillText(FIT_TABLE.overLimit, { what, where: p.where, length: p.length, max: p.max }),
      ),
    };
  });
}
