// newYearPlan: next year's template with this year's figures as its previous-year column.
import { builtinCatalog } from '../../../src/catalog';
import { newYearPlan } from '../../../src/plan/new-year';
import type { PlanCell, WorkbookPlan } from '../../../src/plan';

/** The constant in the cell a plan name points to (null when blank). */
function cellOf(plan: WorkbookPlan, name: string): unknown {
  const n = plan.names.find((x) => x.name === name);
  if (!n) throw new Error(`no name ${name}`);
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(n.address)!;
  const col = m[1].split('').reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  const sheet = plan.sheets.find((s) => s.key === n.sheet)!;
  for (const b of sheet.blocks) {
    if (row < b.row || row >= b.row + b.rowCount || col < b.col || col >= b.col + b.columnCount) continue;
    const c: PlanCell = b.cells[row - b.row][col - b.col];
    return c && 'value' in c ? c.value : null;
  }
  return null;
}

describe('newYearPlan', () => {
  const c2024 = builtinCatalog('2024');
  const c2025 = builtinCatalog('2025');
  const figures = { grdp: 120000, population: 1500, ocop_products: 88, policy_points: 7.5, communes: '' };

  test("this year's figures become last year's, by component id; this year's cells start blank", () => {
    const { plan, carried } = newYearPlan(
      c2024,
      { values: figures },
      { province: 'Bắc Ninh', year: 2025, lang: 'vi' },
      'Bắc Ninh 2024',
    );
    expect(carried).toBe(4);
    expect(cellOf(plan, 'PII_prev_grdp')).toBe(120000);
    expect(cellOf(plan, 'PII_prev_policy_points')).toBe(7.5);
    expect(cellOf(plan, 'PII_in_grdp')).toBeNull();
    expect(cellOf(plan, 'PII_prev_communes')).toBeNull();
    expect(plan.year).toBe(2025);
  });

  test('into another edition: a figure with no component there is listed, never dropped', () => {
    const { plan, carried, notes } = newYearPlan(
      c2025,
      { values: figures },
      { province: 'Bắc Ninh', year: 2025, lang: 'en' },
      'Bắc Ninh 2024',
    );
    expect(carried).toBe(3);
    expect(notes).toEqual([expect.objectContaining({ component: 'ocop_products', value: 88 })]);
    expect(notes[0].reason.en).toContain('Bắc Ninh 2024');
    expect(plan.names.some((n) => n.name === 'PII_prev_ocop_products')).toBe(false);
    expect(cellOf(plan, 'PII_prev_population')).toBe(1500);
  });
});
